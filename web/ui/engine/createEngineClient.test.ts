import { afterEach, describe, expect, it, vi } from "vitest";
import { createEngineClient } from "./createEngineClient";

class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: { id: number; kind: string; sentAt?: number }[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: { id: number; kind: string; sentAt?: number }) {
    this.posted.push(message);
  }
  terminate() {}
}

describe("the engine client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("answers each question with the worker's reply to it", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const client = createEngineClient();
    const worker = FakeWorker.last!;
    const answer = client.mermaid();
    const [question] = worker.posted;
    expect(question).toMatchObject({ kind: "mermaid" });
    worker.onmessage?.({
      data: { id: question!.id, result: "flowchart LR\n", waitedMs: 0, workMs: 1, repliedAt: 0 },
    });
    await expect(answer).resolves.toBe("flowchart LR\n");
  });

  it("splits an analysis's round trip into its parts for the benchmarks: waiting for the worker, the work, the reply waiting", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const client = createEngineClient();
    const worker = FakeWorker.last!;
    const answer = client.analyze("FROM alpine\n", {});
    const [question] = worker.posted;
    expect(question!.sentAt).toBeCloseTo(performance.timeOrigin + performance.now(), -2);
    // Posted a moment ago, by the worker's clock, which is this thread's.
    const repliedAt = performance.timeOrigin + performance.now() - 0.5;
    worker.onmessage?.({
      data: {
        id: question!.id,
        result: { fields: { version: { value: 1 } }, removed: [] },
        waitedMs: 2,
        workMs: 5,
        repliedAt,
      },
    });
    await answer;
    const measure = (name: string) => performance.getEntriesByName(name, "measure").at(-1)!;
    expect(measure("stageplay:analysis-waited").duration).toBeCloseTo(2);
    expect(measure("stageplay:analyze").duration).toBeCloseTo(5);
    expect(measure("stageplay:analyze").startTime).toBeCloseTo(measure("stageplay:analysis").startTime + 2);
    const replyWaited = measure("stageplay:analysis-reply-waited");
    expect(replyWaited.startTime).toBeCloseTo(repliedAt - performance.timeOrigin);
    expect(replyWaited.startTime + replyWaited.duration).toBeCloseTo(
      measure("stageplay:analysis").startTime + measure("stageplay:analysis").duration,
    );
  });

  it("rebuilds each view from what changed since the last one", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const client = createEngineClient();
    const worker = FakeWorker.last!;
    const first = client.analyze("FROM alpine\n", {});
    const second = client.analyze("FROM alpine:3.20\n", {});
    const [a, b] = worker.posted;
    const timing = { waitedMs: 0, workMs: 1, repliedAt: 0 };
    const stages = { list: true, length: 1, items: { 0: { displayName: "stage-0" } } };
    const sent = { fields: { version: { value: 1 }, stages }, removed: [] };
    worker.onmessage?.({ data: { id: a!.id, result: sent, ...timing } });
    worker.onmessage?.({
      data: { id: b!.id, result: { fields: { version: { value: 2 } }, removed: [] }, ...timing },
    });
    const [one, two] = await Promise.all([first, second]);
    expect(one).toEqual({ version: 1, stages: [{ displayName: "stage-0" }] });
    expect(two).toEqual({ version: 2, stages: [{ displayName: "stage-0" }] });
    expect(two.stages).toBe(one.stages);
  });

  it("fails what waits and everything asked later once the worker stops, instead of waiting forever", async () => {
    vi.stubGlobal("Worker", FakeWorker);
    const client = createEngineClient();
    const worker = FakeWorker.last!;
    const waiting = client.analyze("FROM alpine\n", {});
    worker.onerror?.({ message: "boom", preventDefault: () => {} });
    await expect(waiting).rejects.toThrow("the analysis engine stopped: boom");
    await expect(client.stageFiles(0 as never)).rejects.toThrow("the analysis engine stopped: boom");
    expect(worker.posted).toHaveLength(1);
  });
});

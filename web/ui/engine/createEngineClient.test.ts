import { afterEach, describe, expect, it, vi } from "vitest";
import { createEngineClient } from "./createEngineClient";

class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: { id: number; kind: string }[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(message: { id: number; kind: string }) {
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
    worker.onmessage?.({ data: { id: question!.id, result: "flowchart LR\n", workMs: 1 } });
    await expect(answer).resolves.toBe("flowchart LR\n");
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

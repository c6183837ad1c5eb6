import { createViewDecoder, type AnalysisView, type AnalyzeOptions, type ViewDelta } from "../../engine";
import type { EngineQueries } from "../../state/types";
import type { EngineAnswers, EngineReply, EngineRequest } from "./protocol";

const ROUND_TRIP = "stageplay:analysis";
const WAITED = "stageplay:analysis-waited";
const IN_WORKER = "stageplay:analyze";
const REPLY_WAITED = "stageplay:analysis-reply-waited";
const LANGUAGE_IN_WORKER = "stageplay:language-in-worker";

export interface EngineClient extends EngineQueries {
  analyze(source: string, options: AnalyzeOptions): Promise<AnalysisView>;
  dispose(): void;
}

type Question = EngineRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, "id" | "sentAt">
    : never
  : never;

/** Starts the engine worker and returns a promise-based handle over it. */
export function createEngineClient(): EngineClient {
  const worker = new Worker(new URL("./engineWorker.ts", import.meta.url), {
    type: "module",
    name: "engine",
  });
  const pending = new Map<
    number,
    { resolve: (a: unknown) => void; reject: (e: Error) => void; start: number; kind: string }
  >();
  let nextId = 1;

  // Views arrive as what changed since the last one: every one is applied, in order, even when
  // nothing waits for it any more.
  const decodeView = createViewDecoder();
  const analyses = new Set<number>();

  worker.onmessage = (event: MessageEvent<EngineReply>) => {
    const reply = event.data;
    const view =
      analyses.delete(reply.id) && "result" in reply ? decodeView(reply.result as ViewDelta) : undefined;
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (waiter.kind === "analyze" && "workMs" in reply) {
      // The round trip (post, analyze, reply) and its parts, for the benchmarks: the request waiting
      // for the worker, the analysis, the reply waiting for this thread. Only the last of each is kept.
      const end = performance.now();
      const measures: [string, number, number][] = [
        [ROUND_TRIP, waiter.start, end - waiter.start],
        [WAITED, waiter.start, reply.waitedMs],
        [IN_WORKER, waiter.start + reply.waitedMs, reply.workMs],
        [
          REPLY_WAITED,
          reply.repliedAt - performance.timeOrigin,
          end - (reply.repliedAt - performance.timeOrigin),
        ],
      ];
      for (const [name, start, duration] of measures) {
        performance.clearMeasures(name);
        // Clamped: a figure for the benchmarks must never fail the answer it comes with.
        performance.measure(name, { start: Math.max(0, start), duration: Math.max(0, duration) });
      }
    }
    if (waiter.kind === "language" && "workMs" in reply) {
      // The editor's questions: how long the worker spent on the last one, for the same benchmark.
      performance.clearMeasures(LANGUAGE_IN_WORKER);
      performance.measure(LANGUAGE_IN_WORKER, { start: waiter.start, duration: reply.workMs });
    }
    if ("result" in reply) waiter.resolve(view ?? reply.result);
    else waiter.reject(new Error(reply.error));
  };
  // A worker that cannot start (or crashes) fails every waiting request, and every later one, with a
  // readable reason: nothing waits forever on an engine that is gone.
  let stopped: Error | null = null;
  const stop = (reason: string) => {
    stopped = new Error(`the analysis engine stopped: ${reason}`);
    for (const waiter of pending.values()) waiter.reject(stopped);
    pending.clear();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop(event.message || "it could not be loaded");
  };
  worker.onmessageerror = () => stop("one of its answers could not be read");

  function ask<K extends keyof EngineAnswers>(question: Question & { kind: K }): Promise<EngineAnswers[K]> {
    const id = nextId++;
    if (stopped) return Promise.reject(stopped);
    return new Promise<EngineAnswers[K]>((resolve, reject) => {
      pending.set(id, {
        resolve: resolve as (a: unknown) => void,
        reject,
        start: performance.now(),
        kind: question.kind,
      });
      if (question.kind === "analyze") analyses.add(id);
      worker.postMessage({
        ...question,
        id,
        sentAt: performance.timeOrigin + performance.now(),
      } as EngineRequest);
    });
  }

  return {
    analyze: (source, options) => ask({ kind: "analyze", source, options }),
    stageFiles: (stage) => ask({ kind: "stageFiles", stage }),
    reruns: (path) => ask({ kind: "reruns", path }),
    mermaid: () => ask({ kind: "mermaid" }),
    figures: (source, options) => ask({ kind: "figures", source, options }),
    goals: (goals, starter) => ask({ kind: "goals", goals: [...goals], starter }),
    language: (request) => ask({ kind: "language", request }),
    dispose: () => worker.terminate(),
  };
}

// The engine's home in the browser: a module worker, so analysis never blocks typing and the engine
// (with its image catalog) stays out of the first load. It keeps the latest analysis and sends the
// views of it, never the analysis itself.
import { analyze, createEngineSession, createViewEncoder, type AnalyzeOptions } from "../../engine";
import { createGoalQueries } from "../../content/goals/goalQueries";
import type { EngineReply, EngineRequest, WireAnswers } from "./protocol";

const session = createEngineSession();
// Each view goes as what changed since the last one sent.
const encodeView = createViewEncoder();
const lessonGoals = createGoalQueries(session);

// A fresh engine analyses several times slower than a warm one: its code has not been optimised yet.
// In Chromium the 20-stage benchmark file takes ~30 ms on the first runs and ~3 ms only after ~250
// (V8 optimises a function once it has run often enough). So after an analysis the worker analyses
// the latest text again while it is idle, one run per task, so a message that arrives meanwhile
// waits for one run at most. It stops as soon as a run is fast (a lesson's file: nothing to gain,
// and every page load would pay for it), and for good after WARM_UP_RUNS runs or WARM_UP_MS of them,
// so a big file is not analysed for seconds.
const WARM_UP_RUNS = 300;
const WARM_UP_MS = 3000;
const FAST_ENOUGH_MS = 1;
let warmUpsLeft = WARM_UP_RUNS;
let warmUpMsLeft = WARM_UP_MS;
let latest: { source: string; options: AnalyzeOptions } | null = null;
let warming = false;

function warmUp() {
  warming = false;
  if (warmUpsLeft <= 0 || warmUpMsLeft <= 0 || !latest) return;
  warmUpsLeft--;
  const start = performance.now();
  analyze(latest.source, latest.options);
  const ms = performance.now() - start;
  warmUpMsLeft -= ms;
  if (ms < FAST_ENOUGH_MS) return;
  warming = true;
  setTimeout(warmUp, 0);
}

function answer(request: EngineRequest): WireAnswers[keyof WireAnswers] {
  switch (request.kind) {
    case "analyze":
      latest = { source: request.source, options: request.options };
      if (!warming && warmUpsLeft > 0 && warmUpMsLeft > 0) {
        warming = true;
        setTimeout(warmUp, 0);
      }
      return encodeView(session.analyze(request.source, request.options));
    case "stageFiles":
      return session.stageFiles(request.stage);
    case "reruns":
      return session.reruns(request.path);
    case "mermaid":
      return session.mermaid();
    case "figures":
      return session.figures(request.source, request.options);
    case "goals":
      return lessonGoals.goals(request.goals, request.starter);
    case "language":
      return session.language(request.request);
  }
}

const now = () => performance.timeOrigin + performance.now();

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let reply: EngineReply;
  try {
    const start = now();
    const result = answer(request);
    const end = now();
    reply = { id: request.id, result, waitedMs: start - request.sentAt, workMs: end - start, repliedAt: end };
  } catch (e) {
    reply = { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};

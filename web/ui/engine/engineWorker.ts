// The engine's home in the browser: a module worker, so analysis never blocks typing and the engine
// (with its image catalog) stays out of the first load.
import { analyze, type AnalyzeOptions } from "../../engine";
import type { EngineReply, EngineRequest } from "./protocol";

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, source, options } = event.data;
  let reply: EngineReply;
  try {
    const start = performance.now();
    const analysis = analyze(source, options as AnalyzeOptions);
    reply = { id, analysis, analyzeMs: performance.now() - start };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};

// The engine's home in the browser: a module worker, so analysis never blocks typing and the engine
// (with its image catalog) stays out of the first load. It keeps the latest analysis and sends the
// views of it, never the analysis itself.
import { createEngineSession } from "../../engine";
import type { EngineAnswers, EngineReply, EngineRequest } from "./protocol";

const session = createEngineSession();

function answer(request: EngineRequest): EngineAnswers[keyof EngineAnswers] {
  switch (request.kind) {
    case "analyze":
      return session.analyze(request.source, request.options);
    case "stageFiles":
      return session.stageFiles(request.stage);
    case "reruns":
      return session.reruns(request.path);
    case "mermaid":
      return session.mermaid();
    case "figures":
      return session.figures(request.source, request.options);
  }
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  let reply: EngineReply;
  try {
    const start = performance.now();
    const result = answer(request);
    reply = { id: request.id, result, workMs: performance.now() - start };
  } catch (e) {
    reply = { id: request.id, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};

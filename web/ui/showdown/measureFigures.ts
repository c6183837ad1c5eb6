import type { ContextFile } from "../../engine";
import type { ShowdownFigures } from "../../engine";
import type { EngineQueries } from "../../state/types";

export type FiguresState =
  | { status: "measuring" }
  | { status: "ready"; figures: ShowdownFigures }
  | { status: "failed"; message: string }
  | { status: "no-engine" };

/**
 * Asks the engine for one Dockerfile's figures; settles as ready or failed and never rejects, so a
 * stopped engine reads as a reason on screen. Without a context the engine treats what COPY takes
 * from it as unknown files, where an empty one would make them missing.
 */
export async function measureFigures(
  engine: Pick<EngineQueries, "figures">,
  dockerfile: string,
  context: ContextFile[] | null,
): Promise<FiguresState> {
  try {
    return { status: "ready", figures: await engine.figures(dockerfile, context ? { context } : {}) };
  } catch (error) {
    return { status: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

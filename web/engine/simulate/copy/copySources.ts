// Where a COPY or ADD reads from, as the orchestrator resolved it: the build context (or none was
// given), another stage's filesystem, an external image's modelled files, or a stage that could not
// be simulated (a cycle, a forward reference).
import type { StageIndex } from "../../stages/types";
import type { LayeredFs } from "../filesystem/layeredFs";
import type { Layer } from "../types";

export type CopySource =
  | { kind: "context"; tree: LayeredFs }
  /** No build context was given (the playground): sources are unknown files, flagged. */
  | { kind: "no-context" }
  | {
      kind: "stage";
      stage: StageIndex;
      name: string;
      tree: LayeredFs;
      layers: readonly Layer[];
      /** Where the stage may hold files Stageplay does not list (its layers' unknownUnder). */
      unknownRoots: readonly string[];
      cacheKey: string;
    }
  | { kind: "image"; reference: string; tree: LayeredFs; layers: readonly Layer[] }
  | { kind: "unavailable"; name: string; reason: string };

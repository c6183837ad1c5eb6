import type { Range } from "../diagnostics/types";
import type { Instruction } from "../parse/types";
import type { StageIndex } from "../stages/types";

/** How one stage depends on another stage or on an external image. */
export type EdgeKind = "from" | "copy" | "mount";

/** A dependency of stage `to`: on an earlier stage (FROM), or on a stage or image (COPY --from, RUN --mount from=). */
export interface Edge {
  kind: EdgeKind;
  /** The stage depended on, or an external image reference (a string) when no stage matches. */
  from: StageIndex | string;
  to: StageIndex;
  /** The `--from` / `from=` / FROM value as written. */
  fromText: string;
  /** 1-based line of the instruction. */
  line: number;
  /** The word or flag that names the dependency. */
  range: Range;
  instruction: Instruction;
  /** COPY: the source paths; mount: its `source` (expanded with the stage's variables, "" for none). */
  paths: string[];
  /** COPY: the destination; mount: its `target`; null for FROM. */
  destination: string | null;
  /** True for an edge injected by the base stage's ONBUILD trigger (located at this stage's FROM). */
  onbuild: boolean;
}

/** Whether an edge's source is a stage (its index) rather than an external image. */
export function isStageSource(from: StageIndex | string): from is StageIndex {
  return typeof from === "number";
}

import type { Range } from "../diagnostics/types";
import type { Instruction } from "../parse/types";
import type { ImageReference } from "./imageReference";

/** A stage's 0-based position in the file. Branded so it is never mixed up with a stage name. */
export type StageIndex = number & { readonly __brand: "StageIndex" };

/** Marks a number as a stage position. */
export function asStageIndex(index: number): StageIndex {
  return index as StageIndex;
}

/** An ARG before the first FROM: visible only to FROM lines (image and `--platform`). */
export interface MetaArg {
  name: string;
  /** The default as written (raw), null for `ARG NAME`. */
  defaultText: string | null;
  /** The value FROM lines see: the `--build-arg` value, else the expanded default; null when unset. */
  value: string | null;
  /** True when a `--build-arg` supplied the value. */
  overridden: boolean;
  line: number;
  range: Range;
}

/** One build stage: a FROM line and the instructions up to the next FROM. */
export interface Stage {
  index: StageIndex;
  /** The `AS` name lower-cased, or null. */
  name: string | null;
  /** `name`, or `stage-N` as BuildKit calls unnamed stages. */
  displayName: string;
  /** The image word of FROM as written, e.g. `${BASE}:3.20`. */
  baseText: string;
  /** The image word after meta ARG expansion ("" when it failed or is blank). */
  base: string;
  /** The earlier stage this one is built on (`FROM <stage>`), or null. */
  baseStage: StageIndex | null;
  /** The parsed reference when the base is a registry image; null for scratch, a stage, or an invalid one. */
  image: ImageReference | null;
  /** `--platform` after expansion, or null. */
  platform: string | null;
  /** The FROM instruction. */
  from: Instruction;
  /** The instructions after FROM, in order. */
  instructions: Instruction[];
  /** 1-based line of FROM. */
  line: number;
  /** FROM through the stage's last instruction. */
  range: Range;
  /** Whether the chosen target (and builder) runs this stage. */
  built: boolean;
  /** The stage's parallel level when built (stages on one level can run at the same time), else null. */
  level: number | null;
}

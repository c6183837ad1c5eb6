import type { Range } from "../../diagnostics/types";
import type { ExpandResult } from "../../expand/types";
import type { Instruction, ParseResult } from "../../parse/types";
import type { StageScope } from "../../stages/walkStageScopes";
import type { MetaArg, Stage, StageIndex } from "../../stages/types";
import type { RuleName } from "./ruleset";

/** A file of the build context; only `.dockerignore`'s text is read here. */
export interface BuildCheckContextFile {
  path: string;
  content?: string;
}

/** The parts of an analysis the build checks read (an `Analysis` has all of them). */
export interface BuildCheckInput {
  parse: ParseResult;
  metaArgs: readonly MetaArg[];
  stages: readonly Stage[];
  /** The stages the build runs: dispatch-time rules look only at these. */
  built: readonly StageIndex[];
  options: {
    target: string | null;
    buildArgs: Readonly<Record<string, string>>;
    platform: string;
  };
  /** The build context; a `.dockerignore` among the files turns on CopyIgnoredFile. */
  context?: readonly BuildCheckContextFile[];
  /** The `.dockerignore` text, when the caller has it without a context listing. */
  dockerignore?: string | null;
}

/** One violation before the `# check=` configuration decides whether and how it is reported. */
export interface Finding {
  rule: RuleName;
  message: string;
  range: Range;
  /** The instruction whose `# check=` comment applies; null when only the file's directive does. */
  instruction: Instruction | null;
  /** What to change, in a learner's words (Stageplay's, not BuildKit's). */
  fix: string;
}

/** What a dispatch-time rule sees before each instruction of a built stage. */
export interface DispatchStep {
  stage: Stage;
  instruction: Instruction;
  /** The ARG/ENV scope before the instruction runs. */
  scope: StageScope;
  /** Expands a word with that scope, as BuildKit does while dispatching. */
  expand: (text: string) => ExpandResult;
}

/** A dispatch-time rule: called for each instruction of each built stage, in build order. */
export type DispatchRule = (step: DispatchStep, findings: Finding[]) => void;

// What the teaching checks read: the analysed Dockerfile and its simulated build. An `Analysis` has
// every field, so `runTeachingChecks(analysis)` is the whole call.
import type { Diagnostic } from "../../diagnostics/types";
import type { Builder } from "../../graph/builtStages";
import type { Edge } from "../../graph/types";
import type { ParseResult } from "../../parse/types";
import type { Simulation } from "../../simulate/types";
import type { Stage, StageIndex } from "../../stages/types";

export interface TeachingCheckInput {
  parse: ParseResult;
  stages: readonly Stage[];
  edges: readonly Edge[];
  /** The stage being built, or null. */
  target: StageIndex | null;
  /** The stages the build runs. */
  built: readonly StageIndex[];
  /** `target` is the `--target` as given: null or absent when the build takes the default, the last stage. */
  options: { builder: Builder; target?: string | null };
  simulation: Simulation;
  /** The diagnostics so far (parse, graph, the simulation's problems): a parse or graph error means nothing is built. */
  diagnostics?: readonly Diagnostic[];
}

/**
 * One teaching check: the findings for one id, as diagnostics whose `rule` is that id. `reported`
 * holds the findings of the checks that ran before it, for a check that must not repeat them.
 */
export type TeachingCheck = (input: TeachingCheckInput, reported?: readonly Diagnostic[]) => Diagnostic[];

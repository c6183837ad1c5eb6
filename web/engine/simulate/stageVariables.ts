// The ARG values in effect at each instruction, from the same scope walk analyze uses (a
// `--build-arg` wins, `ARG NAME` imports a meta ARG, FROM <stage> inherits). The simulator overlays
// them with the image config's ENV (which wins over an ARG of the same name, as in BuildKit) to
// expand words and to give RUN its environment.
import type { Analysis } from "../analyze";
import type { Instruction } from "../parse/types";
import { walkStageScopes, type ScopeContext, type ScopeVisitor } from "../stages/walkStageScopes";
import type { Stage } from "../stages/types";

type ArgValues = Map<Instruction, Readonly<Record<string, string>>>;

/** A scope visitor that records, for each instruction, the ARGs declared so far with their values. */
export function argValuesRecorder(): { visit: ScopeVisitor; values: ArgValues } {
  const values: ArgValues = new Map();
  let last: Record<string, string> = {};
  let lastSize = -1;
  let lastStage: unknown = null;
  const visit: ScopeVisitor = (stage, instruction, scope) => {
    // Most instructions see the same ARGs as the one before; share the object then.
    if (stage !== lastStage || scope.declaredArgs.size !== lastSize || changed(last, scope.env)) {
      lastStage = stage;
      last = {};
      for (const name of scope.declaredArgs) {
        const value = scope.env.get(name);
        if (value !== undefined) last[name] = value;
      }
      lastSize = scope.declaredArgs.size;
    }
    values.set(instruction, last);
  };
  return { visit, values };
}

// analyze records the values during its own scope walk, so the simulator need not walk again; kept
// with the inputs they were made from, and used only while the analysis still has those.
const recorded = new WeakMap<readonly Stage[], { context: ScopeContext; values: ArgValues }>();

/** Remembers the values a walk of `stages` with `context` recorded (see argValuesRecorder). */
export function rememberArgValues(stages: readonly Stage[], context: ScopeContext, values: ArgValues): void {
  recorded.set(stages, { context, values });
}

/** For each instruction of every stage, the ARGs declared so far with their values. */
export function stageArgValues(analysis: Analysis): ArgValues {
  const context: ScopeContext = {
    globalArgs: analysis.globalArgs,
    buildArgs: analysis.options.buildArgs,
    escapeChar: analysis.parse.escapeChar,
  };
  const known = recorded.get(analysis.stages);
  if (
    known &&
    known.context.globalArgs === context.globalArgs &&
    known.context.buildArgs === context.buildArgs &&
    known.context.escapeChar === context.escapeChar
  )
    return known.values;
  const { visit, values } = argValuesRecorder();
  walkStageScopes(analysis.stages, context, [], visit);
  return values;
}

function changed(args: Record<string, string>, env: ReadonlyMap<string, string>): boolean {
  for (const name in args) if (env.get(name) !== args[name]) return true;
  return false;
}

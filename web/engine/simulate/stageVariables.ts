// The ARG values in effect at each instruction, from the same scope walk analyze uses (a
// `--build-arg` wins, `ARG NAME` imports a meta ARG, FROM <stage> inherits). The simulator overlays
// them with the image config's ENV (which wins over an ARG of the same name, as in BuildKit) to
// expand words and to give RUN its environment.
import type { Analysis } from "../analyze";
import type { Instruction } from "../parse/types";
import { walkStageScopes } from "../stages/walkStageScopes";

/** For each instruction of every stage, the ARGs declared so far with their values. */
export function stageArgValues(analysis: Analysis): Map<Instruction, Readonly<Record<string, string>>> {
  const result = new Map<Instruction, Readonly<Record<string, string>>>();
  let last: Record<string, string> = {};
  let lastSize = -1;
  let lastStage: unknown = null;
  walkStageScopes(
    analysis.stages,
    {
      globalArgs: analysis.globalArgs,
      buildArgs: analysis.options.buildArgs,
      escapeChar: analysis.parse.escapeChar,
    },
    [],
    (stage, instruction, scope) => {
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
      result.set(instruction, last);
    },
  );
  return result;
}

function changed(args: Record<string, string>, env: ReadonlyMap<string, string>): boolean {
  for (const name in args) if (env.get(name) !== args[name]) return true;
  return false;
}

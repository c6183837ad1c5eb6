// ONBUILD inside one Dockerfile: a stage built `FROM` an earlier stage runs that stage's ONBUILD
// triggers before its own instructions, as if they were written at its FROM line (BuildKit's
// initOnBuildTriggers). The build checks see them there, and their ENV and ARG shape the scope.
import type { ExpandResult } from "../../expand/types";
import type { Instruction } from "../../parse/types";
import { splitArg } from "../../stages/buildStages";
import type { Stage } from "../../stages/types";
import type { StageScope } from "../../stages/walkStageScopes";

/** The triggers `stage` inherits, each placed at the stage's FROM and without comments of its own. */
export function inheritedTriggers(stage: Stage, stages: readonly Stage[]): Instruction[] {
  if (stage.baseStage === null) return [];
  const base = stages[stage.baseStage] as Stage;
  return base.instructions
    .map((instruction) => instruction.trigger)
    .filter((trigger): trigger is Instruction => trigger !== undefined)
    .map((trigger) => ({ ...trigger, range: stage.from.range, comments: [] }));
}

/** Applies a trigger's ENV or ARG to the scope, as dispatching it would. */
export function applyTrigger(
  trigger: Instruction,
  scope: StageScope,
  expand: (text: string) => ExpandResult,
  context: { buildArgs: Readonly<Record<string, string>>; globalArgs: ReadonlyMap<string, string> },
): void {
  if (trigger.keyword === "ENV") {
    const updates: [string, string][] = [];
    for (const pair of trigger.pairs ?? []) {
      const key = expand(pair.key.value);
      const value = expand(pair.value.value);
      if (!key.error && !value.error) updates.push([key.value, value.value]);
    }
    for (const [key, value] of updates) scope.env.set(key, value);
  } else if (trigger.keyword === "ARG") {
    for (const word of trigger.args) {
      const { name, defaultText } = splitArg(word.value);
      let value: string | null;
      if (Object.hasOwn(context.buildArgs, name)) value = context.buildArgs[name] as string;
      else if (defaultText !== null) {
        const expanded = expand(defaultText);
        value = expanded.error ? null : expanded.value;
      } else value = context.globalArgs.get(name) ?? null;
      if (value !== null) scope.env.set(name, value);
      scope.declaredArgs.add(name);
    }
  }
}

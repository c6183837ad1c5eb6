// Variables `$` can name at the cursor, as BuildKit scopes them: FROM lines see the automatic and
// meta ARGs; a stage sees its own ARGs and ENVs (and its parent stage's), its base image's ENV, and
// an automatic or meta ARG only once it declares it again with `ARG NAME`.
import type { Analysis } from "../../analyze";
import { splitArg } from "../../parse/splitArg";
import { resolveBaseImage } from "../../simulate/catalog";
import type { Stage } from "../../stages/types";
import type { CompletionItem, Range } from "../types";
import { completionItem, sortKey } from "./completionItem";

interface Variable {
  name: string;
  detail: string;
  documentation: string;
  group: number;
}

/**
 * The variables visible at `line` of `stage` (null on FROM lines and before the first FROM);
 * `closing` (`}` after `${`) is appended to each name.
 */
export function variableItems(
  analysis: Analysis,
  stage: Stage | null,
  line: number,
  range: Range,
  closing: string,
): CompletionItem[] {
  const found = new Map<string, Variable>();
  if (stage) stageVariables(analysis, stage, line, found);
  else globalVariables(analysis, line, found);
  return [...found.values()].map((variable, index) =>
    completionItem(variable.name, "variable", range, {
      insertText: variable.name + closing,
      detail: variable.detail,
      documentation: variable.documentation,
      sortText: sortKey(variable.group, index),
    }),
  );
}

function globalVariables(analysis: Analysis, line: number, found: Map<string, Variable>): void {
  const meta = analysis.metaArgs.filter((arg) => arg.line < line);
  for (const arg of meta) {
    const value = arg.value === null ? "no value" : `= ${shorten(arg.value)}`;
    found.set(arg.name, {
      name: arg.name,
      detail: `ARG ${value}${arg.overridden ? " (--build-arg)" : ""}`,
      documentation: `Declared before the first FROM on line ${arg.line}: FROM lines can use it.`,
      group: 0,
    });
  }
  for (const [name, value] of analysis.globalArgs) {
    if (found.has(name) || analysis.metaArgs.some((arg) => arg.name === name)) continue;
    found.set(name, {
      name,
      detail: `automatic ARG = ${value === "" ? '""' : value}`,
      documentation: "Set by BuildKit for every build.",
      group: 1,
    });
  }
}

function stageVariables(analysis: Analysis, stage: Stage, line: number, found: Map<string, Variable>): void {
  const chain: Stage[] = [stage];
  for (let parent = stage.baseStage; parent !== null; parent = analysis.stages[parent]?.baseStage ?? null) {
    const ancestor = analysis.stages[parent];
    if (!ancestor || chain.includes(ancestor)) break;
    chain.unshift(ancestor);
  }
  const root = chain[0] as Stage;
  if (root.image) {
    const base = resolveBaseImage(root.base);
    if (!base.unknown) {
      for (const [name, value] of Object.entries(base.image.config.env)) {
        found.set(name, {
          name,
          detail: `ENV = ${shorten(value)}`,
          documentation: `Set by the base image ${root.base}, as Stageplay's catalog records it.`,
          group: 0,
        });
      }
    }
  }
  const { buildArgs } = analysis.options;
  for (const member of chain) {
    for (const instruction of member.instructions) {
      if (member === stage && instruction.range.start.line >= line) break;
      const where = `line ${instruction.range.start.line}${member === stage ? "" : ` (stage ${member.displayName})`}`;
      if (instruction.keyword === "ARG") {
        for (const word of instruction.args) {
          const { name, defaultText } = splitArg(word.value);
          const value = Object.hasOwn(buildArgs, name)
            ? `${buildArgs[name]} (--build-arg)`
            : (defaultText ?? analysis.globalArgs.get(name) ?? null);
          found.set(name, {
            name,
            detail: value === null ? "ARG, no value" : `ARG = ${shorten(value)}`,
            documentation: `Declared on ${where}; it exists only while the image builds.`,
            group: 0,
          });
        }
      } else if (instruction.keyword === "ENV") {
        for (const pair of instruction.pairs ?? []) {
          found.set(pair.key.value, {
            name: pair.key.value,
            detail: `ENV = ${shorten(pair.value.value)}`,
            documentation: `Set on ${where}; the running container has it too.`,
            group: 0,
          });
        }
      }
    }
  }
  for (const name of analysis.globalArgs.keys()) {
    if (found.has(name)) continue;
    found.set(name, {
      name,
      detail: "not declared in this stage",
      documentation: `A stage sees \`${name}\` only after \`ARG ${name}\`; without it, \`$${name}\` is empty here.`,
      group: 2,
    });
  }
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

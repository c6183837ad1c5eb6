// From the parser's flat instruction list to stages: meta ARGs, stage names, FROM arity, base images
// after ARG expansion, `--platform`, and FROM <stage> resolution (instructions/parse.go and
// dockerfile2llb buildDispatchStates / resolveBaseImage).
import { errorAt } from "../diagnostics/errorAt";
import type { Diagnostic } from "../diagnostics/types";
import { lexWord } from "../expand/lexWord";
import { findFlag } from "../parse/findFlag";
import { splitArg } from "../parse/splitArg";
import type { Instruction, ParseResult, Word } from "../parse/types";
import { parseImageReference } from "./imageReference";
import { parsePlatformSpecifier } from "./parsePlatformSpecifier";
import { automaticArgs, DEFAULT_PLATFORM, type Platform } from "./platformArgs";
import { readFromArguments } from "./stageName";
import { asStageIndex, type MetaArg, type Stage, type StageIndex } from "./types";

export interface StageOptions {
  buildArgs: Readonly<Record<string, string>>;
  targetPlatform: Platform;
  /** `--target` as given, for TARGETSTAGE. */
  target: string | null;
}

export interface StagesResult {
  stages: Stage[];
  metaArgs: MetaArg[];
  /** What FROM lines and `ARG NAME` (no default) inside stages see: automatic ARGs then meta ARGs. */
  globalArgs: Map<string, string>;
  diagnostics: Diagnostic[];
}

// errorAt moved to diagnostics/; re-exported for code that imports it from here.
export { errorAt };

/** Splits the instructions into meta ARGs and stages and resolves each stage's base. Never throws. */
export function buildStages(parse: ParseResult, options: StageOptions): StagesResult {
  const diagnostics: Diagnostic[] = [];
  const metaArgInstructions: Instruction[] = [];
  const groups: { from: Instruction; body: Instruction[] }[] = [];
  let reportedNoStage = false;
  for (const instruction of parse.instructions) {
    if (instruction.keyword === "FROM") groups.push({ from: instruction, body: [] });
    else if (groups.length > 0) (groups[groups.length - 1] as { body: Instruction[] }).body.push(instruction);
    else if (instruction.keyword === "ARG") metaArgInstructions.push(instruction);
    else if (instruction.known && !reportedNoStage) {
      // BuildKit stops at the first; one message is enough to say what is wrong.
      reportedNoStage = true;
      diagnostics.push(errorAt("no build stage in current context", instruction.range));
    }
  }

  const froms = groups.map((g) => readFromArguments(g.from.args));
  const lastName = froms.length > 0 ? froms[froms.length - 1]?.name : null;
  const targetStage = options.target || lastName || "default";
  const globalArgs = automaticArgs(DEFAULT_PLATFORM, options.targetPlatform, targetStage, options.buildArgs);
  const metaArgs = readMetaArgs(
    metaArgInstructions,
    globalArgs,
    options.buildArgs,
    parse.escapeChar,
    diagnostics,
  );

  const byName = new Map<string, StageIndex>();
  const stages = groups.map((group, i): Stage => {
    const index = asStageIndex(i);
    const from = froms[i] as ReturnType<typeof readFromArguments>;
    if (from.error) diagnostics.push(errorAt(from.error.message, (from.error.word ?? group.from).range));
    const baseWord = from.base;
    const baseText = baseWord?.value ?? "";
    let base = "";
    if (baseWord) {
      const expanded = lexWord(baseText, globalArgs, { escapeChar: parse.escapeChar });
      if (expanded.error) diagnostics.push(errorAt(expanded.error.message, baseWord.range));
      else if (expanded.value === "") {
        diagnostics.push(errorAt(`base name (${baseText}) should not be blank`, baseWord.range));
      } else base = expanded.value;
    }
    const platform = readPlatform(group.from, globalArgs, parse.escapeChar, diagnostics);
    // FROM matches only earlier stages, comparing exactly against their lower-cased names.
    const baseStage = base !== "" ? (byName.get(base) ?? null) : null;
    let image = null;
    if (baseStage === null && base !== "" && base !== "scratch") {
      const parsed = parseImageReference(base);
      if (parsed.ok) image = parsed.reference;
      else
        diagnostics.push(
          errorAt(`failed to parse stage name "${base}": ${parsed.error}`, (baseWord as Word).range),
        );
    }
    if (from.name) byName.set(from.name, index);
    const last = group.body[group.body.length - 1] ?? group.from;
    return {
      index,
      name: from.name,
      displayName: from.name ?? `stage-${i}`,
      baseText,
      base,
      baseStage,
      image,
      platform,
      from: group.from,
      instructions: group.body,
      line: group.from.range.start.line,
      range: { start: group.from.range.start, end: last.range.end },
      built: false,
      level: null,
    };
  });

  if (stages.length === 0 && metaArgInstructions.length > 0 && !reportedNoStage) {
    diagnostics.push(
      errorAt("dockerfile contains no stages to build", (metaArgInstructions[0] as Instruction).range),
    );
  }
  return { stages, metaArgs, globalArgs, diagnostics };
}

// buildMetaArgs: in order, each default expanded against the automatic ARGs and earlier meta ARGs.
function readMetaArgs(
  instructions: Instruction[],
  globalArgs: Map<string, string>,
  buildArgs: Readonly<Record<string, string>>,
  escapeChar: "\\" | "`",
  diagnostics: Diagnostic[],
): MetaArg[] {
  const metaArgs: MetaArg[] = [];
  for (const instruction of instructions) {
    for (const word of instruction.args) {
      const { name, defaultText } = splitArg(word.value);
      let value: string | null = null;
      const overridden = Object.hasOwn(buildArgs, name);
      if (overridden) value = buildArgs[name] as string;
      else if (defaultText !== null) {
        const expanded = lexWord(defaultText, globalArgs, { escapeChar });
        if (expanded.error) diagnostics.push(errorAt(expanded.error.message, word.range));
        else value = expanded.value;
      }
      if (value !== null) globalArgs.set(name, value);
      metaArgs.push({ name, defaultText, value, overridden, line: word.range.start.line, range: word.range });
    }
  }
  return metaArgs;
}

// splitArg moved to parse/, with ARG's other parsing; re-exported for the checks that import it here.
export { splitArg };

function readPlatform(
  from: Instruction,
  globalArgs: Map<string, string>,
  escapeChar: "\\" | "`",
  diagnostics: Diagnostic[],
): string | null {
  const flag = findFlag(from, "platform");
  if (!flag || flag.value === null) return null;
  const expanded = lexWord(flag.value, globalArgs, { escapeChar });
  if (expanded.error) {
    diagnostics.push(
      errorAt(`failed to process arguments for platform : ${expanded.error.message}`, flag.range),
    );
    return null;
  }
  if (expanded.value === "") {
    diagnostics.push(errorAt(`empty platform value from expression ${flag.value}`, flag.range));
    return null;
  }
  const parsed = parsePlatformSpecifier(expanded.value);
  if (parsed.error !== null) {
    diagnostics.push(errorAt(`failed to parse platform ${expanded.value}: ${parsed.error}`, flag.range));
    return null;
  }
  return expanded.value;
}

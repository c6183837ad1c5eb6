// The checks BuildKit's instructions package makes while turning parse nodes into commands
// (instructions/parse.go), except FROM's arguments, which belong to the stage graph.
import type { Range } from "../diagnostics/types";
import { checkFlags } from "./flags";
import { parseGoDuration } from "./goDuration";
import { goQuote } from "./goQuote";
import { parseHeredocWord } from "./heredocs";
import { splitArg } from "./splitArg";
import { withSuggestion } from "./suggest";
import { KEYWORDS, type Flag, type Instruction } from "./types";

export interface InstructionError {
  message: string;
  range: Range;
}

const atLeastOne = (keyword: string) => `${keyword} requires at least one argument`;
const exactlyOne = (keyword: string) => `${keyword} requires exactly one argument`;

/** The first error BuildKit would report for this instruction, or null. */
export function validateInstruction(instruction: Instruction, labs: boolean): InstructionError | null {
  const { keyword, args, range } = instruction;
  switch (keyword) {
    case "ENV":
    case "LABEL":
      return (
        flagError(instruction, labs) ??
        (args.length === 0 ? { message: atLeastOne(keyword), range } : blankName(instruction))
      );
    case "ADD":
    case "COPY":
      return checkSourcesAndDestination(instruction, labs);
    case "FROM":
    case "RUN":
    case "CMD":
    case "ENTRYPOINT":
      return flagError(instruction, labs);
    case "MAINTAINER":
    case "WORKDIR":
    case "USER":
      return args.length !== 1 ? { message: exactlyOne(keyword), range } : flagError(instruction, labs);
    case "STOPSIGNAL":
      // BuildKit never parses STOPSIGNAL's flags, so it ignores them.
      return args.length !== 1 ? { message: exactlyOne(keyword), range } : null;
    case "EXPOSE":
      return args.length === 0 ? { message: atLeastOne(keyword), range } : flagError(instruction, labs);
    case "VOLUME":
      if (args.length === 0) return { message: atLeastOne(keyword), range };
      return (
        flagError(instruction, labs) ??
        (args.some((arg) => arg.value.trim() === "")
          ? { message: "VOLUME specified can not be an empty string", range }
          : null)
      );
    case "ARG":
      if (args.length === 0) return { message: atLeastOne(keyword), range };
      return args.some((arg) => splitArg(arg.value).name === "")
        ? { message: "ARG names can not be blank", range }
        : null;
    case "SHELL":
      return (
        flagError(instruction, labs) ??
        (args.length === 0
          ? { message: atLeastOne(keyword), range }
          : instruction.json
            ? null
            : { message: "SHELL requires the arguments to be in JSON form", range })
      );
    case "HEALTHCHECK":
      return checkHealthcheck(instruction, labs);
    case "ONBUILD":
      return checkOnbuild(instruction, labs);
  }
  return unknownInstruction(instruction);
}

function flagError(instruction: Instruction, labs: boolean): InstructionError | null {
  if (instruction.flags.length === 0) return null;
  const found = checkFlags(instruction.keyword, instruction.flags, labs);
  return found ? { message: found.message, range: found.flag.range } : null;
}

function checkSourcesAndDestination(instruction: Instruction, labs: boolean): InstructionError | null {
  const { keyword, args } = instruction;
  if (args.length < 2) {
    const message = `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined`;
    return { message, range: instruction.range };
  }
  const flags = flagError(instruction, labs);
  if (flags) return flags;
  const destination = args[args.length - 1];
  if (destination && !instruction.json && parseHeredocWord(destination.value)) {
    return { message: `${keyword} cannot accept a heredoc as a destination`, range: destination.range };
  }
  return null;
}

function unknownInstruction(instruction: Instruction): InstructionError {
  return {
    message: withSuggestion(
      `unknown instruction: ${instruction.keywordRaw}`,
      instruction.keywordRaw,
      KEYWORDS,
    ),
    range: instruction.keywordRange,
  };
}

function blankName(instruction: Instruction): InstructionError | null {
  const blank = instruction.pairs?.find((pair) => pair.key.value === "");
  return blank ? { message: `${instruction.keyword} names can not be blank`, range: blank.key.range } : null;
}

function checkHealthcheck(instruction: Instruction, labs: boolean): InstructionError | null {
  const [type, ...command] = instruction.args;
  const range = instruction.range;
  if (!type) return { message: atLeastOne("HEALTHCHECK"), range };
  const upper = type.value.toUpperCase();
  // HEALTHCHECK NONE never looks at its flags.
  if (upper === "NONE") {
    return command.length > 0 ? { message: "HEALTHCHECK NONE takes no arguments", range } : null;
  }
  const flags = flagError(instruction, labs);
  if (flags) return flags;
  if (upper !== "CMD") {
    return { message: `Unknown type ${goQuote(upper)} in HEALTHCHECK (try CMD)`, range: type.range };
  }
  if (command.length === 0) return { message: "Missing command after HEALTHCHECK CMD", range };
  return checkHealthcheckValues(instruction.flags);
}

/** The values BuildKit parses after the type: durations of at least 1ms (or 0), retries not negative. */
function checkHealthcheckValues(flags: readonly Flag[]): InstructionError | null {
  for (const name of ["interval", "timeout", "start-period", "start-interval"]) {
    const flag = flags.findLast((f) => f.name === name);
    if (!flag?.value) continue;
    const parsed = parseGoDuration(flag.value);
    if ("error" in parsed) return { message: parsed.error, range: flag.range };
    if (parsed.nanos !== 0 && parsed.nanos < 1e6) {
      return { message: `Interval ${goQuote(name)} cannot be less than 1ms`, range: flag.range };
    }
  }
  const retries = flags.findLast((f) => f.name === "retries");
  if (retries?.value) {
    const value = retries.value;
    if (!/^[+-]?\d+$/.test(value)) {
      return { message: `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`, range: retries.range };
    }
    const number = Number(value);
    if (number > 2 ** 31 - 1 || number < -(2 ** 31)) {
      return {
        message: `strconv.ParseInt: parsing ${goQuote(value)}: value out of range`,
        range: retries.range,
      };
    }
    if (number < 0) return { message: `--retries cannot be negative (${number})`, range: retries.range };
  }
  return null;
}

function checkOnbuild(instruction: Instruction, labs: boolean): InstructionError | null {
  const trigger = instruction.trigger;
  if (!trigger) return { message: atLeastOne("ONBUILD"), range: instruction.range };
  const flags = flagError(instruction, labs);
  if (flags) return flags;
  const name = trigger.keywordRaw.toUpperCase();
  if (name === "ONBUILD") {
    return { message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", range: trigger.keywordRange };
  }
  if (name === "MAINTAINER" || name === "FROM") {
    return { message: `${name} isn't allowed as an ONBUILD trigger`, range: trigger.keywordRange };
  }
  return null;
}

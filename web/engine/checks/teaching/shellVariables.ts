// What a RUN's shell text does with variables, read from the simulator's own shell tokens: the names
// it expands, the names it sets itself (`NAME=…`, `export NAME`, `for NAME in`, `read NAME`), and
// whether it sources or evals something that may set any name at all.
import type { ShellWord, WordPart } from "../../simulate/run/shellSyntax";
import { tokenizeShell } from "../../simulate/run/tokenizeShell";

/** Parameter forms that give an unset or empty variable another value: `${V:-x}`, `${V=x}`, `${V:?}`… */
const DEFAULTING = new Set([":-", "-", ":=", "=", ":+", "+", ":?", "?"]);
/** Words after which a new command starts (besides operators). */
const COMMAND_PREFIX = new Set(["then", "do", "else", "elif", "if", "while", "until", "{", "!", "time"]);
/** Commands that may set any variable: what they run is not in the text. */
const OPAQUE = new Set([".", "source", "eval"]);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface ShellVariables {
  /** Each expanded name, and whether every use of it has a default (`${V:-x}`). */
  uses: Map<string, { defaulted: boolean }>;
  /** Names the text itself sets or reads into: an expansion of them may well be non-empty. */
  set: Set<string>;
  /** The text sources or evals something: any name may be set. */
  opaque: boolean;
}

export function shellVariables(text: string): ShellVariables {
  const result: ShellVariables = { uses: new Map(), set: new Set(), opaque: false };
  read(text, result, 0);
  return result;
}

function read(text: string, result: ShellVariables, depth: number): void {
  if (depth > 4) {
    result.opaque = true;
    return;
  }
  const { tokens } = tokenizeShell(text);
  let commandStart = true;
  for (const token of tokens) {
    if (token.kind !== "word") {
      if (token.kind === "redirect") {
        if (token.redirect.target) usesIn(token.redirect.target, result, depth);
      } else commandStart = true;
      continue;
    }
    const { word } = token;
    usesIn(word, result, depth);
    const assigned = ASSIGNMENT.exec(word.raw);
    if (assigned) result.set.add(assigned[1] as string);
    else if (NAME.test(word.raw)) result.set.add(word.raw);
    if (commandStart && OPAQUE.has(word.raw)) result.opaque = true;
    commandStart = commandStart && (assigned !== null || COMMAND_PREFIX.has(word.raw));
  }
}

function usesIn(word: ShellWord, result: ShellVariables, depth: number): void {
  for (const part of word.parts) usesInPart(part, result, depth);
}

function usesInPart(part: WordPart, result: ShellVariables, depth: number): void {
  if (part.kind === "param") {
    if (!NAME.test(part.name)) return;
    const defaulted = DEFAULTING.has(part.op);
    const before = result.uses.get(part.name);
    result.uses.set(part.name, { defaulted: (before?.defaulted ?? true) && defaulted });
    return;
  }
  if (part.kind !== "subst") return;
  // `$((…))` names variables without `$`: nothing to read there for sure.
  if (part.raw.startsWith("$((")) return;
  const inner = part.raw.startsWith("`") ? part.raw.slice(1, -1) : part.raw.slice(2, -1);
  read(inner, result, depth + 1);
}

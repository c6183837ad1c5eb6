// A RUN's shell text as the simple commands it runs, each as its words (quotes removed, `$…` kept as
// written), read with the simulator's own shell tokenizer: `a && b; c | d` is [a], [b], [c], [d].
import type { ShellWord } from "../../simulate/run/shellSyntax";
import { tokenizeShell } from "../../simulate/run/tokenizeShell";

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;
/** Words that start a command without being it: reserved words, and runners of the next word. */
const PREFIX = new Set([
  "then",
  "do",
  "else",
  "elif",
  "if",
  "while",
  "until",
  "{",
  "!",
  "time",
  "exec",
  "sudo",
]);

/** A word's text: quoted and unquoted text joined, a `$…` form as written. */
export function wordText(word: ShellWord): string {
  return word.parts
    .map((part) => {
      if (part.kind === "text") return part.text;
      if (part.kind === "subst") return part.raw;
      return part.op === "" ? `$${part.name}` : `\${${part.name}${part.op}${part.arg}}`;
    })
    .join("");
}

export function simpleCommands(text: string): string[][] {
  const commands: string[][] = [];
  let current: string[] = [];
  const end = () => {
    if (current.length > 0) commands.push(current);
    current = [];
  };
  for (const token of tokenizeShell(text).tokens) {
    if (token.kind === "op") end();
    if (token.kind !== "word") continue;
    const word = wordText(token.word);
    if (current.length === 0 && (ASSIGNMENT.test(token.word.raw) || PREFIX.has(word))) continue;
    // `env -u X A=1 cmd`: the command is the first word after env's options and assignments.
    if (current.length === 1 && current[0] === "env") {
      if (word.startsWith("-") || ASSIGNMENT.test(token.word.raw)) continue;
      current = [];
    }
    current.push(word);
  }
  end();
  return commands;
}

// Expands a word as sh does when the command runs: parameters against the environment of that
// moment (so `export` and `VAR=x cmd` count), field splitting of unquoted expansions, and a glob
// pattern for unquoted `*?[`. Command substitutions are unknown: their raw text stands in and the
// field is marked, so a command built on one is never given an invented effect.
import type { ShellWord, WordPart } from "./shellSyntax";
import { tokenizeShell } from "./tokenizeShell";

export type ShellEnv = Readonly<Record<string, string>>;

export interface Field {
  value: string;
  /** The value with quoted glob characters escaped by `\`, for matching against paths. */
  pattern: string;
  /** An unquoted `*`, `?` or `[` is in the word. */
  glob: boolean;
  /** Part of the value comes from a command substitution or an expansion Stageplay does not do. */
  unknown: boolean;
}

const GLOB_CHARS = /[*?[]/;
const IFS = /[ \t\n]+/;
const GLOB_ESCAPE = /[*?[\]\\]/g;
const TILDE = /^~(root)?(?=\/|$)/;

interface Piece {
  text: string;
  quoted: boolean;
  /** Unquoted expansion result: split into fields on IFS whitespace. */
  split: boolean;
}

/** The fields a word expands to (none for an unquoted empty expansion). */
export function expandFields(word: ShellWord, env: ShellEnv): Field[] {
  // Most words are one piece of text without a leading `~`: one field, nothing to expand or split.
  const only = word.parts.length === 1 ? word.parts[0] : undefined;
  if (only?.kind === "text" && (only.quoted || only.text.charCodeAt(0) !== 126))
    return [appendText(null, only.text, only.quoted)];
  const fields: Field[] = [];
  let current: Field | null = null;
  let unknown = false;
  let anyQuoted = false;
  for (const part of word.parts) if (part.quoted) anyQuoted = true;
  for (const piece of pieces(word.parts, env, () => (unknown = true))) {
    if (!piece.split) {
      current = appendText(current, piece.text, piece.quoted);
      continue;
    }
    const chunks = piece.text.split(IFS);
    for (let index = 0; index < chunks.length; index++) {
      if (index > 0 && current) {
        fields.push(current);
        current = null;
      }
      const chunk = chunks[index] as string;
      if (chunk !== "") current = appendText(current, chunk, false);
    }
  }
  if (current) fields.push(current);
  if (fields.length === 0 && anyQuoted) fields.push({ value: "", pattern: "", glob: false, unknown: false });
  if (unknown) for (const field of fields) field.unknown = true;
  return fields;
}

/** Appends text to the field being built (a new one when there is none); returns that field. */
function appendText(current: Field | null, text: string, quoted: boolean): Field {
  const field = current ?? { value: "", pattern: "", glob: false, unknown: false };
  field.value += text;
  field.pattern += quoted ? text.replace(GLOB_ESCAPE, "\\$&") : text;
  if (!quoted && GLOB_CHARS.test(text)) field.glob = true;
  return field;
}

/** A word expanded without field splitting or globbing, as for `VAR=value` and redirection targets. */
export function expandString(word: ShellWord, env: ShellEnv): { value: string; unknown: boolean } {
  let unknown = false;
  const value = pieces(word.parts, env, () => (unknown = true))
    .map((piece) => piece.text)
    .join("");
  return { value, unknown };
}

/** `$VAR` expansion of text as in a heredoc body or a double-quoted string. */
export function expandText(text: string, env: ShellEnv): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_, braced, bare) => env[braced ?? bare] ?? "",
  );
}

function pieces(parts: readonly WordPart[], env: ShellEnv, markUnknown: () => void): Piece[] {
  const out: Piece[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as WordPart;
    const tilde =
      index === 0 && part.kind === "text" && !part.quoted && part.text.charCodeAt(0) === 126
        ? TILDE.exec(part.text)
        : null;
    if (tilde && part.kind === "text") {
      // Tilde expansion: `~` is $HOME, `~root` is /root; the result is neither split nor globbed.
      out.push({ text: tilde[1] ? "/root" : (env.HOME ?? "/root"), quoted: true, split: false });
      out.push({ text: part.text.slice(tilde[0].length), quoted: false, split: false });
    } else if (part.kind === "text") out.push({ text: part.text, quoted: part.quoted, split: false });
    else if (part.kind === "subst") {
      markUnknown();
      out.push({ text: part.raw, quoted: true, split: false });
    } else {
      const value = parameter(part, env, markUnknown);
      out.push({ text: value, quoted: true, split: !part.quoted });
    }
  }
  return out;
}

function parameter(
  part: Extract<WordPart, { kind: "param" }>,
  env: ShellEnv,
  markUnknown: () => void,
): string {
  const value = special(part.name) ?? env[part.name];
  const set = value !== undefined;
  const nonEmpty = set && value !== "";
  switch (part.op) {
    case "":
      return value ?? "";
    case "length":
      return String((value ?? "").length);
    case ":-":
    case ":=":
      return nonEmpty ? value : expandArgument(part.arg, env, markUnknown);
    case "-":
    case "=":
      return set ? value : expandArgument(part.arg, env, markUnknown);
    case ":+":
      return nonEmpty ? expandArgument(part.arg, env, markUnknown) : "";
    case "+":
      return set ? expandArgument(part.arg, env, markUnknown) : "";
    case ":?":
    case "?":
      return value ?? "";
    default:
      // Pattern removal and substitution: not done here, so the value is not trusted.
      markUnknown();
      return value ?? "";
  }
}

/** `sh -c` runs with no positional parameters, as a RUN's shell does. */
function special(name: string): string | undefined {
  if (/^[0-9]$/.test(name)) return name === "0" ? "sh" : "";
  if (name === "@" || name === "*") return "";
  if (name === "#" || name === "?") return "0";
  if (name === "$") return "1";
  return undefined;
}

function expandArgument(raw: string, env: ShellEnv, markUnknown: () => void): string {
  const { tokens } = tokenizeShell(raw);
  const words: string[] = [];
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    words.push(
      pieces(token.word.parts, env, markUnknown)
        .map((piece) => piece.text)
        .join(""),
    );
  }
  return words.join(" ");
}

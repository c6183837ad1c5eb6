// Splits shell text into words, operators and redirections, the way sh reads it: quotes, `\`
// escapes and continuations, `$…` forms kept as parts for later expansion, comments, and heredoc
// bodies read after the line that introduces them. It never throws; unbalanced quotes are reported.
import type { HeredocBody, Redirect, ShellSyntaxError, ShellWord, Token, WordPart } from "./shellSyntax";
import type { RunHeredoc } from "./types";

const OPERATOR_START = new Set(["&", "|", ";", "(", ")", "\n", "<", ">"]);
const BLANK = new Set([" ", "\t", "\r"]);
/** Characters that end a run of ordinary word characters (ASCII; every other character is ordinary). */
const ENDS_PLAIN = new Uint8Array(128);
for (const c of " \t\r\n&|;()<>\\'\"$`") ENDS_PLAIN[c.charCodeAt(0)] = 1;
/** What ends a run of literal characters inside double quotes. */
const ENDS_QUOTED_RUN = new Set(['"', "\\", "$", "`"]);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAM = /[0-9@*#?$!-]/;
const REDIRECT_THREE = ["<<<", "&>>", "<<-"];
const REDIRECT_TWO = ["<<", ">>", ">&", "<&", "&>", ">|", "<>"];
const CONTROL_TWO = ["&&", "||", ";;"];
const DIGITS = /^[0-9]+$/;
const PARAM_OPS = [":-", ":=", ":+", ":?", "##", "%%", "//", "-", "=", "+", "?", "#", "%", "/"];

export interface TokenizeResult {
  tokens: Token[];
  errors: ShellSyntaxError[];
}

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  strip: boolean;
  expand: boolean;
}

/** Reads `src` into tokens; heredoc bodies missing from the text are taken from `external` in order. */
export function tokenizeShell(src: string, external: readonly RunHeredoc[] = []): TokenizeResult {
  const tokens: Token[] = [];
  const errors: ShellSyntaxError[] = [];
  let pending: PendingHeredoc[] = [];
  let externalIndex = 0;
  let pos = 0;
  let expectDelimiter: { redirect: Redirect; strip: boolean } | null = null;

  while (pos < src.length) {
    const c = src[pos] as string;
    if (BLANK.has(c)) {
      pos++;
      continue;
    }
    if (c === "\\" && src[pos + 1] === "\n") {
      pos += 2;
      continue;
    }
    if (c === "#") {
      while (pos < src.length && src[pos] !== "\n") pos++;
      continue;
    }
    if (OPERATOR_START.has(c)) {
      const start = pos;
      if (c === "\n") {
        pos++;
        tokens.push({ kind: "op", op: "\n", start, end: pos });
        if (pending.length > 0) {
          const read = readBodies(src, pos, pending, external, externalIndex);
          pos = read.pos;
          externalIndex = read.externalIndex;
          pending = [];
        }
        continue;
      }
      const redirectOp =
        operatorAt(src, pos, REDIRECT_THREE) ??
        operatorAt(src, pos, REDIRECT_TWO) ??
        (c === "<" || c === ">" ? c : null);
      if (redirectOp) {
        pos += redirectOp.length;
        const redirect: Redirect = { op: redirectOp, fd: null, target: null };
        tokens.push({ kind: "redirect", redirect, start, end: pos });
        if (redirectOp === "<<" || redirectOp === "<<-")
          expectDelimiter = { redirect, strip: redirectOp === "<<-" };
        continue;
      }
      const op = (operatorAt(src, pos, CONTROL_TWO) ?? c) as "&&" | "||" | ";;" | ";" | "|" | "&" | "(" | ")";
      pos += op.length;
      tokens.push({ kind: "op", op, start, end: pos });
      continue;
    }
    const start = pos;
    const parts: WordPart[] = [];
    let anyQuoted = false;
    while (pos < src.length) {
      const ch = src[pos] as string;
      if (BLANK.has(ch) || OPERATOR_START.has(ch)) break;
      if (ch === "\\") {
        if (src[pos + 1] === "\n") pos += 2;
        else if (pos + 1 < src.length) {
          pushText(parts, src[pos + 1] as string, true);
          pos += 2;
        } else pos++;
        continue;
      }
      if (ch === "'") {
        anyQuoted = true;
        const close = src.indexOf("'", pos + 1);
        if (close === -1) {
          errors.push({ message: "Syntax error: Unterminated quoted string", offset: pos });
          pushText(parts, src.slice(pos + 1), true);
          pos = src.length;
        } else {
          pushText(parts, src.slice(pos + 1, close), true);
          pos = close + 1;
        }
        continue;
      }
      if (ch === '"') {
        anyQuoted = true;
        pos++;
        let closed = false;
        while (pos < src.length) {
          const d = src[pos] as string;
          if (d === '"') {
            closed = true;
            pos++;
            break;
          }
          if (d === "\\" && pos + 1 < src.length) {
            const e = src[pos + 1] as string;
            if (e === "\n") pos += 2;
            else {
              pushText(parts, `$\`"\\`.includes(e) ? e : `\\${e}`, true);
              pos += 2;
            }
            continue;
          }
          if (d === "$" || d === "`") {
            pos = readDollar(src, pos, true, parts);
            continue;
          }
          let end = pos + 1;
          while (end < src.length && !ENDS_QUOTED_RUN.has(src[end] as string)) end++;
          pushText(parts, src.slice(pos, end), true);
          pos = end;
        }
        if (!closed) errors.push({ message: "Syntax error: Unterminated quoted string", offset: start });
        continue;
      }
      if (ch === "$" || ch === "`") {
        pos = readDollar(src, pos, false, parts);
        continue;
      }
      // A run of ordinary characters at once: long words stay linear and cheap.
      let end = pos + 1;
      while (end < src.length) {
        const code = src.charCodeAt(end);
        if (code < 128 && ENDS_PLAIN[code] === 1) break;
        end++;
      }
      pushText(parts, src.slice(pos, end), false);
      pos = end;
    }
    const raw = src.slice(start, pos);
    // `2>file`: digits directly before a redirection are its file descriptor.
    const nextChar = src[pos];
    if (DIGITS.test(raw) && (nextChar === ">" || nextChar === "<")) {
      const rest = tokenizeShell(src.slice(pos, pos + 3), []);
      const first = rest.tokens[0];
      if (first?.kind === "redirect") {
        first.redirect.fd = Number(raw);
        pos += first.end;
        first.start += start;
        first.end = pos;
        tokens.push(first);
        if (first.redirect.op === "<<" || first.redirect.op === "<<-")
          expectDelimiter = { redirect: first.redirect, strip: first.redirect.op === "<<-" };
        continue;
      }
    }
    const word: ShellWord = { parts, raw, start, end: pos };
    if (expectDelimiter) {
      const delimiter = parts.map((part) => (part.kind === "text" ? part.text : raw)).join("");
      expectDelimiter.redirect.target = word;
      pending.push({ ...expectDelimiter, delimiter, expand: !anyQuoted && !raw.includes("\\") });
      expectDelimiter = null;
      continue;
    }
    tokens.push({ kind: "word", word });
  }
  if (pending.length > 0) readBodies(src, pos, pending, external, externalIndex);
  return { tokens, errors };
}

/** The operator of `ops` that `src` has at `pos`, if any (startsWith: no slice per operator). */
function operatorAt(src: string, pos: number, ops: readonly string[]): string | null {
  for (const op of ops) if (src.startsWith(op, pos)) return op;
  return null;
}

/** Reads the bodies of `pending` heredocs from `pos` on (the line after their introduction). */
function readBodies(
  src: string,
  pos: number,
  pending: readonly PendingHeredoc[],
  external: readonly RunHeredoc[],
  externalIndex: number,
): { pos: number; externalIndex: number } {
  for (const heredoc of pending) {
    let body = "";
    let found = false;
    while (pos < src.length) {
      const end = src.indexOf("\n", pos);
      const line = end === -1 ? src.slice(pos) : src.slice(pos, end);
      pos = end === -1 ? src.length : end + 1;
      const text = heredoc.strip ? line.replace(/^\t+/, "") : line;
      if (text === heredoc.delimiter) {
        found = true;
        break;
      }
      body += `${text}\n`;
    }
    if (!found && body === "" && externalIndex < external.length) {
      body = external[externalIndex]?.content ?? "";
      externalIndex++;
    }
    heredoc.redirect.heredoc = { body, expand: heredoc.expand } satisfies HeredocBody;
  }
  return { pos, externalIndex };
}

/** Appends text to the word's last part when it is text of the same quoting, else as a new part. */
function pushText(parts: WordPart[], value: string, quoted: boolean): void {
  const last = parts[parts.length - 1];
  if (last?.kind === "text" && last.quoted === quoted) last.text += value;
  else parts.push({ kind: "text", text: value, quoted });
}

/** Reads a `$…` or backquote form at `pos`; returns the position after it. */
function readDollar(src: string, pos: number, quoted: boolean, parts: WordPart[]): number {
  if (src[pos] === "`") {
    let end = pos + 1;
    while (end < src.length && src[end] !== "`") end += src[end] === "\\" ? 2 : 1;
    parts.push({ kind: "subst", raw: src.slice(pos, end + 1), quoted });
    return Math.min(end + 1, src.length);
  }
  const next = src[pos + 1] ?? "";
  if (next === "(") {
    const end = matchingClose(src, pos + 1, "(", ")");
    parts.push({ kind: "subst", raw: src.slice(pos, end), quoted });
    return end;
  }
  if (next === "{") {
    const end = matchingClose(src, pos + 1, "{", "}");
    const inner = src.slice(pos + 2, end - 1);
    parts.push(parseBraced(inner, quoted));
    return end;
  }
  if (NAME_START.test(next)) {
    let end = pos + 1;
    while (end < src.length && NAME_CHAR.test(src[end] as string)) end++;
    parts.push({ kind: "param", name: src.slice(pos + 1, end), op: "", arg: "", quoted });
    return end;
  }
  if (SPECIAL_PARAM.test(next) && next !== "") {
    parts.push({ kind: "param", name: next, op: "", arg: "", quoted });
    return pos + 2;
  }
  pushText(parts, "$", quoted);
  return pos + 1;
}

/** The position after the bracket that closes the one at `open`, skipping quotes; the end when unbalanced. */
function matchingClose(src: string, open: number, left: string, right: string): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "'" && left === "(") {
      const close = src.indexOf("'", i + 1);
      i = close === -1 ? src.length : close;
    } else if (c === left) depth++;
    else if (c === right && --depth === 0) return i + 1;
  }
  return src.length;
}

function parseBraced(inner: string, quoted: boolean): WordPart {
  if (inner.startsWith("#") && inner.length > 1)
    return { kind: "param", name: inner.slice(1), op: "length", arg: "", quoted };
  let end = 0;
  if (NAME_START.test(inner[0] ?? ""))
    while (end < inner.length && NAME_CHAR.test(inner[end] as string)) end++;
  else if (SPECIAL_PARAM.test(inner[0] ?? "")) end = 1;
  const name = inner.slice(0, end);
  const rest = inner.slice(end);
  if (rest === "") return { kind: "param", name, op: "", arg: "", quoted };
  const op = PARAM_OPS.find((candidate) => rest.startsWith(candidate));
  if (!op || name === "") return { kind: "subst", raw: `\${${inner}}`, quoted };
  return { kind: "param", name, op, arg: rest.slice(op.length), quoted };
}

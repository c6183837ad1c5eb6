import { isRegexSpace } from "./goSpace";
import type { SourceLines } from "./splitLines";

export type DirectiveName = "syntax" | "escape" | "check";

export interface DirectiveMatch {
  name: DirectiveName;
  value: string;
}

/**
 * Matches BuildKit's directive pattern `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` on
 * `text[from, to)`. Written out by hand because the lazy group backtracks quadratically on long
 * lines. Returns null for lines that are not directives, or `{ name: null }` for a well-formed
 * directive with a key BuildKit does not know, which ends the directive block all the same.
 */
export function matchDirective(
  text: string,
  from: number,
  to: number,
): DirectiveMatch | { name: null } | null {
  const at = (index: number) => (index < to ? text.charCodeAt(index) : -1);
  let i = from;
  if (at(i) !== 0x23) return null;
  i++;
  while (i < to && isRegexSpace(text.charCodeAt(i))) i++;
  const keyStart = i;
  if (!isLetter(at(i))) return null;
  i++;
  while (isAlphanumeric(at(i))) i++;
  const key = text.slice(keyStart, i).toLowerCase();
  while (i < to && isRegexSpace(text.charCodeAt(i))) i++;
  if (at(i) !== 0x3d) return null;
  i++;
  if (i >= to) return null;
  // `\s*(.+?)` keeps at least one character for the value, even a blank one.
  let valueStart = i;
  while (valueStart < to - 1 && isRegexSpace(text.charCodeAt(valueStart))) valueStart++;
  let valueEnd = to;
  while (valueEnd > valueStart + 1 && isRegexSpace(text.charCodeAt(valueEnd - 1))) valueEnd--;
  if (key !== "syntax" && key !== "escape" && key !== "check") return { name: null };
  return { name: key, value: text.slice(valueStart, valueEnd) };
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAlphanumeric(code: number): boolean {
  return isLetter(code) || (code >= 0x30 && code <= 0x39);
}

export interface FrontendDirective extends DirectiveMatch {
  /** 0-based line index. */
  lineIndex: number;
}

/**
 * `syntax` and `check` are read by the frontend's own scanner (directives.go parseDirective), which
 * skips a leading `#!` line, unlike the AST parser. Only needed when the file starts with a shebang:
 * otherwise both scanners agree on where the block ends.
 */
export function scanDirectivesAfterShebang(source: string, lines: SourceLines): FrontendDirective[] {
  const found: FrontendDirective[] = [];
  const seen = new Set<string>();
  for (let index = 1; index < lines.starts.length; index++) {
    const start = lines.starts[index] ?? 0;
    const end = lines.ends[index] ?? start;
    const match = matchDirective(source, start, end);
    if (!match || match.name === null || seen.has(match.name)) break;
    seen.add(match.name);
    if (match.name !== "escape") found.push({ ...match, lineIndex: index });
  }
  return found;
}

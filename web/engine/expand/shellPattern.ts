// The glob patterns of `${V#p}`, `${V%p}` and `${V/p/r}` (lex.go's convertShellPatternToRegex: `*`,
// `?`, `\` escapes, no brackets). Go compiles them to RE2 regular expressions, which run in linear
// time; a JavaScript RegExp would backtrack polynomially on `*a*a*b`, so a learner's typo could
// freeze the editor. These globs are matched by simulating their automaton instead, which gives
// the same answers: with lazy stars the shortest match, with greedy stars the longest, and for
// replacement the leftmost match. Like Go's `.`, wildcards do not match "\n".

/** Thrown for a pattern BuildKit rejects; the caller wraps it like BuildKit does. */
export class PatternError extends Error {}

const ANY = -2;
const STAR = -3;
const NEWLINE = "\n";

/** A compiled glob: a code point to match literally, ANY (`?`) or STAR (`*`). */
type Glob = readonly (string | typeof ANY | typeof STAR)[];

function compileGlob(pattern: string): Glob {
  const chars = Array.from(pattern);
  const glob: (string | typeof ANY | typeof STAR)[] = [];
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i] as string;
    if (tok === "*") glob.push(STAR);
    else if (tok === "?") glob.push(ANY);
    else if (tok === "\\") {
      // `}` and `/` are escaped only to get through `${}`; the escape is not part of the pattern.
      const next = chars[i + 1];
      if (next === "}" || next === "/") continue;
      i++;
      if (next !== "*" && next !== "?" && next !== "\\")
        throw new PatternError(`invalid escape '\\${next ?? "\uFFFD"}'`);
      glob.push(next);
    } else glob.push(tok);
  }
  return glob;
}

// Adds state `i` and, through stars that may match nothing, the states after it.
function addState(states: Set<number>, glob: Glob, i: number): void {
  while (!states.has(i)) {
    states.add(i);
    if (glob[i] !== STAR) return;
    i++;
  }
}

function step(states: Set<number>, glob: Glob, ch: string): Set<number> {
  const next = new Set<number>();
  for (const i of states) {
    const tok = glob[i];
    if (tok === undefined) continue;
    if (tok === STAR) {
      if (ch !== NEWLINE) addState(next, glob, i);
    } else if (tok === ANY ? ch !== NEWLINE : tok === ch) addState(next, glob, i + 1);
  }
  return next;
}

/** End (in chars) of the shortest or longest match of `glob` starting at `start`, or -1. */
function matchAt(glob: Glob, chars: readonly string[], start: number, longest: boolean): number {
  let states = new Set<number>();
  addState(states, glob, 0);
  let end = -1;
  for (let p = start; ; p++) {
    if (states.has(glob.length)) {
      end = p;
      if (!longest) return end;
    }
    if (p >= chars.length || states.size === 0) return end;
    states = step(states, glob, chars[p] as string);
  }
}

/** The leftmost match at or after `from`, longest at that start, as [start, end] in chars; null if none. */
function findLeftmost(glob: Glob, chars: readonly string[], from: number): [number, number] | null {
  // Each automaton state remembers the earliest start that reached it: later starts can only lose.
  let threads = new Map<number, number>();
  let best: [number, number] | null = null;
  const seed = (p: number) => {
    const states = new Set<number>();
    addState(states, glob, 0);
    for (const s of states) if (!threads.has(s)) threads.set(s, p);
  };
  for (let p = from; ; p++) {
    if (best === null) seed(p);
    const accepted = threads.get(glob.length);
    if (
      accepted !== undefined &&
      (best === null || accepted < best[0] || (accepted === best[0] && p > best[1]))
    ) {
      best = [accepted, p];
    }
    if (best !== null) for (const [s, start] of threads) if (start > best[0]) threads.delete(s);
    if (p >= chars.length || (threads.size === 0 && best !== null)) return best;
    const next = new Map<number, number>();
    const ch = chars[p] as string;
    for (const [s, start] of [...threads].sort((a, b) => a[1] - b[1])) {
      for (const t of step(new Set([s]), glob, ch)) if (!next.has(t)) next.set(t, start);
    }
    threads = next;
  }
}

/** `${V#p}` / `${V##p}`: drops the shortest (or longest) prefix of `value` matching `pattern`. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const chars = Array.from(value);
  const end = matchAt(compileGlob(pattern), chars, 0, greedy);
  return end < 0 ? value : chars.slice(end).join("");
}

/** `${V%p}` / `${V%%p}`: BuildKit reverses pattern and value to turn a suffix match into a prefix match. */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

function reverseString(text: string): string {
  return Array.from(text).reverse().join("");
}

// Reverses a pattern but keeps each `\x` escape pair in order (`a\*c` → `c\*a`), as reversePattern.
function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = new Array<string>(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last;) {
    const tok = chars[i] as string;
    const at = last - i;
    if (tok === "\\" && i !== last) {
      out[at - 1] = tok;
      out[at] = chars[i + 1] as string;
      i += 2;
    } else {
      out[at] = tok;
      i++;
    }
  }
  return out.join("");
}

/** `${V/p/r}` and `${V//p/r}`: the first replacement is literal; replace-all follows Go's ReplaceAllString. */
export function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  const glob = compileGlob(pattern);
  const chars = Array.from(value);
  if (!all) {
    const match = findLeftmost(glob, chars, 0);
    if (!match) return value;
    return chars.slice(0, match[0]).join("") + replacement + chars.slice(match[1]).join("");
  }
  // Go skips an empty match right after a previous match, and expands `$0`/`${0}`/`$$` in the template.
  let out = "";
  let lastEnd = 0;
  let search = 0;
  while (search <= chars.length) {
    const match = findLeftmost(glob, chars, search);
    if (!match) break;
    const [start, end] = match;
    out += chars.slice(lastEnd, start).join("");
    if (end > lastEnd || start === 0) out += expandTemplate(replacement, chars.slice(start, end).join(""));
    lastEnd = end;
    search = search + 1 > end ? search + 1 : end;
  }
  return out + chars.slice(lastEnd).join("");
}

const nameChar = /[\p{L}\p{Nd}_]/u;

// Go's Regexp.Expand with no capture groups: only group 0 (the whole match) exists.
function expandTemplate(template: string, whole: string): string {
  let out = "";
  let rest = template;
  for (;;) {
    const dollar = rest.indexOf("$");
    if (dollar < 0) break;
    out += rest.slice(0, dollar);
    rest = rest.slice(dollar + 1);
    if (rest.startsWith("$")) {
      out += "$";
      rest = rest.slice(1);
      continue;
    }
    const brace = rest.startsWith("{");
    const body = brace ? rest.slice(1) : rest;
    let length = 0;
    for (const ch of body) {
      if (!nameChar.test(ch)) break;
      length += ch.length;
    }
    if (length === 0 || (brace && body[length] !== "}")) {
      out += "$";
      continue;
    }
    const name = body.slice(0, length);
    rest = body.slice(length + (brace ? 1 : 0));
    if (name === "0") out += whole;
  }
  return out + rest;
}

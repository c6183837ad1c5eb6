// Glob patterns as Docker reads them. `.dockerignore` and `--exclude` use moby/patternmatcher (`**`
// crosses directories, `*` and `?` do not); COPY sources use Go's filepath.Match one path element
// at a time. Both compile to an anchored RegExp; a malformed class matches nothing.

const SPECIAL = /[.+^${}()|\\]/;

/** moby/patternmatcher's compile: `**` spans any number of directories (zero included). */
export function ignorePatternRegExp(pattern: string): RegExp | null {
  return compile(pattern, true);
}

/** Go's filepath.Match for one path element: `*` and `?` never match "/". */
export function elementPatternRegExp(pattern: string): RegExp | null {
  return compile(pattern, false);
}

/** The anchored RegExp of `pattern`; `doubleStar` reads `**` as patternmatcher does, else as two `*`. */
function compile(pattern: string, doubleStar: boolean): RegExp | null {
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*") {
      if (doubleStar && pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        source += i + 1 >= pattern.length ? ".*" : "(.*/)?";
      } else source += "[^/]*";
    } else if (ch === "?") source += "[^/]";
    else if (ch === "\\") {
      const next = pattern[++i];
      if (next === undefined) return null;
      source += "\\" + next;
    } else if (ch === "[") {
      const end = classEnd(pattern, i);
      if (end < 0) return null;
      source += classSource(pattern.slice(i + 1, end));
      i = end;
    } else source += SPECIAL.test(ch) ? "\\" + ch : ch;
  }
  return safeRegExp(source + "$");
}

/** Whether a COPY source has wildcards (BuildKit then allows several matches). */
export function hasWildcard(path: string): boolean {
  return /[*?[]/.test(path);
}

function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === "^" || pattern[i] === "!") i++;
  if (pattern[i] === "]") i++;
  for (; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === "]") return i;
  }
  return -1;
}

function classSource(body: string): string {
  const negated = body.startsWith("^") || body.startsWith("!");
  const rest = (negated ? body.slice(1) : body).replace(/[\]\\[]/g, (c) => (c === "\\" ? "\\\\" : "\\" + c));
  return `[${negated ? "^/" : ""}${rest}]`;
}

function safeRegExp(source: string): RegExp | null {
  try {
    return new RegExp(source, "s");
  } catch {
    return null;
  }
}

// .dockerignore as BuildKit reads it (moby/patternmatcher and its ignorefile package): one pattern
// a line, `#` comments, `!` re-includes; `*` and `?` stop at `/`, `**` spans directories, and a
// pattern that matches a directory excludes everything below it.

export interface IgnorePattern {
  /** Cleaned, `/`-separated, without the leading `!` or `/`. */
  pattern: string;
  /** A `!` line: re-includes what earlier lines excluded. */
  exclusion: boolean;
  regex: RegExp;
}

/** ignorefile.ReadAll + patternmatcher.New. Lines that are not valid patterns are left out. */
export function readDockerignore(content: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  const lines = content.replace(/^\uFEFF/, "").split("\n");
  for (const line of lines) {
    if (line.startsWith("#")) continue;
    let text = line.trim();
    if (text === "") continue;
    const exclusion = text.startsWith("!");
    if (exclusion) text = text.slice(1).trim();
    if (text === "") continue;
    text = cleanPath(text);
    if (text.length > 1 && text.startsWith("/")) text = text.slice(1);
    const regex = compile(text);
    if (regex) patterns.push({ pattern: text, exclusion, regex });
  }
  return patterns;
}

/** PatternMatcher.MatchesOrParentMatches: whether `file` or one of its parent directories is excluded. */
export function isIgnored(patterns: readonly IgnorePattern[], file: string): boolean {
  const parents = parentDirectories(file);
  let matched = false;
  for (const pattern of patterns) {
    if (pattern.exclusion !== matched) continue;
    const match = pattern.regex.test(file) || parents.some((dir) => pattern.regex.test(dir));
    if (match) matched = !pattern.exclusion;
  }
  return matched;
}

/**
 * Whether a `!` line could bring back `source` or something below it, so copying `source` still
 * copies files. `source` may hold wildcards (`COPY sub/*.txt`).
 */
export function mayReinclude(patterns: readonly IgnorePattern[], source: string): boolean {
  const wanted = source.split("/");
  return patterns.some((p) => p.exclusion && segmentsOverlap(p.pattern.split("/"), wanted));
}

/** filepath.Clean for `/`-separated paths. */
export function cleanPath(path: string): string {
  if (path === "") return ".";
  const rooted = path.startsWith("/");
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else if (!rooted) parts.push("..");
    } else parts.push(part);
  }
  const joined = parts.join("/");
  if (rooted) return "/" + joined;
  return joined === "" ? "." : joined;
}

function parentDirectories(file: string): string[] {
  const parts = file.split("/");
  const dirs: string[] = [];
  for (let i = 1; i < parts.length; i++) dirs.push(parts.slice(0, i).join("/"));
  return dirs;
}

// Pattern.compile: the pattern as an anchored regular expression.
function compile(pattern: string): RegExp | null {
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        source += i + 1 >= pattern.length ? ".*" : "(.*/)?";
      } else source += "[^/]*";
    } else if (ch === "?") source += "[^/]";
    else if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) source += "\\\\";
      else {
        source += escapeRegExp(next);
        i++;
      }
    } else if (ch === "[" || ch === "]") source += ch;
    else source += escapeRegExp(ch);
  }
  try {
    return new RegExp(source + "$", "u");
  } catch {
    return null;
  }
}

function escapeRegExp(ch: string): string {
  return /[.+()|{}$^*?\\/]/.test(ch) ? "\\" + ch : ch;
}

const GLOB = /[*?[\\]/;

// Whether some path could match both segment lists: the pattern may go deeper than the source.
function segmentsOverlap(pattern: readonly string[], source: readonly string[]): boolean {
  for (let i = 0; i < source.length; i++) {
    const p = pattern[i];
    if (p === undefined) return false;
    if (p === "**") return true;
    const s = source[i] as string;
    if (GLOB.test(s) && GLOB.test(p)) continue;
    if (GLOB.test(p)) {
      if (!(compile(p)?.test(s) ?? false)) return false;
    } else if (GLOB.test(s)) {
      if (!(compile(s)?.test(p) ?? false)) return false;
    } else if (p !== s) return false;
  }
  return true;
}

// `.dockerignore` as moby/patternmatcher reads it: one pattern a line, `#` comments, `!` exceptions,
// each pattern cleaned (a leading "/" dropped), the last matching pattern deciding, and a path
// excluded when it or one of its parent directories matches.
import { normalizePath } from "../filesystem/paths";
import { ignorePatternRegExp } from "./globToRegExp";

export interface IgnorePattern {
  /** The pattern after cleaning, without `!`. */
  pattern: string;
  exclusion: boolean;
  regexp: RegExp | null;
  /** 1-based line in .dockerignore. */
  line: number;
}

/** Parses the text of a `.dockerignore` file. */
export function parseDockerignore(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  text.split("\n").forEach((raw, index) => {
    let pattern = raw.trim();
    if (pattern === "" || pattern.startsWith("#")) return;
    const exclusion = pattern.startsWith("!");
    if (exclusion) pattern = pattern.slice(1).trim();
    if (pattern === "") return;
    pattern = normalizePath(pattern).slice(1) || ".";
    patterns.push({ pattern, exclusion, regexp: ignorePatternRegExp(pattern), line: index + 1 });
  });
  return patterns;
}

/** Whether a context path ("src/app.py", no leading slash) is left out of the build context. */
export function isIgnored(path: string, patterns: readonly IgnorePattern[]): boolean {
  if (patterns.length === 0) return false;
  const parts = path.split("/");
  let ignored = false;
  for (const { regexp, exclusion } of patterns) {
    if (!regexp) continue;
    let match = regexp.test(path);
    for (let i = 1; !match && i < parts.length; i++) match = regexp.test(parts.slice(0, i).join("/"));
    if (match) ignored = !exclusion;
  }
  return ignored;
}

// What CopyIgnoredFile needs beyond the simulator's `.dockerignore` reader: Go's filepath.Clean for
// the COPY source, and whether a `!` line could bring the source (or something below it) back.
import type { IgnorePattern } from "../../simulate/context/dockerignore";
import { elementPatternRegExp } from "../../simulate/context/globToRegExp";

/**
 * Whether a `!` line could bring back `source` or something below it, so copying `source` still
 * copies files. `source` may hold wildcards (`COPY sub/*.txt`).
 */
export function mayReinclude(patterns: readonly IgnorePattern[], source: string): boolean {
  const wanted = source.split("/");
  return patterns.some((p) => p.exclusion && segmentsOverlap(p.pattern.split("/"), wanted));
}

/** filepath.Clean for `/`-separated paths: `./a//b/../c` → `a/c`, `` → `.`. */
export function cleanPath(path: string): string {
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

const GLOB = /[*?[\\]/;

// Whether some path could match both, element by element; the pattern may go deeper than the source.
function segmentsOverlap(pattern: readonly string[], source: readonly string[]): boolean {
  for (let i = 0; i < source.length; i++) {
    const p = pattern[i];
    if (p === undefined) return false;
    if (p === "**") return true;
    const s = source[i] as string;
    const patternGlob = GLOB.test(p);
    const sourceGlob = GLOB.test(s);
    if (patternGlob && sourceGlob) continue;
    if (patternGlob ? !matches(p, s) : sourceGlob ? !matches(s, p) : p !== s) return false;
  }
  return true;
}

const matches = (glob: string, element: string) => elementPatternRegExp(glob)?.test(element) ?? false;

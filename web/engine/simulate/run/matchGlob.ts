// Pathname expansion against the overlay: each segment with `*`, `?` or `[…]` is matched against
// a directory's children. Patterns are compiled segment by segment into anchored expressions with
// no nested quantifiers, so a path segment is matched in linear time.
import { resolvePath } from "./overlayFs";
import type { OverlayFs } from "./overlayFs";

/** The paths (absolute) a pattern matches, sorted; empty when none does. */
export function matchGlob(fs: OverlayFs, pattern: string, cwd: string): string[] {
  const absolute = pattern.startsWith("/");
  const segments = (absolute ? pattern : `${cwd}/${pattern}`).split("/").filter((segment) => segment !== "");
  let current = ["/"];
  for (const segment of segments) {
    const next: string[] = [];
    if (!/(^|[^\\])[*?[]/.test(segment)) {
      const literal = segment.replace(/\\(.)/g, "$1");
      for (const dir of current) {
        const path = resolvePath(literal, dir);
        if (literal === "." || literal === ".." || fs.exists(path)) next.push(path);
      }
    } else {
      const regex = segmentRegex(segment);
      if (!regex) return [];
      for (const dir of current) {
        const resolved = fs.resolve(dir);
        if (dir !== "/" && resolved?.type !== "dir") continue;
        for (const child of fs.list(resolved?.path ?? dir)) {
          const name = child.path.slice(child.path.lastIndexOf("/") + 1);
          if (name.startsWith(".") && !segment.startsWith(".")) continue;
          if (regex.test(name)) next.push(dir === "/" ? `/${name}` : `${dir}/${name}`);
        }
      }
    }
    current = next;
    if (current.length === 0) return [];
  }
  return current.sort();
}

function segmentRegex(segment: string): RegExp | null {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === "\\" && i + 1 < segment.length) {
      source += escape(segment[++i] as string);
    } else if (c === "*") {
      // Runs of `*` are one `*`.
      if (!source.endsWith("[^/]*")) source += "[^/]*";
    } else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) source += "\\[";
      else {
        let body = segment.slice(i + 1, close);
        const negate = body.startsWith("!") || body.startsWith("^");
        if (negate) body = body.slice(1);
        source += `[${negate ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
        i = close;
      }
    } else source += escape(c);
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    // A class like `[z-a]` matches nothing in sh either.
    return null;
  }
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

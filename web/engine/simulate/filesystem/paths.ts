// POSIX path helpers for the virtual filesystem: absolute, normalised, no trailing slash.

/** Cleans a path as Go's path.Clean does, made absolute against `cwd` ("/" by default). */
export function normalizePath(path: string, cwd = "/"): string {
  const full = path.startsWith("/") ? path : `${cwd}/${path}`;
  if (isNormal(full)) return full;
  const parts: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}

/** Whether `path` is already what normalizePath returns: "/" or "/a/b" with no empty, "." or ".." segment. */
function isNormal(path: string): boolean {
  const length = path.length;
  if (length === 0 || path.charCodeAt(0) !== 47) return false;
  if (length === 1) return true;
  let segment = 1;
  for (let i = 1; i <= length; i++) {
    if (i < length && path.charCodeAt(i) !== 47) continue;
    const size = i - segment;
    if (size === 0) return false;
    if (
      path.charCodeAt(segment) === 46 &&
      (size === 1 || (size === 2 && path.charCodeAt(segment + 1) === 46))
    )
      return false;
    segment = i + 1;
  }
  return true;
}

/** The parent directory of a normalised path ("/" for "/" and top-level paths). */
export function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash <= 0 ? "/" : path.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export function joinPath(dir: string, name: string): string {
  if (name === "") return dir;
  return dir === "/" ? `/${name}` : `${dir}/${name}`;
}

/** Whether `path` is `dir` itself or lies under it. */
export function isWithin(path: string, dir: string): boolean {
  if (dir === "/" || path === dir) return true;
  // path.startsWith(dir + "/") without building the string.
  return path.length > dir.length && path.charCodeAt(dir.length) === 47 && path.startsWith(dir);
}

/** Every ancestor of a normalised path, outermost first, "/" excluded. */
export function ancestors(path: string): string[] {
  const result: string[] = [];
  for (let i = path.indexOf("/", 1); i > 0; i = path.indexOf("/", i + 1)) result.push(path.slice(0, i));
  return result;
}

// POSIX path helpers for the virtual filesystem: absolute, normalised, no trailing slash.

/** Cleans a path as Go's path.Clean does, made absolute against `cwd` ("/" by default). */
export function normalizePath(path: string, cwd = "/"): string {
  const full = path.startsWith("/") ? path : `${cwd}/${path}`;
  const parts: string[] = [];
  for (const part of full.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
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
  return dir === "/" || path === dir || path.startsWith(dir + "/");
}

/** Every ancestor of a normalised path, outermost first, "/" excluded. */
export function ancestors(path: string): string[] {
  const result: string[] = [];
  for (let i = path.indexOf("/", 1); i > 0; i = path.indexOf("/", i + 1)) result.push(path.slice(0, i));
  return result;
}

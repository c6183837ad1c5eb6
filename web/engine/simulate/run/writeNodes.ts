// Helpers commands use to change the overlay: nodes stamped with this RUN's origin and owner,
// parent directories made as `mkdir -p` would, and paths resolved against the shell's cwd.
import type { FileFact, FileNode, FileType } from "../types";
import { dirname, resolvePath } from "./overlayFs";
import type { ShellState } from "./runState";

export interface NodeOptions {
  type?: FileType;
  sizeBytes?: number;
  bulk?: boolean;
  mode?: number;
  facts?: FileFact[];
  content?: string;
  target?: string;
  estimated?: boolean;
  uid?: number;
  gid?: number;
}

/** An absolute path for `path` as written, against the shell's cwd. */
export function at(state: ShellState, path: string): string {
  return resolvePath(path, state.cwd);
}

/** `mkdir -p`: makes every missing directory up to `path`. */
export function ensureDir(state: ShellState, path: string): void {
  const missing: string[] = [];
  for (let dir = path; dir !== "/"; dir = dirname(dir)) {
    const node = state.fs.resolve(dir);
    if (node) break;
    missing.push(dir);
  }
  for (const dir of missing.reverse()) state.fs.write(makeNode(state, dir, { type: "dir", mode: 0o755 }));
}

export function makeNode(state: ShellState, path: string, options: NodeOptions = {}): FileNode {
  const type = options.type ?? "file";
  const node: FileNode = {
    path,
    type,
    sizeBytes: Math.max(0, Math.round(options.sizeBytes ?? 0)),
    bulk: options.bulk ?? false,
    mode: options.mode ?? (type === "dir" ? 0o755 : type === "symlink" ? 0o777 : 0o644),
    uid: options.uid ?? state.owner.uid,
    gid: options.gid ?? state.owner.gid,
    origin: state.origin,
    facts: options.facts ?? [],
  };
  if (options.target !== undefined) node.target = options.target;
  if (options.content !== undefined) node.content = options.content;
  if (options.estimated) node.estimated = true;
  return node;
}

/** Writes a node at an absolute path, making its parent directories; replaces what was there. */
export function put(state: ShellState, path: string, options: NodeOptions = {}): FileNode {
  ensureDir(state, dirname(path));
  const existing = state.fs.stat(path);
  if (existing?.type === "dir" && options.type !== "dir") state.fs.remove(path);
  const node = makeNode(state, path, options);
  state.fs.write(node);
  return node;
}

/** Adds bytes to a bulk node (a cache that grows with each install), making it when missing. */
export function grow(state: ShellState, path: string, bytes: number, options: NodeOptions): FileNode {
  const existing = state.fs.stat(path);
  const size = (existing?.sizeBytes ?? 0) + bytes;
  return put(state, path, {
    ...options,
    sizeBytes: size,
    bulk: true,
    type: "dir",
    estimated: options.estimated || existing?.estimated,
  });
}

/**
 * A download cache holding at least `bytes`: fetching the same project again adds nothing, so a
 * second `npm ci` or `mvn package` in a stage does not bill the cache twice.
 */
export function fill(state: ShellState, path: string, bytes: number, options: NodeOptions): FileNode {
  const existing = state.fs.stat(path);
  if (existing && existing.sizeBytes >= bytes) return existing;
  return grow(state, path, bytes - (existing?.sizeBytes ?? 0), options);
}

/** The uid and gid of a `user[:group]` spec, from /etc/passwd's fact or numbers; null when unknown. */
export function lookupOwner(state: ShellState, spec: string): { uid: number; gid: number } | null {
  const [user = "", group] = spec.split(/[:.]/);
  const users = passwdUsers(state);
  const entry = users.find((candidate) => candidate.name === user);
  const uid = /^\d+$/.test(user) ? Number(user) : entry?.uid;
  if (uid === undefined) return null;
  let gid = entry?.gid ?? uid;
  if (group !== undefined && group !== "") {
    const groupEntry = users.find((candidate) => candidate.name === group);
    gid = /^\d+$/.test(group) ? Number(group) : (groupEntry?.gid ?? gid);
  }
  return { uid, gid };
}

export type PasswdUser = { name: string; uid: number; gid: number; home: string };

/** The users /etc/passwd defines: its fact when the file has one, else the base image's list. */
export function passwdUsers(state: Pick<ShellState, "fs" | "ctx">): PasswdUser[] {
  const node = state.fs.stat("/etc/passwd");
  const fact = node?.facts.find((candidate) => candidate.kind === "passwd");
  if (fact?.kind === "passwd") return fact.users.map((user) => ({ ...user }));
  return (state.ctx.base?.passwd ?? []).map((user) => ({ ...user }));
}

/** Whether a command-line flag is present, in any of its spellings. */
export function hasFlag(args: readonly string[], ...names: string[]): boolean {
  return args.some(
    (arg) => names.includes(arg) || names.some((name) => name.startsWith("--") && arg.startsWith(`${name}=`)),
  );
}

/** The value of `-o x`, `-ox`, `--out x` or `--out=x`; the last one wins. */
export function flagValue(args: readonly string[], ...names: string[]): string | null {
  let value: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    for (const name of names) {
      if (arg === name && i + 1 < args.length) value = args[i + 1] as string;
      else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
      else if (!name.startsWith("--") && name.length === 2 && arg.startsWith(name) && arg.length > 2)
        value = arg.slice(2);
    }
  }
  return value;
}

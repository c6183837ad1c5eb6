// "command not found", as the stage's shell prints it. A toolchain command counts as present when
// the base image's catalog entry ships its runtime or the filesystem has the program on PATH (an
// earlier `apk add go`, a COPY of a binary); for an image outside the catalog nobody can tell.
import type { RuntimeKind } from "../../catalog";
import type { Invocation, Outcome, ShellState } from "../runState";
import { at } from "../writeNodes";

/** The shell's own words: dash `/bin/sh: 1: x: not found`, BusyBox `/bin/sh: x: not found`, bash `… command not found`. */
export function notFoundMessage(state: ShellState, program: string): string {
  const shell = state.ctx.shell[0] ?? "/bin/sh";
  if (shell.endsWith("bash")) return `${shell}: line 1: ${program}: command not found`;
  if (state.ctx.base?.shell.kind?.startsWith("busybox")) return `${shell}: ${program}: not found`;
  return `${shell}: 1: ${program}: not found`;
}

export function notFound(state: ShellState, program: string, fix: string): Outcome {
  return {
    status: 127,
    note: `${program} is not in this image`,
    error: notFoundMessage(state, program),
    fix,
    missing: program,
  };
}

/** The first PATH directory holding `name`, or null. */
export function findOnPath(
  state: ShellState,
  name: string,
  env: Readonly<Record<string, string>>,
): string | null {
  for (const dir of (env.PATH ?? "").split(":")) {
    if (!dir.startsWith("/")) continue;
    const path = `${dir === "/" ? "" : dir}/${name}`;
    // lstat: a shim whose target the model does not list (corepack's) still counts.
    if (state.fs.stat(path)) return path;
  }
  return null;
}

/**
 * The "not found" outcome when the program cannot run here: a path (./mvnw) that does not exist, or
 * a toolchain whose runtime the base lacks and no PATH directory holds. Null when it can run.
 */
export function missingProgram(
  call: Invocation,
  runtimes: readonly RuntimeKind[],
  fix: string,
): Outcome | null {
  const { state } = call;
  if (call.programPath.includes("/")) {
    const path = at(state, call.programPath);
    return state.fs.resolve(path) || state.fs.bulkAncestor(path)
      ? null
      : notFound(state, call.programPath, fix);
  }
  if (findOnPath(state, call.program, call.env)) return null;
  const base = state.ctx.base;
  if (base && (base.family === "unknown" || base.runtimes.some((runtime) => runtimes.includes(runtime.kind))))
    return null;
  return notFound(state, call.program, fix);
}

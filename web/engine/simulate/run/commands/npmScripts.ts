// Scripts of package.json (`npm run build`, `yarn build`) and `npm prune`. A script's commands run
// through the shell like any RUN text; the build tools they call are in jsBuildTools.ts.
import { DURATION } from "../estimateDuration";
import type { Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { fork } from "../runShellList";
import { runScriptText } from "../runScriptText";
import type { NodeProject } from "./readNodeProject";
import { hasNativeAddon, modulesPath, modulesSize, readNodeProject } from "./readNodeProject";

/**
 * `npm run NAME`: npm runs the pre/post scripts around it, each with `sh -c` and the project's
 * node_modules/.bin first on PATH, so the tools a script names are the installed ones.
 */
export function runScript(call: Invocation, manager: string, name: string): Outcome {
  const { state } = call;
  const project = readNodeProject(state, state.cwd);
  if (!project.readable) {
    return {
      status: null,
      known: false,
      note: `runs the "${name}" script of a package.json Stageplay cannot read`,
    };
  }
  const script = project.scripts[name];
  if (script === undefined) {
    const error =
      manager === "npm" ? `npm error Missing script: "${name}"` : `error Command "${name}" not found.`;
    return { status: 1, note: `package.json has no "${name}" script`, error };
  }
  const child = fork(state);
  child.env.PATH = `${modulesPath(state.cwd)}/.bin:${state.env.PATH ?? ""}`;
  child.env.npm_lifecycle_event = name;
  const names = manager === "pnpm" ? [name] : [`pre${name}`, name, `post${name}`];
  for (const each of names) {
    const text = project.scripts[each];
    if (text === undefined) continue;
    const status = runScriptText(text, child, `${manager} run ${each}`);
    if (status.code !== 0) {
      const inner = child.lastError;
      return {
        status: status.code,
        note: `the "${each}" script failed: ${text}`,
        ...(inner ? { error: inner.message } : {}),
        ...(inner?.fix ? { fix: inner.fix } : {}),
      };
    }
  }
  return ok(`ran the "${name}" script: ${script}`);
}

export function prune(call: Invocation, project: NodeProject): Outcome {
  const path = modulesPath(call.state.cwd);
  const node = call.state.fs.stat(path);
  if (!node) return ok("nothing to prune");
  const size = modulesSize(project, true);
  const libc = call.state.ctx.base?.libc.family ?? "glibc";
  call.state.fs.write({
    ...node,
    origin: call.state.origin,
    sizeBytes: size.bytes,
    ...(size.estimated ? { estimated: true } : {}),
    facts: [
      {
        kind: "node-modules",
        packages: project.dependencies,
        production: true,
        native: hasNativeAddon(project.dependencies) ? libc : null,
      },
    ],
  });
  return ok(`removed devDependencies from ${path}: ${(size.bytes / 1e6).toFixed(1)} MB left`, {
    durationMs: DURATION.npmBase,
    durationNote: "npm prune",
  });
}

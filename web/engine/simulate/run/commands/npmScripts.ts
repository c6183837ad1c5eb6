// Scripts of package.json (`npm run build`, `yarn build`) and `npm prune`. A build writes dist/ or
// build/ and fails when the devDependency that provides its tool was left out (learner question 5).
import { DURATION } from "../estimateDuration";
import type { Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { at, put } from "../writeNodes";
import type { NodeProject } from "./readNodeProject";
import { buildTool, hasNativeAddon, modulesPath, modulesSize, readNodeProject } from "./readNodeProject";

export function runScript(call: Invocation, manager: string, name: string): Outcome {
  const { state } = call;
  const project = readNodeProject(state, state.cwd);
  if (!project.readable)
    return {
      status: null,
      known: false,
      note: `runs the "${name}" script of a package.json Stageplay cannot read`,
    };
  const script = project.scripts[name];
  if (script === undefined) {
    return {
      status: 1,
      note: `package.json has no "${name}" script`,
      error: `npm error Missing script: "${name}"`,
    };
  }
  const tool = buildTool(script);
  if (!tool.packageName || !tool.output)
    return { status: null, known: false, note: `runs "${script}", which Stageplay does not model` };
  const modules = state.fs.stat(modulesPath(call.state.cwd));
  const fact = modules?.facts.find((candidate) => candidate.kind === "node-modules");
  const present =
    fact?.kind === "node-modules"
      ? fact.packages.includes(tool.packageName)
      : modules !== undefined && modules.facts.length === 0;
  if (!present) {
    const dropped =
      fact?.kind === "node-modules" && fact.production && project.devDependencies.includes(tool.packageName);
    return {
      status: 127,
      note: `${tool.command} is not installed in ${modulesPath(call.state.cwd)}`,
      error: state.ctx.base?.shell.kind?.startsWith("busybox")
        ? `sh: ${tool.command}: not found`
        : `sh: 1: ${tool.command}: not found`,
      fix: dropped
        ? `${tool.packageName} is a devDependency and this install left devDependencies out (--omit=dev or NODE_ENV=production): install everything in the build stage, and prune in a separate stage.`
        : `Install the dependencies (${manager} ${manager === "npm" ? "ci" : "install"}) before running the build.`,
    };
  }
  const output = at(state, tool.output);
  const figure = project.figure?.buildOutput;
  // EST for builds outside the catalog: about 1 MB of bundled JavaScript and assets.
  const bytes = figure?.size.bytes ?? 1_000_000;
  if (state.fs.stat(output)) state.fs.remove(output);
  put(state, output, {
    type: "dir",
    bulk: true,
    sizeBytes: bytes,
    estimated: figure?.size.estimated ?? true,
    facts: tool.staticSite
      ? [{ kind: "static-site" }]
      : [{ kind: "source", language: "javascript", imports: project.dependencies }],
  });
  const duration =
    tool.command === "vite"
      ? DURATION.viteBuild
      : tool.command === "react-scripts" || tool.command === "webpack"
        ? DURATION.webpackBuild
        : DURATION.otherBuild;
  return ok(
    `${tool.command} wrote ${output} (${(bytes / 1e6).toFixed(2)} MB${figure ? "" : ", estimated"})`,
    {
      durationMs: duration,
      durationNote: `${manager} run ${name} (${tool.command})`,
    },
  );
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

// The build tools package.json scripts call: vite, react-scripts, next, tsc, nest, webpack, ng.
// Each runs from node_modules/.bin, so it is "not found" when the install left its package out
// (learner question 5: `sh: 1: vite: not found` after `npm ci --omit=dev`).
import type { FileFact } from "../../types";
import { DURATION } from "../estimateDuration";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { at, put } from "../writeNodes";
import { modulesPath, readNodeProject } from "./readNodeProject";
import { nextBuild } from "./nextBuild";
import { findOnPath, notFoundMessage } from "./requireProgram";

interface JsTool {
  packageName: string;
  /** The argument that makes it build (`vite build`); null when any invocation builds (tsc, webpack). */
  buildArg: string | null;
  output: string;
  /** A browser bundle (static files a web server serves) rather than JavaScript node runs. */
  staticSite: boolean;
  durationMs: number;
}

export const JS_TOOLS: Readonly<Record<string, JsTool>> = {
  vite: {
    packageName: "vite",
    buildArg: "build",
    output: "dist",
    staticSite: true,
    durationMs: DURATION.viteBuild,
  },
  "react-scripts": {
    packageName: "react-scripts",
    buildArg: "build",
    output: "build",
    staticSite: true,
    durationMs: DURATION.webpackBuild,
  },
  next: {
    packageName: "next",
    buildArg: "build",
    output: ".next",
    staticSite: false,
    durationMs: DURATION.webpackBuild,
  },
  tsc: {
    packageName: "typescript",
    buildArg: null,
    output: "dist",
    staticSite: false,
    durationMs: DURATION.viteBuild,
  },
  nest: {
    packageName: "@nestjs/cli",
    buildArg: "build",
    output: "dist",
    staticSite: false,
    durationMs: DURATION.otherBuild,
  },
  webpack: {
    packageName: "webpack",
    buildArg: null,
    output: "dist",
    staticSite: true,
    durationMs: DURATION.webpackBuild,
  },
  ng: {
    packageName: "@angular/cli",
    buildArg: "build",
    output: "dist",
    staticSite: true,
    durationMs: DURATION.webpackBuild,
  },
};

/** Whether node_modules in `dir` holds the package (a tree without a fact is given the benefit of the doubt). */
function installed(call: Invocation, packageName: string): { present: boolean; dropped: boolean } {
  const modules = call.state.fs.stat(modulesPath(call.state.cwd));
  const fact = modules?.facts.find((candidate) => candidate.kind === "node-modules");
  if (fact?.kind !== "node-modules") return { present: modules !== undefined, dropped: false };
  return { present: fact.packages.includes(packageName), dropped: fact.production };
}

/** tsc writes to compilerOptions.outDir, or nothing with noEmit (Vite's TypeScript templates type-check only). */
function tscOutput(call: Invocation): string | null {
  const args = call.args;
  const project = args.includes("-p")
    ? args[args.indexOf("-p") + 1]
    : args.includes("--project")
      ? args[args.indexOf("--project") + 1]
      : null;
  const file = at(
    call.state,
    project && project.endsWith(".json") ? project : `${project ?? "."}/tsconfig.json`,
  );
  const text = call.state.fs.readText(file) ?? "";
  if (args.includes("--noEmit") || /"noEmit"\s*:\s*true/.test(text) || /"references"\s*:/.test(text))
    return null;
  return args.includes("--outDir")
    ? (args[args.indexOf("--outDir") + 1] ?? "dist")
    : (/"outDir"\s*:\s*"([^"]+)"/.exec(text)?.[1] ?? "dist");
}

function runTool(call: Invocation, name: string, tool: JsTool): Outcome {
  const { state } = call;
  const { present, dropped } = installed(call, tool.packageName);
  // Outside a package.json script node_modules/.bin is not on PATH: only a global install counts.
  const viaNpm = call.env.npm_lifecycle_event !== undefined || call.env.npm_command === "exec";
  const reachable = viaNpm ? present : findOnPath(state, name, call.env) !== null;
  if (!reachable) {
    // Under npm/yarn the script runs in `sh -c`, which names itself "sh".
    const inScript = viaNpm;
    const busybox = state.ctx.base?.shell.kind?.startsWith("busybox") ?? false;
    const error = inScript
      ? busybox
        ? `sh: ${name}: not found`
        : `sh: 1: ${name}: not found`
      : notFoundMessage(state, name);
    return {
      status: 127,
      note: `${name} is not installed in ${modulesPath(state.cwd)}`,
      error,
      missing: viaNpm ? `${modulesPath(state.cwd)}/.bin/${name}` : name,
      fix: dropped
        ? `${tool.packageName} is a devDependency and this install left devDependencies out (--omit=dev or NODE_ENV=production): install everything in the build stage, and prune in a separate stage.`
        : "Install the dependencies (npm ci) before running the build.",
    };
  }
  if (tool.buildArg !== null && !call.args.includes(tool.buildArg)) {
    return {
      status: null,
      partial: true,
      writesUnknown: true,
      note: `${name} ${call.args.join(" ")} is not a build; its effect is not modelled`,
    };
  }
  if (name === "next") return nextBuild(call, readNodeProject(state, state.cwd));
  const outputDir = name === "tsc" ? tscOutput(call) : tool.output;
  if (outputDir === null)
    return ok("type-checked the sources (no files written)", {
      durationMs: tool.durationMs,
      durationNote: name,
    });
  const output = at(state, outputDir);
  const project = readNodeProject(state, state.cwd);
  const figure = name === "vite" ? project.figure?.buildOutput : undefined;
  // EST for builds outside the catalog: about 1 MB of bundled JavaScript and assets.
  const bytes = figure?.size.bytes ?? 1_000_000;
  const facts: FileFact[] = tool.staticSite
    ? [{ kind: "static-site" }]
    : [{ kind: "source", language: "javascript", imports: project.dependencies }];
  if (state.fs.stat(output)) state.fs.remove(output);
  put(state, output, {
    type: "dir",
    bulk: true,
    sizeBytes: bytes,
    estimated: figure?.size.estimated ?? true,
    facts,
  });
  return ok(`${name} wrote ${output} (${(bytes / 1e6).toFixed(2)} MB${figure ? "" : ", estimated"})`, {
    durationMs: tool.durationMs,
    durationNote: `${name} build`,
  });
}

/** `npx tool …`: the installed tool, or a download from the registry Stageplay cannot follow. */
function npx(call: Invocation): Outcome {
  const args = call.args.filter((arg) => arg !== "--yes" && arg !== "-y" && arg !== "--no-install");
  const [name = "", ...rest] = args;
  const tool = JS_TOOLS[name];
  if (tool && installed(call, tool.packageName).present) {
    const env = { ...call.env, npm_command: "exec" };
    return runTool({ ...call, program: name, programPath: name, args: rest, env }, name, tool);
  }
  return {
    status: null,
    known: false,
    note: `npx runs ${name || "a package"}, fetched from the registry if it is not installed`,
  };
}

export const JS_TOOL_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  ...Object.fromEntries(
    Object.entries(JS_TOOLS).map(([name, tool]) => [name, (call: Invocation) => runTool(call, name, tool)]),
  ),
  npx,
};

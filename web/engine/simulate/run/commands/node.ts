// npm, yarn and pnpm: installs make a node_modules tree (production-only with --omit=dev,
// --production or NODE_ENV=production) and leave the package manager's cache behind. Scripts and
// prune are in npmScripts.ts.
import { DURATION } from "../estimateDuration";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { fill, hasFlag, put } from "../writeNodes";
import { hasNativeAddon, modulesPath, modulesSize, readNodeProject } from "./readNodeProject";
import { prune, runScript } from "./npmScripts";
import { missingProgram } from "./requireProgram";

type Manager = "npm" | "yarn" | "pnpm";

/** Packages whose command is not their name. */
const GLOBAL_BINS: Readonly<Record<string, string>> = {
  typescript: "tsc",
  "@nestjs/cli": "nest",
  "@angular/cli": "ng",
};

/** Options whose value is the next word (`--omit dev`), so it is not a package name. */
const VALUE_FLAGS = new Set([
  "--omit",
  "--include",
  "--workspace",
  "-w",
  "--prefix",
  "--registry",
  "--cache",
  "--filter",
  "--cwd",
]);

const CACHE_DIR: Record<Manager, (home: string) => string> = {
  npm: (home) => `${home}/.npm/_cacache`,
  // yarn v1 keeps its cache in /usr/local/share/.cache/yarn when run as root.
  yarn: (home) => (home === "/root" ? "/usr/local/share/.cache/yarn" : `${home}/.cache/yarn`),
  pnpm: (home) => `${home}/.local/share/pnpm/store`,
};

/** The cache directory, as npm_config_cache / YARN_CACHE_FOLDER / the default puts it. */
function cacheOf(call: Invocation, manager: Manager): string {
  if (manager === "npm" && call.env.npm_config_cache) return `${call.env.npm_config_cache}/_cacache`;
  if (manager === "yarn" && call.env.YARN_CACHE_FOLDER) return call.env.YARN_CACHE_FOLDER;
  return CACHE_DIR[manager](homeOf(call));
}

function homeOf(call: Invocation): string {
  const home = call.env.HOME ?? call.state.owner.home;
  return home === "/" ? "/root" : home;
}

function modulesPathOf(call: Invocation): string {
  return modulesPath(call.state.cwd);
}

/** npm: --omit=dev (or `--omit dev`), --only=prod, --production; yarn --production; pnpm --prod/-P; or NODE_ENV. */
function production(call: Invocation, manager: Manager): boolean {
  const { args, env } = call;
  if (args.some((arg) => /^--(include=dev|production=false|prod=false)$/.test(arg))) return false;
  const flag = manager === "npm" ? /^--(omit=dev|only=prod(uction)?|production)$/ : /^(--prod(uction)?|-P)$/;
  const omitDev = args.some((arg, i) => arg === "--omit" && args[i + 1] === "dev");
  return omitDev || args.some((arg) => flag.test(arg)) || env.NODE_ENV === "production";
}

function install(call: Invocation, manager: Manager, strict: boolean): Outcome {
  const { state } = call;
  const project = readNodeProject(state, state.cwd);
  if (!project.exists) {
    const path = `${modulesPathOf(call).slice(0, -"/node_modules".length)}/package.json`;
    return {
      status: 1,
      note: "no package.json here",
      error: `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'`,
      missing: path,
      fix: "COPY package.json (and the lockfile) into the WORKDIR before installing.",
    };
  }
  if (strict && manager === "npm" && !project.lockfile) {
    return {
      status: 1,
      note: "npm ci needs a lockfile",
      error:
        "npm error The `npm ci` command can only install with an existing package-lock.json or npm-shrinkwrap.json with lockfileVersion >= 1.",
      missing: `${state.cwd === "/" ? "" : state.cwd}/package-lock.json`,
      fix: "COPY package-lock.json next to package.json, or use npm install.",
    };
  }
  const prod = production(call, manager);
  const size = modulesSize(project, prod);
  const packages = prod ? project.dependencies : [...project.dependencies, ...project.devDependencies];
  const libc = state.ctx.base?.libc.family ?? "glibc";
  const path = modulesPathOf(call);
  if (state.fs.stat(path)) state.fs.remove(path);
  put(state, path, {
    type: "dir",
    bulk: true,
    sizeBytes: size.bytes,
    estimated: size.estimated || !project.readable,
    facts: [
      { kind: "node-modules", packages, production: prod, native: hasNativeAddon(packages) ? libc : null },
    ],
  });
  const cacheFigure = project.figure?.npmCache;
  const cacheBytes = cacheFigure
    ? (cacheFigure.bytes * size.bytes) / Math.max(1, modulesSize(project, false).bytes)
    : size.bytes;
  const cachePath = cacheOf(call, manager);
  fill(state, cachePath, cacheBytes, {
    estimated: !cacheFigure || prod,
    facts: [{ kind: "cache", tool: manager }],
  });
  const mb = size.bytes / 1e6;
  const what = project.readable
    ? `${packages.length} direct dependenc${packages.length === 1 ? "y" : "ies"}`
    : "dependencies from an unread package.json";
  return ok(
    `installed ${what}${prod ? " (devDependencies left out)" : ""} into ${path}: ${mb.toFixed(1)} MB${size.estimated ? " (estimated)" : ""}; the download cache stays in ${cachePath}`,
    {
      partial: !project.readable,
      durationMs: DURATION.npmBase + mb * DURATION.npmPerMB,
      durationNote: `${manager} ${strict ? "ci" : "install"}${project.figure ? ` (${project.figure.name})` : ""}`,
    },
  );
}

function addPackages(call: Invocation, manager: Manager, names: readonly string[], global: boolean): Outcome {
  const { state } = call;
  // EST: an arbitrary package with its dependencies, about 2 MB.
  const each = 2_000_000;
  if (global) {
    for (const name of names) {
      const bare = name.replace(/(.)@.*$/, "$1");
      put(state, `/usr/local/lib/node_modules/${bare}`, {
        type: "dir",
        bulk: true,
        sizeBytes: each,
        estimated: true,
      });
      // npm links the package's bin script (its name is in the package's package.json, which
      // Stageplay does not have: it lies inside the tree modelled as one block).
      const bin = GLOBAL_BINS[bare] ?? bare.split("/").pop();
      put(state, `/usr/local/bin/${bin}`, {
        type: "symlink",
        target: `../lib/node_modules/${bare}/bin/${bin}`,
      });
    }
    return ok(`installed ${names.join(", ")} globally (sizes estimated)`, {
      durationMs: DURATION.npmBase,
      durationNote: `${manager} install -g`,
    });
  }
  const path = modulesPathOf(call);
  const existing = state.fs.stat(path);
  const fact = existing?.facts.find((candidate) => candidate.kind === "node-modules");
  const packages = [
    ...(fact?.kind === "node-modules" ? fact.packages : []),
    ...names.map((name) => name.replace(/(.)@.*$/, "$1")),
  ];
  put(state, path, {
    type: "dir",
    bulk: true,
    sizeBytes: (existing?.sizeBytes ?? 0) + names.length * each,
    estimated: true,
    facts: [
      {
        kind: "node-modules",
        packages,
        production: fact?.kind === "node-modules" ? fact.production : false,
        native: null,
      },
    ],
  });
  return ok(`added ${names.join(", ")} to ${path} (sizes estimated)`, {
    durationMs: DURATION.npmBase,
    durationNote: `${manager} add`,
  });
}

function packageManager(manager: Manager): CommandHandler {
  return (call) => {
    const missing = missingProgram(
      call,
      manager === "pnpm" ? [] : ["node"],
      manager === "pnpm"
        ? "Run corepack enable (or npm install -g pnpm) first."
        : "Build in a node image, then COPY the output.",
    );
    if (missing) return missing;
    const positional = call.args.filter(
      (arg, i) => !arg.startsWith("-") && !VALUE_FLAGS.has(call.args[i - 1] ?? ""),
    );
    const [sub = manager === "yarn" ? "install" : "", ...rest] = positional;
    const global = hasFlag(call.args, "-g", "--global") || (manager === "yarn" && sub === "global");
    switch (sub) {
      case "ci":
        return install(call, manager, true);
      case "install":
      case "i":
      case "add":
        if (rest.length > 0 || sub === "add")
          return addPackages(call, manager, global && manager === "yarn" ? rest.slice(1) : rest, global);
        return install(
          call,
          manager,
          manager === "npm" ? false : hasFlag(call.args, "--frozen-lockfile", "--immutable"),
        );
      case "run":
      case "run-script":
        return runScript(call, manager, rest[0] ?? "");
      case "build":
      case "test":
        return sub === "build"
          ? runScript(call, manager, "build")
          : ok("runs the tests", {
              partial: true,
              durationMs: DURATION.otherBuild,
              durationNote: `${manager} test`,
            });
      case "prune":
        return prune(call, readNodeProject(call.state, call.state.cwd));
      case "cache": {
        if (!rest.includes("clean") && !rest.includes("prune")) return ok("prints cache information");
        const path = cacheOf(call, manager);
        if (call.state.fs.stat(path)) call.state.fs.remove(path);
        return ok(`emptied ${path}`);
      }
      case "config":
      case "--version":
      case "-v":
        return ok("changes npm's settings or prints them");
      default:
        return { status: null, known: false, note: `${manager} ${sub} is not modelled` };
    }
  };
}

export const NODE_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  npm: packageManager("npm"),
  yarn: packageManager("yarn"),
  pnpm: packageManager("pnpm"),
  corepack: (call) => {
    if (call.args[0] !== "enable") return ok("manages package manager versions");
    for (const name of ["pnpm", "yarn"])
      put(call.state, `/usr/local/bin/${name}`, {
        type: "symlink",
        target: `../lib/node_modules/corepack/dist/${name}.js`,
      });
    return ok("put the pnpm and yarn shims in /usr/local/bin");
  },
};

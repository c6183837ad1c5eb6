// go build and go mod download. Whether the binary is static decides where it runs (learner
// question 10): cgo is on when CGO_ENABLED says so, else when a C compiler is there (golang's Debian
// images ship gcc, its Alpine images do not). A cgo build of a program using net or os/user links
// the stage's libc dynamically; CGO_ENABLED=0 gives a static binary that runs on scratch.
import { BINARIES } from "../../catalog";
import type { GoRuntime } from "../../catalog";
import type { FileFact } from "../../types";
import { DURATION } from "../estimateDuration";
import { basename } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { ok } from "../runState";
import { at, flagValue, fill, put } from "../writeNodes";
import { missingProgram } from "./requireProgram";

/** go build flags whose value is the next word. */
const GO_VALUE_FLAGS = new Set([
  "-o",
  "-ldflags",
  "-tags",
  "-gcflags",
  "-asmflags",
  "-mod",
  "-modfile",
  "-buildvcs",
  "-buildmode",
  "-p",
  "-installsuffix",
  "-pkgdir",
  "-overlay",
  "-pgo",
  "-compiler",
  "-gccgoflags",
  "-toolexec",
  "-C",
]);

const GO_BINARIES = BINARIES.filter((binary) => binary.toolchain === "go");
const STATIC_119 = GO_BINARIES.find(
  (binary) => binary.linkage === "static" && !binary.stripped && binary.build === "CGO_ENABLED=0 go build",
);
const STRIPPED_119 = GO_BINARIES.find((binary) => binary.stripped);
const CGO_119 = GO_BINARIES.find((binary) => binary.linkage === "dynamic");
const STATIC_122 = GO_BINARIES.find((binary) => binary.build.includes("1.22+"));

/**
 * Module cache per required module (go mod download): EST ~2 MB a module with its source, not in
 * image-facts.md.
 */
const MODULE_CACHE_BYTES = 2_000_000;

function goRuntime(state: ShellState): GoRuntime | null {
  const runtime = state.ctx.base?.runtimes.find((candidate) => candidate.kind === "go");
  return runtime?.kind === "go" ? runtime : null;
}

function compilerPresent(state: ShellState): boolean {
  const gcc = state.fs.resolve("/usr/bin/gcc");
  return gcc !== undefined || (goRuntime(state)?.cgoDefault ?? false);
}

/**
 * Whether a cgo build links the C library: only when the program imports a package with a cgo
 * implementation (net and net/…, os/user) or C itself; a program that imports none of them is
 * static even with cgo on. Read from the Go sources' text under `dir`; "unknown" when there is none
 * to read (no build context), and then a server is the likely case.
 */
function usesCgoPackages(state: ShellState, dir: string): boolean | "unknown" {
  const sources = state.fs
    .walk(dir)
    .filter((node) => node.path.endsWith(".go") && !node.path.endsWith("_test.go"));
  const texts = sources.map((node) => state.fs.readText(node.path));
  if (texts.length === 0 || texts.some((text) => text === undefined)) return "unknown";
  return texts.some((text) => goImports(text as string).some(linksLibc));
}

function linksLibc(name: string): boolean {
  return name === "C" || name === "net" || name.startsWith("net/") || name === "os/user";
}

/** The import paths of a Go source file: `import "x"`, `import alias "x"` and `import ( … )` blocks. */
export function goImports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/[^\n]*/g, "");
  const imports: string[] = [];
  for (const match of code.matchAll(/\bimport\s*(\(([^)]*)\)|[\w.]*\s*"([^"]+)")/g)) {
    if (match[3] !== undefined) imports.push(match[3]);
    else for (const quoted of (match[2] ?? "").matchAll(/"([^"]+)"/g)) imports.push(quoted[1] as string);
  }
  return imports;
}

function moduleName(state: ShellState): string | null {
  const text = state.fs.readText(at(state, "go.mod"));
  const module = text ? /^module\s+(\S+)/m.exec(text)?.[1] : undefined;
  return module ? (module.split("/").pop() ?? null) : null;
}

/** The nearest go.mod from `dir` up, or whether one may exist in a tree not modelled file by file. */
function hasGoMod(state: ShellState, dir: string): boolean {
  for (let each = dir; ; each = each.slice(0, each.lastIndexOf("/")) || "/") {
    if (state.fs.mayExist(`${each === "/" ? "" : each}/go.mod`)) return true;
    if (each === "/") return false;
  }
}

/** `requireModule`: false for `go install pkg@version`, which needs no go.mod. */
function build(call: Invocation, requireModule = true): Outcome {
  const { state, args } = call;
  const runtime = goRuntime(state);
  const cgoSetting = call.env.CGO_ENABLED;
  const cgo = cgoSetting === undefined || cgoSetting === "" ? compilerPresent(state) : cgoSetting === "1";
  const ldflags = (flagValue(args, "-ldflags", "--ldflags") ?? "").replace(/["']/g, "");
  const stripped = /-s\b/.test(ldflags) && /-w\b/.test(ldflags);
  const forcedStatic = /-extldflags[= ]+-static/.test(ldflags) || /-static\b/.test(ldflags);
  const packages = args.filter((arg, i) => !arg.startsWith("-") && !GO_VALUE_FLAGS.has(args[i - 1] ?? ""));
  const filesOnly = packages.length > 0 && packages.every((arg) => arg.endsWith(".go"));
  if (requireModule && !filesOnly && call.env.GO111MODULE !== "off" && !hasGoMod(state, state.cwd)) {
    return {
      status: 1,
      note: "no go.mod here or above",
      error: "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
      missing: at(state, "go.mod"),
      fix: "COPY go.mod (and go.sum) into the WORKDIR before building, or set WORKDIR to the module's directory.",
    };
  }
  const packageDir =
    packages[0] && !packages[0].endsWith(".go") && packages[0] !== "./..."
      ? at(state, packages[0])
      : state.cwd;
  const defaultName =
    packageDir === state.cwd ? (moduleName(state) ?? basename(state.cwd)) : basename(packageDir);
  const output = flagValue(args, "-o");
  let path = output ? at(state, output) : at(state, defaultName || "main");
  if (output && (output.endsWith("/") || state.fs.resolve(path)?.type === "dir"))
    path = `${path}/${defaultName}`;
  const usesLibc = cgo && !forcedStatic ? usesCgoPackages(state, packageDir) : false;
  const dynamic = usesLibc !== false;
  const libc = state.ctx.base?.libc.family ?? "glibc";
  const modern = runtime ? Number(runtime.version.split(".")[1] ?? "0") >= 22 : true;
  const unstripped = modern ? STATIC_122 : dynamic ? CGO_119 : STATIC_119;
  const figure = unstripped?.size;
  let bytes = figure?.bytes ?? 7_500_000;
  // Stripping saves the same share it did on the measured 1.19 binary (4.47 of 6.46 MB).
  if (stripped && STRIPPED_119 && STATIC_119)
    bytes = Math.round((bytes * STRIPPED_119.size.bytes) / STATIC_119.size.bytes);
  const fact: FileFact = dynamic
    ? {
        kind: "elf",
        linkage: "dynamic",
        libc,
        needs: [],
        producer: "go",
        ...(usesLibc === "unknown" ? { guessed: true } : {}),
      }
    : { kind: "elf", linkage: "static", libc: "none", needs: [], producer: "go" };
  put(state, path, { sizeBytes: bytes, mode: 0o755, estimated: figure?.estimated ?? true, facts: [fact] });
  // The build cache: compiled packages, ~/.cache/go-build. EST ~30 MB for a net/http server
  // (the standard library's compiled packages); not in image-facts.md.
  const goCache = call.env.GOCACHE || `${call.env.HOME ?? state.owner.home}/.cache/go-build`;
  fill(state, goCache, 30_000_000, {
    estimated: true,
    facts: [{ kind: "cache", tool: "go" }],
  });
  const cgoWhy = `cgo is on${cgoSetting === undefined ? " because a C compiler is installed" : ""}`;
  const linkage =
    usesLibc === "unknown"
      ? `probably dynamically linked against ${libc} (${cgoWhy}, and a program that imports net, os/user or C links the C library; Stageplay could not read the sources)`
      : dynamic
        ? `dynamically linked against ${libc} (${cgoWhy}, and the program imports net, os/user or C)`
        : cgo && !forcedStatic
          ? "static (cgo is on, but the program imports nothing that needs the C library)"
          : "static (runs without a libc)";
  const cache = `; compiled packages stay in the build cache, ${goCache}`;
  return ok(
    `built ${path}: ${(bytes / 1e6).toFixed(1)} MB, ${linkage}${stripped ? ", stripped" : ""}${cache}`,
    {
      durationMs: DURATION.goBuild,
      durationNote: "go build",
    },
  );
}

function modDownload(call: Invocation): Outcome {
  const { state } = call;
  const text = state.fs.readText(at(state, "go.mod"));
  if (text === undefined && !state.fs.mayExist(at(state, "go.mod"))) {
    return {
      status: 1,
      note: "no go.mod here",
      error: "go: go.mod file not found in current directory or any parent directory; see 'go help modules'",
      missing: at(state, "go.mod"),
    };
  }
  const requires = text
    ? [...text.matchAll(/^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]+\/\S+)\s+v\S+/gm)].length
    : 0;
  const gopath = call.env.GOPATH || goRuntime(state)?.gopath || "/go";
  // With go.mod's text unknown, one module's worth is assumed; with no requirements, nothing is fetched.
  const bytes = (text === undefined ? 1 : requires) * MODULE_CACHE_BYTES;
  if (bytes > 0)
    fill(state, call.env.GOMODCACHE || `${gopath}/pkg/mod`, bytes, {
      estimated: true,
      facts: [{ kind: "cache", tool: "go" }],
    });
  return ok(
    `downloaded ${requires} module${requires === 1 ? "" : "s"} into ${call.env.GOMODCACHE || `${gopath}/pkg/mod`} (size estimated)`,
    {
      partial: text === undefined,
      durationMs: DURATION.goModDownload,
      durationNote: "go mod download",
    },
  );
}

/** `go install pkg@version`: a `go build` whose output goes to $GOBIN (or $GOPATH/bin). */
function install(call: Invocation): Outcome {
  const args = call.args.slice(1);
  const target = args.find((arg) => !arg.startsWith("-")) ?? ".";
  const path = target
    .replace(/@.*$/, "")
    .replace(/\/v\d+$/, "")
    .replace(/\/\.\.\.$/, "");
  const name = path === "." ? (moduleName(call.state) ?? basename(call.state.cwd)) : basename(path);
  const gobin = call.env.GOBIN || `${call.env.GOPATH || goRuntime(call.state)?.gopath || "/go"}/bin`;
  const local = target.startsWith(".") || target.startsWith("/");
  const rest = args.filter((arg) => arg !== target);
  return build({ ...call, args: ["-o", `${gobin}/${name}`, ...rest, ...(local ? [target] : [])] }, local);
}

function go(call: Invocation): Outcome {
  const missing = missingProgram(
    call,
    ["go"],
    "This image has no Go toolchain: build in a golang image and COPY the binary out.",
  );
  if (missing) return missing;
  const [sub = "", second = ""] = call.args;
  if (sub === "build") return build({ ...call, args: call.args.slice(1) });
  if (sub === "mod" && second === "download") return modDownload(call);
  if (sub === "mod" && (second === "tidy" || second === "verify"))
    return ok(`go mod ${second}`, { partial: second === "tidy" });
  if (sub === "install") return install(call);
  if (sub === "test" || sub === "vet" || sub === "version" || sub === "env")
    return ok(`go ${sub} changes no files in the image`, {
      durationMs: sub === "test" ? DURATION.goBuild : 0,
      durationNote: `go ${sub}`,
    });
  return { status: null, known: false, note: `go ${sub} is not modelled` };
}

export const GO_COMMANDS: Readonly<Record<string, CommandHandler>> = { go };

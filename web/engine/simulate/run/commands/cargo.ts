// cargo build. A binary for the gnu target links glibc and libgcc_s (it needs distroless/cc or
// Debian); the musl target (rust:alpine's default) is static and runs on scratch (image-facts.md §2).
import { BINARIES } from "../../catalog";
import type { RustRuntime } from "../../catalog";
import type { FileFact } from "../../types";
import { DURATION } from "../estimateDuration";
import { basename } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { ok } from "../runState";
import { at, flagValue, fill, hasFlag, put } from "../writeNodes";
import { missingProgram } from "./requireProgram";

const RUST = BINARIES.filter((binary) => binary.toolchain === "rust");
const STD_ONLY = RUST.find((binary) => binary.name === "rust-tcp-server" && !binary.stripped);
const STD_ONLY_STRIPPED = RUST.find((binary) => binary.name === "rust-tcp-server" && binary.stripped);
const WEB = RUST.find((binary) => binary.name === "rust-web-server");
const GO_PLAIN = BINARIES.find(
  (binary) => binary.toolchain === "go" && binary.build === "CGO_ENABLED=0 go build",
);
const GO_STRIPPED = BINARIES.find((binary) => binary.toolchain === "go" && binary.stripped);

/** The share of a binary `strip` keeps, from the measured pairs in image-facts.md §3. */
function strippedShare(producer: string | undefined): number {
  const [plain, stripped] = producer === "rust" ? [STD_ONLY, STD_ONLY_STRIPPED] : [GO_PLAIN, GO_STRIPPED];
  return plain && stripped ? stripped.size.bytes / plain.size.bytes : 0.7;
}

/**
 * Not in image-facts.md, EST: target/ keeps every compiled crate (~8 MB a direct dependency, rlibs
 * and build scripts included) and cargo's registry keeps sources (~1.5 MB a direct dependency).
 */
const TARGET_PER_DEPENDENCY = 8_000_000;
const REGISTRY_PER_DEPENDENCY = 1_500_000;
/** A debug build is several times larger than a release one (debug info, no optimisation), EST ×3. */
const DEBUG_FACTOR = 3;

function rustRuntime(state: ShellState): RustRuntime | null {
  const runtime = state.ctx.base?.runtimes.find((candidate) => candidate.kind === "rust");
  return runtime?.kind === "rust" ? runtime : null;
}

function manifest(state: ShellState): {
  name: string | null;
  dependencies: number;
  stripped: boolean;
  readable: boolean;
} {
  const text = state.fs.readText(at(state, "Cargo.toml"));
  if (text === undefined) return { name: null, dependencies: 0, stripped: false, readable: false };
  const name = /\[package\][^[]*?^\s*name\s*=\s*"([^"]+)"/ms.exec(text)?.[1] ?? null;
  const section = /^\[dependencies\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(text)?.[1] ?? "";
  const dependencies = section.split("\n").filter((line) => /^\s*[A-Za-z0-9_-]+\s*=/.test(line)).length;
  const stripped = /^\s*strip\s*=\s*(true|"symbols")/m.test(text);
  return { name, dependencies, stripped, readable: true };
}

function build(call: Invocation): Outcome {
  const { state, args } = call;
  if (!state.fs.mayExist(at(state, "Cargo.toml"))) {
    return {
      status: 101,
      note: "no Cargo.toml here",
      error: `error: could not find \`Cargo.toml\` in \`${state.cwd}\` or any parent directory`,
      missing: at(state, "Cargo.toml"),
    };
  }
  const project = manifest(state);
  const release = hasFlag(args, "--release", "-r") || flagValue(args, "--profile") === "release";
  const runtime = rustRuntime(state);
  const target = flagValue(args, "--target") ?? call.env.CARGO_BUILD_TARGET ?? null;
  const musl = target
    ? target.includes("musl")
    : (runtime?.staticByDefault ?? state.ctx.base?.libc.family === "musl");
  const name = flagValue(args, "--bin") ?? project.name ?? basename(state.cwd);
  // CARGO_TARGET_DIR moves target/, often onto a cache mount (whose files never reach the layer).
  const targetDir = call.env.CARGO_TARGET_DIR || "target";
  const profileDir = `${target ? `${targetDir}/${target}` : targetDir}/${release ? "release" : "debug"}`;
  const path = at(state, `${profileDir}/${name}`);
  const figure =
    project.dependencies > 0 ? WEB?.size : project.stripped ? STD_ONLY_STRIPPED?.size : STD_ONLY?.size;
  const bytes = (figure?.bytes ?? 5_000_000) * (release ? 1 : DEBUG_FACTOR);
  const fact: FileFact = musl
    ? { kind: "elf", linkage: "static", libc: "none", needs: [], producer: "rust" }
    : { kind: "elf", linkage: "dynamic", libc: "glibc", needs: ["libgcc_s.so.1"], producer: "rust" };
  put(state, path, {
    sizeBytes: bytes,
    mode: 0o755,
    estimated: !release || (figure?.estimated ?? true),
    facts: [fact],
  });
  fill(state, at(state, `${profileDir}/deps`), Math.max(1, project.dependencies) * TARGET_PER_DEPENDENCY, {
    estimated: true,
    facts: [],
  });
  if (project.dependencies > 0) {
    const cargoHome = call.env.CARGO_HOME || runtime?.cargoHome || `${state.owner.home}/.cargo`;
    fill(state, `${cargoHome}/registry`, project.dependencies * REGISTRY_PER_DEPENDENCY, {
      estimated: true,
      facts: [{ kind: "cache", tool: "cargo" }],
    });
  }
  const linkage = musl ? "static (musl target)" : "dynamically linked against glibc and libgcc_s";
  return ok(`built ${path}: ${(bytes / 1e6).toFixed(2)} MB, ${linkage}`, {
    partial: !project.readable,
    durationMs: project.dependencies > 0 ? DURATION.cargoWithDeps : DURATION.cargoNoDeps,
    durationNote: `cargo build${release ? " --release" : ""}`,
  });
}

function cargoHome(call: Invocation): string {
  return call.env.CARGO_HOME || rustRuntime(call.state)?.cargoHome || `${call.state.owner.home}/.cargo`;
}

/** `cargo install --path .` builds in a temporary target dir and keeps only the binary, in $CARGO_HOME/bin. */
function install(call: Invocation): Outcome {
  const path = flagValue(call.args, "--path");
  if (path === null) {
    // A published crate (cargo-chef, sqlx-cli …): its size is unknown, EST ~10 MB.
    const crate = call.args.find((arg) => !arg.startsWith("-")) ?? "crate";
    put(call.state, `${cargoHome(call)}/bin/${crate}`, {
      sizeBytes: 10_000_000,
      estimated: true,
      mode: 0o755,
    });
    return ok(`installed ${crate} into ${cargoHome(call)}/bin (size estimated)`, {
      partial: true,
      durationMs: DURATION.cargoWithDeps,
      durationNote: `cargo install ${crate}`,
    });
  }
  const dir = at(call.state, path);
  const inDir = { ...call, state: { ...call.state, cwd: dir } };
  const built = build({ ...inDir, args: ["--release"] });
  if (built.status !== 0) return built;
  const name = manifest(inDir.state).name ?? basename(dir);
  const binary = call.state.fs.stat(`${dir}/target/release/${name}`);
  if (binary) {
    call.state.fs.remove(`${dir}/target`);
    call.state.fs.write({ ...binary, path: `${cargoHome(call)}/bin/${name}` });
  }
  return {
    ...built,
    note: `installed ${name} into ${cargoHome(call)}/bin (built in a temporary target dir)`,
  };
}

/** cargo-chef: `prepare` writes a recipe of the dependencies, `cook` builds only them (a cacheable layer). */
function chef(call: Invocation): Outcome {
  const recipe = at(call.state, flagValue(call.args, "--recipe-path") ?? "recipe.json");
  if (call.args.includes("prepare")) {
    put(call.state, recipe, { sizeBytes: 2_000, estimated: true });
    return ok(`wrote the dependency recipe ${recipe}`, {
      durationMs: DURATION.fileOp * 10,
      durationNote: "cargo chef prepare",
    });
  }
  if (!call.args.includes("cook"))
    return { status: null, known: false, note: "cargo chef subcommand not modelled" };
  if (!call.state.fs.mayExist(recipe)) {
    return {
      status: 1,
      note: `${recipe} is missing`,
      error: `Error: Failed to read recipe from ${recipe}`,
      missing: recipe,
    };
  }
  const release = call.args.includes("--release");
  // The recipe's dependency count is not read: EST as an axum-sized web service, ~40 crates' worth.
  fill(
    call.state,
    at(call.state, `target/${release ? "release" : "debug"}/deps`),
    (40 * TARGET_PER_DEPENDENCY) / 4,
    { estimated: true, facts: [] },
  );
  fill(call.state, `${cargoHome(call)}/registry`, (40 * REGISTRY_PER_DEPENDENCY) / 4, {
    estimated: true,
    facts: [{ kind: "cache", tool: "cargo" }],
  });
  return ok("built the dependencies only (sizes estimated), so a source change reuses this layer", {
    partial: true,
    durationMs: DURATION.cargoWithDeps,
    durationNote: "cargo chef cook",
  });
}

/** `strip` a binary: the share Go and Rust measurements lost (image-facts.md §3). */
function strip(call: Invocation): Outcome {
  const touched: string[] = [];
  for (const arg of call.args.filter((each) => !each.startsWith("-"))) {
    const path = at(call.state, arg);
    const node = call.state.fs.stat(path);
    const elf = node?.facts.find((fact) => fact.kind === "elf");
    if (!node || elf?.kind !== "elf") continue;
    const ratio = strippedShare(elf.producer);
    call.state.fs.write({
      ...node,
      origin: call.state.origin,
      sizeBytes: Math.round(node.sizeBytes * ratio),
      estimated: true,
    });
    touched.push(path);
  }
  return ok(
    touched.length > 0
      ? `stripped ${touched.join(", ")} (size estimated)`
      : "stripped files Stageplay does not model",
    {
      partial: touched.length === 0,
    },
  );
}

function cargo(call: Invocation): Outcome {
  const missing = missingProgram(
    call,
    ["rust"],
    "This image has no Rust toolchain: build in a rust image and COPY the binary out.",
  );
  if (missing) return missing;
  const sub = call.args.find((arg) => !arg.startsWith("-") && !arg.startsWith("+")) ?? "";
  const rest = call.args.filter((arg) => arg !== sub);
  if (sub === "build" || sub === "b") return build({ ...call, args: rest });
  if (sub === "fetch") {
    const project = manifest(call.state);
    const home =
      call.env.CARGO_HOME || rustRuntime(call.state)?.cargoHome || `${call.state.owner.home}/.cargo`;
    fill(call.state, `${home}/registry`, Math.max(1, project.dependencies) * REGISTRY_PER_DEPENDENCY, {
      estimated: true,
      facts: [{ kind: "cache", tool: "cargo" }],
    });
    return ok(`downloaded the crates into ${home}/registry (size estimated)`, {
      durationMs: DURATION.goModDownload,
      durationNote: "cargo fetch",
    });
  }
  if (sub === "install") return install({ ...call, args: rest });
  if (sub === "chef") return chef({ ...call, args: rest });
  if (sub === "test" || sub === "check" || sub === "clippy" || sub === "--version")
    return ok(`cargo ${sub}`, { partial: sub !== "--version" });
  return { status: null, known: false, note: `cargo ${sub} is not modelled` };
}

export const CARGO_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  cargo,
  strip,
  rustup: (call) =>
    call.args[0] === "target" && call.args[1] === "add"
      ? ok(`added the ${call.args[2] ?? ""} target`, { partial: true })
      : { status: null, known: false, note: "rustup is not modelled" },
};

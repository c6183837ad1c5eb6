// cargo build. A binary for the gnu target links glibc and libgcc_s (it needs distroless/cc or
// Debian); the musl target (rust:alpine's default) is static and runs on scratch (image-facts.md §2).
import { BINARIES } from "../../catalog";
import type { RustRuntime } from "../../catalog";
import type { FileFact } from "../../types";
import { DURATION } from "../estimateDuration";
import { basename } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { ok } from "../runState";
import { at, flagValue, grow, hasFlag, put } from "../writeNodes";
import { missingProgram } from "./requireProgram";

const RUST = BINARIES.filter((binary) => binary.toolchain === "rust");
const STD_ONLY = RUST.find((binary) => binary.name === "rust-tcp-server" && !binary.stripped);
const STD_ONLY_STRIPPED = RUST.find((binary) => binary.name === "rust-tcp-server" && binary.stripped);
const WEB = RUST.find((binary) => binary.name === "rust-web-server");

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
  const profileDir = `${target ? `target/${target}` : "target"}/${release ? "release" : "debug"}`;
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
  grow(state, at(state, `${profileDir}/deps`), Math.max(1, project.dependencies) * TARGET_PER_DEPENDENCY, {
    estimated: true,
    facts: [],
  });
  if (project.dependencies > 0) {
    const cargoHome = call.env.CARGO_HOME || runtime?.cargoHome || `${state.owner.home}/.cargo`;
    grow(state, `${cargoHome}/registry`, project.dependencies * REGISTRY_PER_DEPENDENCY, {
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
    grow(call.state, `${home}/registry`, Math.max(1, project.dependencies) * REGISTRY_PER_DEPENDENCY, {
      estimated: true,
      facts: [{ kind: "cache", tool: "cargo" }],
    });
    return ok(`downloaded the crates into ${home}/registry (size estimated)`, {
      durationMs: DURATION.goModDownload,
      durationNote: "cargo fetch",
    });
  }
  if (sub === "test" || sub === "check" || sub === "clippy" || sub === "--version")
    return ok(`cargo ${sub}`, { partial: sub !== "--version" });
  return { status: null, known: false, note: `cargo ${sub} is not modelled` };
}

export const CARGO_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  cargo,
  rustup: (call) =>
    call.args[0] === "target" && call.args[1] === "add"
      ? ok(`added the ${call.args[2] ?? ""} target`, { partial: true })
      : { status: null, known: false, note: "rustup is not modelled" },
};

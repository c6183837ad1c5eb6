// uv, the fast pip/venv replacement: `uv venv` (no pip inside unless --seed), `uv pip install`
// (into the active or ./.venv environment; the system's only with --system), and `uv sync` (a
// project's .venv from pyproject.toml). Its cache is /root/.cache/uv unless --no-cache.
import { DURATION } from "../estimateDuration";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { at } from "../writeNodes";
import { pipInstall } from "./pip";
import { venv } from "./python";
import { readRequirements } from "./readRequirements";

function cacheDir(call: Invocation): string | null {
  if (call.args.includes("--no-cache") || ["1", "true"].includes(call.env.UV_NO_CACHE ?? "")) return null;
  const home = call.env.HOME ?? call.state.owner.home;
  return call.env.UV_CACHE_DIR || `${home === "/" ? "/root" : home}/.cache/uv`;
}

/** The environment uv installs into: $VIRTUAL_ENV, else ./.venv (or a parent's), else none. */
function environment(call: Invocation): string | null {
  const { state } = call;
  const candidates = [call.env.VIRTUAL_ENV, call.env.UV_PROJECT_ENVIRONMENT].filter(
    (dir): dir is string => !!dir,
  );
  for (let dir = state.cwd; ; dir = dir.slice(0, dir.lastIndexOf("/")) || "/") {
    candidates.push(`${dir === "/" ? "" : dir}/.venv`);
    if (dir === "/") break;
  }
  for (const dir of candidates) {
    const node = state.fs.stat(at(state, dir));
    if (node?.facts.some((fact) => fact.kind === "venv")) return at(state, dir);
  }
  return null;
}

/** What uv does when the image has no Python: it downloads one, which Stageplay does not model. */
function managedPython(what: string): Outcome {
  return {
    status: null,
    partial: true,
    writesUnknown: true,
    note: `${what}: the image has no Python, so uv downloads a managed Python build and uses it; Stageplay does not model that download`,
    durationMs: DURATION.unknown,
    durationNote: what,
  };
}

/** `uv pip install --prefix/--target/--python DIR` installs there, with no virtual environment needed. */
const TARGETED = /^(--prefix|--target|--python|-p)(=|$)/;

function uvPip(call: Invocation, args: string[]): Outcome {
  const system = args.includes("--system") || args.some((arg) => TARGETED.test(arg));
  const env = environment(call);
  if (!env && !system) {
    return {
      status: 2,
      note: "no virtual environment to install into",
      error:
        "error: No virtual environment found; run `uv venv` to create an environment, or pass `--system` to install into a non-virtual environment",
      missing: at(call.state, ".venv"),
    };
  }
  const programPath = env ? `${env}/bin/python` : "python3";
  const rest = args.filter((arg) => arg !== "--system");
  return pipInstall({ ...call, programPath, args: [...rest, "--break-system-packages"] }, cacheDir(call));
}

function sync(call: Invocation): Outcome {
  const { state } = call;
  const pyproject = at(state, "pyproject.toml");
  if (!state.fs.mayExist(pyproject)) {
    return {
      status: 2,
      note: "no pyproject.toml here",
      error: "error: No `pyproject.toml` found in current directory or any parent directory",
      missing: pyproject,
    };
  }
  const target = call.env.UV_PROJECT_ENVIRONMENT || ".venv";
  const made = environment(call) ? null : venv({ ...call, program: "uv" }, [target]);
  if (made?.error) return made;
  // No Python in the image: uv downloads a managed build of its own and makes the venv on it.
  if (made && made.status === null) return managedPython("uv sync");
  const project = readRequirements(state, ["."]).requirements[0];
  const names = project?.kind === "project" ? project.dependencies : [];
  const installProject = !call.args.includes("--no-install-project");
  const args = installProject ? ["-e", ".", "--no-deps", ...names] : names;
  const installed = pipInstall(
    { ...call, programPath: `${at(state, target)}/bin/python`, args },
    cacheDir(call),
  );
  return {
    ...installed,
    note: `made ${at(state, target)} from pyproject.toml; ${installed.note}`,
    durationNote: "uv sync",
  };
}

function uv(call: Invocation): Outcome {
  const [sub = "", ...rest] = call.args;
  if (sub === "venv") {
    const dir = rest.find((arg) => !arg.startsWith("-")) ?? ".venv";
    const made = venv({ ...call, program: "uv" }, [...rest.filter((arg) => arg !== dir), dir]);
    return made.status === null ? managedPython("uv venv") : made;
  }
  if (sub === "pip" && rest[0] === "install") return uvPip(call, rest.slice(1));
  if (sub === "sync") return sync(call);
  if (sub === "--version" || sub === "version") return ok("prints its version");
  if (sub === "cache" && rest[0] === "clean") {
    const dir = cacheDir(call);
    if (dir && call.state.fs.stat(dir)) call.state.fs.remove(dir);
    return ok(`emptied ${dir ?? "uv's cache"}`, {
      durationMs: DURATION.fileOp,
      durationNote: "uv cache clean",
    });
  }
  return { status: null, known: false, note: `uv ${sub} is not modelled` };
}

export const UV_COMMANDS: Readonly<Record<string, CommandHandler>> = { uv };

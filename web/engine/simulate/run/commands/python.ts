// `python -m venv DIR`, `python -m pip …` and `pip …`. A venv records the interpreter directory it
// was made from (pyvenv.cfg's `home`) and its scripts' `#!` lines point inside it, which is why a
// venv moved to another path, or onto another Python, breaks (learner questions 4 and 9).
import { DURATION } from "../estimateDuration";
import { utf8Length } from "../../../parse/splitLines";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { at, put } from "../writeNodes";
import { findPython } from "./findPython";
import { pipInstall, pipUninstall, pipWheel } from "./pip";

/**
 * A fresh venv's size: pip's own installed files. Not in image-facts.md: pip 24 installs ~12 MB
 * (its wheel is ~1.8 MB), EST, flagged on the node.
 */
const VENV_PIP_BYTES = 12_000_000;

/** `python -m venv DIR` (and `virtualenv`, `uv venv`); `args` are the venv module's arguments. */
export function venv(call: Invocation, args: readonly string[]): Outcome {
  const { state } = call;
  const dirArg = args.find((arg) => !arg.startsWith("-"));
  if (!dirArg)
    return { status: 2, note: "no directory given", error: "usage: venv [-h] ENV_DIR [ENV_DIR ...]" };
  const python = findPython(state, /^python/.test(call.program) ? call.programPath : "python3", call.env);
  if (!python)
    return {
      status: null,
      partial: true,
      writesUnknown: true,
      note: "no Python found on PATH; the venv's interpreter is unknown",
    };
  const dir = at(state, dirArg);
  // A venv made by a venv's Python points at the same base interpreter.
  const home = python.venv ? (readHome(call, python.venv) ?? python.binDir) : python.binDir;
  const base = python.venv ? `${home}/python3` : python.interpreter;
  const withPip = !args.includes("--without-pip") && (call.program !== "uv" || args.includes("--seed"));
  put(state, dir, { type: "dir", facts: [{ kind: "venv", home, pythonMinor: python.minor }] });
  const cfg = `home = ${home}\ninclude-system-site-packages = ${args.includes("--system-site-packages")}\nversion = ${python.version ?? python.minor ?? "3"}\nexecutable = ${base}\ncommand = ${base} -m venv ${dir}\n`;
  put(state, `${dir}/pyvenv.cfg`, { content: cfg, sizeBytes: utf8Length(cfg) });
  put(state, `${dir}/bin/python`, { type: "symlink", target: base, facts: [] });
  put(state, `${dir}/bin/python3`, { type: "symlink", target: "python" });
  if (python.minor) put(state, `${dir}/bin/python${python.minor}`, { type: "symlink", target: "python" });
  const activate = `# source this file: puts ${dir}/bin first on PATH\nVIRTUAL_ENV=${dir}\nexport PATH="$VIRTUAL_ENV/bin:$PATH"\n`;
  put(state, `${dir}/bin/activate`, { content: activate, sizeBytes: utf8Length(activate) });
  const sitePackages = `${dir}/lib/python${python.minor ?? "3"}/site-packages`;
  if (withPip) {
    put(state, `${sitePackages}/pip`, {
      type: "dir",
      bulk: true,
      sizeBytes: VENV_PIP_BYTES,
      estimated: true,
      facts: [
        {
          kind: "python-package",
          name: "pip",
          imports: ["pip"],
          sitePackages,
          pythonMinor: python.minor,
          nativeLibc: null,
          scripts: [`${dir}/bin/pip`],
        },
      ],
    });
    for (const script of ["pip", "pip3"]) {
      const text = `#!${dir}/bin/python\n# pip's console script\n`;
      put(state, `${dir}/bin/${script}`, {
        content: text,
        sizeBytes: utf8Length(text),
        mode: 0o755,
        facts: [{ kind: "script", interpreter: `${dir}/bin/python` }],
      });
    }
  } else put(state, sitePackages, { type: "dir" });
  return ok(
    `made a venv at ${dir} on ${base} (Python ${python.minor ?? "?"}); its scripts start with #!${dir}/bin/python`,
    {
      durationMs: DURATION.venv,
      durationNote: "python -m venv",
    },
  );
}

/** Re-activating the activate script above (`. /opt/venv/bin/activate`) is handled by `source`. */
function readHome(call: Invocation, venvDir: string): string | null {
  const cfg = call.state.fs.readText(`${venvDir}/pyvenv.cfg`) ?? "";
  return /^home\s*=\s*(.+)$/m.exec(cfg)?.[1]?.trim() ?? null;
}

function pip(call: Invocation): Outcome {
  if (call.args.includes("--version") || call.args.includes("-V")) return ok("prints its version");
  const index = call.args.findIndex((arg) => !arg.startsWith("-"));
  const subcommand = call.args[index] ?? "";
  const rest = { ...call, args: call.args.filter((_, i) => i !== index) };
  switch (subcommand) {
    case "install":
      return pipInstall(rest);
    case "wheel":
      return pipWheel(rest);
    case "uninstall":
      return pipUninstall(rest);
    case "freeze":
    case "list":
    case "show":
    case "check":
      return ok("prints information", { stdout: null });
    case "cache":
      if (call.args.includes("purge")) {
        const home = call.env.HOME ?? call.state.owner.home;
        if (call.state.fs.stat(`${home}/.cache/pip`)) call.state.fs.remove(`${home}/.cache/pip`);
        return ok("emptied pip's cache");
      }
      return ok("prints information");
    default:
      return { status: null, known: false, note: `pip ${subcommand} is not modelled` };
  }
}

function python(call: Invocation): Outcome {
  const moduleIndex = call.args.indexOf("-m");
  if (moduleIndex === -1) {
    return { status: null, known: false, note: "runs Python code, whose effect Stageplay does not know" };
  }
  const module = call.args[moduleIndex + 1] ?? "";
  const rest = call.args.slice(moduleIndex + 2);
  if (module === "venv" || module === "virtualenv") return venv(call, rest);
  if (module === "pip") return pip({ ...call, args: rest });
  if (module === "compileall")
    return ok("compiles .pyc files next to the sources (a small increase, not tracked)", { partial: true });
  return {
    status: null,
    known: false,
    note: `runs the module ${module}, whose effect Stageplay does not know`,
  };
}

export const PYTHON_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  python,
  pip,
  virtualenv: (call) => venv(call, call.args),
};

// The RUN interpreter's entry point: reads the command (shell form through ctx.shell, or exec form
// argv), runs each command it knows against a private overlay of the stage's filesystem, and
// returns the net changes with what it understood, how long it would take, and what went wrong.
import type { Range } from "../../diagnostics/types";
import { summarizeDuration } from "./estimateDuration";
import { OverlayFs } from "./overlayFs";
import { underUnknownRoot } from "../unknownRoots";
import { mountTargets, stageView } from "./stageView";
import type { RunRecord, ShellState } from "./runState";
import type { Status } from "./runShellList";
import { runScriptText } from "./runScriptText";
import { runSimpleCommand } from "./runSimpleCommand";
import type { ShellWord } from "./shellSyntax";
import { passwdUsers } from "./writeNodes";
import type { RunContext, RunEffect } from "./types";

const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "busybox"]);

/** What a RUN does to the stage's filesystem; never throws. */
export function simulateRun(command: string | string[], ctx: RunContext): RunEffect {
  const range = ctx.range ?? lineRange(ctx.line);
  const run: RunRecord = {
    commands: [],
    diagnostics: [],
    durations: [],
    failed: null,
    partial: false,
    unknownWrites: false,
    range,
  };
  try {
    return interpret(command, ctx, run);
  } catch (error) {
    // A bug in a command's model must not take the whole simulation down: say the layer is unknown.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      changes: [],
      knowledge: "unknown",
      unknownWrites: true,
      commands: run.commands,
      durationMs: 1000,
      durationNote: "unknown command",
      diagnostics: [
        {
          severity: "info",
          rule: "unknown-command",
          message: `Stageplay could not follow this RUN (${reason}); this layer's contents are unknown`,
          range,
        },
      ],
    };
  }
}

function interpret(command: string | string[], ctx: RunContext, run: RunRecord): RunEffect {
  const fs = new OverlayFs(stageView(ctx), ctx.fs);
  const state: ShellState = {
    ctx,
    fs,
    env: { ...ctx.env },
    cwd: ctx.workdir || "/",
    errexit: false,
    pipefail: false,
    bash: (ctx.shell[0] ?? "").endsWith("bash"),
    origin: { kind: "step", stage: ctx.stage, line: ctx.line },
    owner: ownerOf(ctx, fs),
    run,
    depth: 0,
    lastError: null,
  };
  const unknownUser = missingUser(ctx, state.owner);
  if (unknownUser) {
    run.failed = { command: typeof command === "string" ? command : command.join(" "), message: unknownUser };
    run.diagnostics.push({
      severity: "error",
      rule: null,
      message: unknownUser,
      range: run.range,
      fix: "Create the user in an earlier RUN (useradd or adduser), or use a numeric USER such as 65532.",
    });
    return effect(state, { code: 1, exited: true, stdout: null });
  }
  if (!state.env.HOME) state.env.HOME = state.owner.home;
  // What Docker gives a RUN when the image sets no PATH.
  state.env.PATH ??= "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  let status: Status;
  if (Array.isArray(command)) {
    status = runArgv(command, state);
  } else {
    const shell = ctx.shell.length > 0 ? ctx.shell : ["/bin/sh", "-c"];
    const shellName = (shell[0] ?? "").split("/").pop() ?? "";
    if (!SHELLS.has(shellName)) {
      status = runArgv([...shell, command], state);
    } else {
      const missing = missingShell(shell[0] ?? "", state);
      if (missing) {
        run.failed = { command, message: missing };
        run.diagnostics.push({
          severity: "error",
          rule: null,
          message: missing,
          range: run.range,
          fix: SHELL_FIX,
        });
        return effect(state, { code: 1, exited: true, stdout: null });
      }
      if (shell.includes("pipefail")) state.pipefail = true;
      if (shell.some((arg) => /^-[a-z]*e[a-z]*$/.test(arg))) state.errexit = true;
      status = runScriptText(command, state, command, ctx.heredocs ?? []);
    }
  }
  return effect(state, status);
}

const SHELL_FIX =
  'This image has no /bin/sh: write RUN in exec form (RUN ["/app", "--version"]), or do the shell work in a builder stage.';

/** BuildKit's error when the shell a shell-form RUN needs is not in the image. */
function missingShell(shell: string, state: ShellState): string | null {
  if (state.fs.resolve(shell)) return null;
  const base = state.ctx.base;
  const absent =
    base === null ||
    (shell === "/bin/sh" ? !base.shell.binSh : shell === "/bin/bash" ? !base.shell.bash : false);
  if (!absent) return null;
  return `runc run failed: unable to start container process: exec: "${shell}": stat ${shell}: no such file or directory`;
}

/** Exec form: the argv runs as it is, with no shell and no variable expansion. */
function runArgv(argv: readonly string[], state: ShellState): Status {
  const text = argv.join(" ");
  const word = (value: string): ShellWord => ({
    parts: [{ kind: "text", text: value, quoted: true }],
    raw: value,
    start: 0,
    end: 0,
  });
  return runSimpleCommand(
    { kind: "simple", assigns: [], words: argv.map(word), redirects: [], start: 0, end: text.length },
    state,
    text,
    null,
  );
}

function effect(state: ShellState, status: Status): RunEffect {
  const { run } = state;
  if (status.code !== 0 && !run.failed) {
    const error = state.lastError ?? { command: "", message: `exit code: ${status.code}` };
    run.failed = { command: error.command, message: error.message };
    run.diagnostics.push({
      severity: "error",
      rule: null,
      message: error.message,
      range: run.range,
      ...("fix" in error && error.fix ? { fix: error.fix } : {}),
    });
  }
  const known = run.commands.filter((command) => command.known).length;
  const knowledge = !run.partial ? "known" : known === 0 && run.commands.length > 0 ? "unknown" : "partial";
  const duration = summarizeDuration(run.durations);
  // Fields written out and set after: spreads in an object literal are slow in V8 (Node 20).
  const result: RunEffect = {
    changes: state.fs.netChanges(mountTargets(state.ctx)),
    knowledge,
    commands: run.commands,
    durationMs: duration.ms,
    durationNote: duration.note,
    diagnostics: run.diagnostics,
  };
  if (run.unknownWrites) result.unknownWrites = true;
  if (run.failed) result.failed = run.failed;
  return result;
}

function ownerOf(ctx: RunContext, fs: OverlayFs): ShellState["owner"] {
  const name = ctx.user.split(":")[0] ?? "";
  if (name === "" || name === "root" || name === "0") return { uid: 0, gid: 0, home: "/root" };
  const users = passwdUsers({ ctx, fs });
  const entry = users.find((user) => user.name === name || String(user.uid) === name);
  if (entry) return { uid: entry.uid, gid: entry.gid, home: entry.home };
  const uid = /^\d+$/.test(name) ? Number(name) : null;
  return { uid: uid ?? 0, gid: uid ?? 0, home: "/", unknownUser: uid === null };
}

/** runc's error when USER names a user /etc/passwd does not have (an image outside the catalog is not judged). */
function missingUser(ctx: RunContext, owner: ShellState["owner"]): string | null {
  if (!owner.unknownUser) return null;
  if (!ctx.base || ctx.base.uncertain.some((fact) => fact.field === "passwd")) return null;
  // An earlier step Stageplay cannot follow may have added the user.
  if (underUnknownRoot(ctx.unknownRoots, "/etc/passwd")) return null;
  const name = ctx.user.split(":")[0] ?? "";
  return `unable to find user ${name}: no matching entries in passwd file`;
}

function lineRange(line: number): Range {
  return { start: { line, column: 1 }, end: { line: line + 1, column: 1 } };
}

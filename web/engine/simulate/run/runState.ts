// What the RUN interpreter carries from one command to the next, and the shape of a command's
// implementation: it reads its arguments, changes the overlay, and says what it did.
import type { Diagnostic, Range } from "../../diagnostics/types";
import type { FileOrigin } from "../types";
import type { Field } from "./expandShellWord";
import type { OverlayFs } from "./overlayFs";
import type { RunCommand, RunContext } from "./types";

export interface ShellState {
  readonly ctx: RunContext;
  readonly fs: OverlayFs;
  /** Variables as the next command sees them (`export` and bare assignments add to it). */
  env: Record<string, string>;
  cwd: string;
  /** `set -e`: a failing command stops the script. */
  errexit: boolean;
  /** `set -o pipefail`: a pipeline fails when any of its commands does. */
  pipefail: boolean;
  /** The shell is bash, which has brace expansion (`{a,b}`); dash and BusyBox sh do not. */
  bash: boolean;
  readonly origin: FileOrigin;
  /** The uid/gid new files get: USER's, or root. */
  readonly owner: { uid: number; gid: number; home: string; unknownUser?: boolean };
  readonly run: RunRecord;
  /** Nesting of `sh -c` and scripts, to stop runaway recursion. */
  depth: number;
  /** The error of the last command that failed, for when the RUN ends on its status. */
  lastError: { command: string; message: string; fix?: string } | null;
}

/** Shared by a RUN's nested shells: everything that ends up in the RunEffect. */
export interface RunRecord {
  commands: RunCommand[];
  diagnostics: Diagnostic[];
  durations: { ms: number; note: string }[];
  /** Set by the first command that stops the build. */
  failed: { command: string; message: string } | null;
  /** Whether some effect is unknown or only partly known. */
  partial: boolean;
  /** Whether a command so far had an unknown effect (it may have written anywhere). */
  unknownWrites: boolean;
  range: Range;
}

/** One command about to run, its words expanded. */
export interface Invocation {
  /** The program's base name (`pip` for `/opt/venv/bin/pip`). */
  program: string;
  /** The program as written after expansion (`/opt/venv/bin/pip`, `./mvnw`). */
  programPath: string;
  args: string[];
  /** The expanded argument fields (glob matches already substituted). */
  fields: Field[];
  text: string;
  /** Standard input when its text is known (a heredoc, a file the simulator has, `echo … |`). */
  stdin: string | null;
  /** The command's environment: the shell's plus `VAR=value` prefixes. */
  env: Readonly<Record<string, string>>;
  state: ShellState;
}

export interface Outcome {
  /** Exit status; null when Stageplay cannot tell (taken as success). */
  status: number | null;
  /** What was done, for the RunCommand, e.g. "installed flask and 6 dependencies into …". */
  note: string;
  /** False for a program Stageplay does not know; the layer is then only partly known. */
  known?: boolean;
  /** Known program, but part of its effect is guessed or unknown (a download's contents). */
  partial?: boolean;
  /**
   * It may have written files Stageplay does not list, anywhere: a later missing path is then not
   * surely missing. Set for effects Stageplay cannot follow, not for lookups, tests or reads.
   */
  writesUnknown?: boolean;
  /** What it prints, when known and useful (echo, cat, printf): feeds `>`, `|` and `$(…)`-free pipes. */
  stdout?: string | null;
  /** The error the build would print; the RUN fails with it (an error diagnostic). */
  error?: string;
  /**
   * The path whose state makes the command fail: a file it reads, a directory it enters, the program
   * itself (a bare name is looked up on PATH), /etc/passwd for a user that is missing or taken. When an earlier step of unknown effect
   * may have made that path, the failure is not certain and the command's outcome becomes unknown.
   */
  missing?: string;
  /** A fix for the error, in words a learner understands. */
  fix?: string;
  durationMs?: number;
  durationNote?: string;
  /** `exit`: the script ends here. */
  exited?: boolean;
}

export type CommandHandler = (call: Invocation) => Outcome;

export function ok(note: string, extra: Partial<Outcome> = {}): Outcome {
  return { status: 0, note, ...extra };
}

/** A program known by name whose effect here Stageplay cannot model (e.g. an unusual subcommand). */
export function unknownEffect(note: string, extra: Partial<Outcome> = {}): Outcome {
  return { status: null, note, partial: true, writesUnknown: true, ...extra };
}

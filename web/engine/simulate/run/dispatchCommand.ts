// Finds the model of a program by name. A program with no model is unknown: said so, never guessed.
import { DURATION } from "./estimateDuration";
import type { CommandHandler, Invocation, Outcome } from "./runState";
import { SHELL_BUILTINS } from "./commands/shellBuiltins";
import { FILE_COMMANDS } from "./commands/fileCommands";
import { METADATA_COMMANDS } from "./commands/metadataCommands";
import { OUTPUT_COMMANDS } from "./commands/outputCommands";
import { APT_COMMANDS } from "./commands/apt";
import { APK_COMMANDS } from "./commands/apk";
import { PYTHON_COMMANDS } from "./commands/python";
import { NODE_COMMANDS } from "./commands/node";
import { GO_COMMANDS } from "./commands/goBuild";
import { CARGO_COMMANDS } from "./commands/cargo";
import { JAVA_COMMANDS } from "./commands/javaBuild";
import { USER_COMMANDS } from "./commands/users";
import { DOWNLOAD_COMMANDS } from "./commands/download";
import { FETCH_COMMANDS } from "./commands/fetchSources";
import { UV_COMMANDS } from "./commands/uv";
import { JS_TOOL_COMMANDS } from "./commands/jsBuildTools";
import { runScriptFile } from "./commands/runScriptFile";

// Built on first use: command modules import dispatchCommand back (sh -c, sudo, npm run), so the
// table must not be read while those modules are still being evaluated.
let handlers: Readonly<Record<string, CommandHandler>> | null = null;

function handlerTable(): Readonly<Record<string, CommandHandler>> {
  handlers ??= {
    ...SHELL_BUILTINS,
    ...FILE_COMMANDS,
    ...METADATA_COMMANDS,
    ...OUTPUT_COMMANDS,
    ...APT_COMMANDS,
    ...APK_COMMANDS,
    ...PYTHON_COMMANDS,
    ...NODE_COMMANDS,
    ...GO_COMMANDS,
    ...CARGO_COMMANDS,
    ...JAVA_COMMANDS,
    ...USER_COMMANDS,
    ...DOWNLOAD_COMMANDS,
    ...FETCH_COMMANDS,
    ...UV_COMMANDS,
    ...JS_TOOL_COMMANDS,
  };
  return handlers;
}

/** `python3.12` and `python3` are `python`; `pip3` is `pip`. */
function canonical(program: string): string {
  if (/^python[0-9.]*$/.test(program)) return "python";
  if (/^pip[0-9.]*$/.test(program)) return "pip";
  return program;
}

export function dispatchCommand(call: Invocation): Outcome {
  const table = handlerTable();
  const name = canonical(call.program);
  const handler = Object.hasOwn(table, name) ? table[name] : undefined;
  if (handler) return handler(call);
  const script = runScriptFile(call);
  if (script) return script;
  return {
    status: null,
    known: false,
    note: `Stageplay does not know what "${call.program}" does`,
    durationMs: DURATION.unknown,
    durationNote: `${call.program} (unknown)`,
  };
}

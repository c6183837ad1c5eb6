// Runs shell text (the RUN's command, a heredoc body, `sh -c` text, a script file) in a state.
import type { ShellState } from "./runState";
import { runShellList } from "./runShellList";
import type { Status } from "./runShellList";
import { splitShellCommands } from "./splitShellCommands";
import type { RunHeredoc } from "./types";

/**
 * Parses and runs `script`; a syntax error fails as dash reports it. `text` names it in errors;
 * `heredocs` are bodies the text lacks (only the RUN's own text can lack them).
 */
export function runScriptText(
  script: string,
  state: ShellState,
  text: string,
  heredocs: readonly RunHeredoc[] = [],
): Status {
  const { list, errors } = splitShellCommands(script, heredocs);
  const first = errors[0];
  if (first) {
    const line = script.slice(0, first.offset).split("\n").length;
    const message = `/bin/sh: ${line}: ${first.message}`;
    state.lastError = { command: text, message };
    state.run.commands.push({ text: script.trim(), program: "sh", known: true, note: first.message });
    return { code: 2, exited: true, stdout: null };
  }
  return runShellList(list, state, script);
}

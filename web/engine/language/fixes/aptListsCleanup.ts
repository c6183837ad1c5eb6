import type { Analysis } from "../../analyze";
import { finalImage } from "../../checks/teaching/finalImage";
import { layerChanges } from "../../checks/teaching/imageLayers";
import type { Instruction } from "../../parse/types";
import type { TextEdit } from "../types";
import type { SourceText } from "./sourceText";
import type { Fix, FixFor } from "./types";

const LISTS = "/var/lib/apt/lists";
const CLEANUP = "rm -rf /var/lib/apt/lists/*";
// A command that only cleans up after apt: what a cleanup RUN may hold to be merged away whole.
const APT_CLEANUP =
  /^(apt-get|apt) (clean|autoclean)$|^rm( -[a-zA-Z]+)* (\/var\/lib\/apt\/lists|\/var\/cache\/apt)\S*( (\/var\/lib\/apt\/lists|\/var\/cache\/apt)\S*)*$/;

/** build-cache-in-image, apt's case: remove the lists at the end of the RUN that downloaded them. */
export const cleanUpAptLists: FixFor = ({ source, diagnostic, instruction, analysis }) => {
  if (!diagnostic.message.includes(LISTS) || !instruction) return null;
  const edit = appendCommand(source, analysis, instruction, CLEANUP);
  return edit && { title: "Remove apt's lists in the same RUN", edits: [edit] };
};

/**
 * removed-in-later-layer, apt's case: the cleanup moves into the RUN that downloaded the lists, and
 * its own RUN goes when it did nothing else. Otherwise it stays, and finds nothing left to delete.
 */
export const mergeAptCleanup: FixFor = ({ source, diagnostic, instruction, analysis }) => {
  const image = finalImage(analysis);
  if (!instruction || instruction.keyword !== "RUN" || !image) return null;
  const change = layerChanges(image.stage.layers).find(
    ({ layer }) => layer.line === diagnostic.range.start.line,
  );
  const hidden = change?.hidden.filter(({ node }) => node.sizeBytes > 0) ?? [];
  const apt = (facts: { kind: string; tool?: string }[]) =>
    facts.some((fact) => fact.kind === "cache" && fact.tool === "apt");
  if (!change || hidden.length === 0 || !hidden.every(({ node }) => apt(node.facts))) return null;
  const lines = [...new Set(hidden.map(({ by }) => by.line))];
  const installLine = lines[0];
  if (lines.length !== 1 || installLine === null || installLine === undefined) return null;
  const install = analysis.parse.instructions.find((each) => each.range.start.line === installLine);
  if (!install || install === instruction) return null;
  const commands = cleanupCommands(instruction);
  const append = appendCommand(source, analysis, install, commands ? commands.join(" && ") : CLEANUP);
  if (!append) return null;
  const edits: TextEdit[] = [append];
  if (commands) edits.push(source.deleteLines(instruction.range));
  return {
    title: commands
      ? `Move the cleanup into the RUN on line ${installLine}`
      : `Remove apt's lists in the RUN on line ${installLine}`,
    edits,
  } satisfies Fix;
};

/** The commands of a RUN that only cleans up after apt, or null when it does anything else. */
function cleanupCommands(run: Instruction): string[] | null {
  if (run.json || run.flags.length > 0 || run.heredocs.length > 0) return null;
  const commands = run.text
    .trim()
    .split(/\s*(?:&&|;)\s*/)
    .filter((command) => command !== "");
  const normal = commands.map((command) => command.replace(/\s+/g, " "));
  return normal.length > 0 && normal.every((command) => APT_CLEANUP.test(command)) ? normal : null;
}

/**
 * `&& command` at the end of a shell-form RUN. On a RUN already split over lines it goes on a line
 * of its own, in the RUN's style: `&&` leading the new line, or trailing the one before.
 */
function appendCommand(
  source: SourceText,
  analysis: Analysis,
  run: Instruction,
  command: string,
): TextEdit | null {
  if (run.keyword !== "RUN" || run.json || run.heredocs.length > 0) return null;
  const text = run.text.trimEnd();
  if (text === "" || /[;&|\\]$/.test(text)) return null;
  const end = source.offsetAt(run.range.end);
  const { start, end: last } = run.range;
  if (start.line === last.line) return source.edit(end, end, ` && ${command}`);
  const escape = analysis.parse.escapeChar;
  const lastLine = source.line(last.line);
  const indent = /^\s*/.exec(lastLine)?.[0] ?? "";
  const before = source.line(last.line - 1).trimEnd();
  const trailing = before.endsWith(`&& ${escape}`) || before.endsWith(`&&${escape}`);
  return source.edit(
    end,
    end,
    trailing ? ` && ${escape}\n${indent}${command}` : ` ${escape}\n${indent}&& ${command}`,
  );
}

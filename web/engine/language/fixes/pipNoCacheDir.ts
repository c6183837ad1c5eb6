import type { TextEdit } from "../types";
import type { FixFor } from "./types";

// `pip install`, `pip3 install`, `python -m pip install`, `/venv/bin/pip install`; not `uv pip
// install`, whose cache flag has another name.
const PIP_INSTALL = /(^|[\s/;&|(])(?<!\buv\s+)pip[\d.]*\s+install\b/g;
// Where the command ends: the next command of the list.
const COMMAND_END = /&&|\|\||[;|\n](?<!\\\n)/;

/** pip-cache-in-image: `--no-cache-dir` right after each `pip install` of the RUN that lacks it. */
export const pipNoCacheDir: FixFor = ({ source, instruction }) => {
  if (!instruction || instruction.keyword !== "RUN" || instruction.json) return null;
  const start = source.offsetAt(instruction.range.start);
  const text = source.slice(instruction.range);
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(PIP_INSTALL)) {
    const after = match.index + match[0].length;
    const rest = text.slice(after);
    const command = rest.slice(0, rest.search(COMMAND_END) === -1 ? undefined : rest.search(COMMAND_END));
    if (/--no-cache-dir\b/.test(command)) continue;
    edits.push(source.edit(start + after, start + after, " --no-cache-dir"));
  }
  if (edits.length === 0) return null;
  return { title: "Add --no-cache-dir to pip install", edits };
};

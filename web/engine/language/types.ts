// What the editor's language features answer with: plain data (it crosses postMessage), positions
// and ranges as the rest of the engine writes them (1-based lines and columns in UTF-16 code units,
// Monaco's convention, `end` exclusive). Nothing here knows Monaco; the editor maps these to its types.
import type { Position, Range } from "../diagnostics/types";

export type { Position, Range };

export type CompletionKind =
  "instruction" | "flag" | "value" | "stage" | "image" | "tag" | "variable" | "path";

export interface CompletionItem {
  /** What the list shows, e.g. `COPY --from`, `builder`, `python:3.12-slim`. */
  label: string;
  kind: CompletionKind;
  /** What is inserted: a Monaco snippet (`${1:image}`) when `snippet` is true, plain text otherwise. */
  insertText: string;
  snippet: boolean;
  /** One line beside the label: an image's size and libc, a stage's base and line, a flag's value kind. */
  detail: string;
  /** Markdown shown next to the list, in our own words; "" for none. */
  documentation: string;
  /** The text the item replaces (the word typed so far; an empty range at the cursor for none). */
  range: Range;
  /** Orders items (lower first); the label orders items without one. */
  sortText?: string;
  /** Open the list again after inserting (e.g. `--from=` is followed by the stage names). */
  retrigger?: boolean;
}

export interface HoverInfo {
  /** Markdown: a heading line, then a few sentences; links are absolute (docs.docker.com). */
  markdown: string;
  /** The word or flag the hover is about. */
  range: Range;
  /**
   * What is explained, for linking a lesson that teaches it: an instruction keyword (`COPY`), a flag
   * (`COPY --from`, `RUN --mount`), or null for a stage, image, variable or path.
   */
  topic: string | null;
}

/** Replace `range` with `text`. Edits of one answer never overlap. */
export interface TextEdit {
  range: Range;
  text: string;
}

/** One place a symbol (a stage or an ARG) occurs; `definition` marks its `AS name` or `ARG NAME`. */
export interface Occurrence {
  range: Range;
  definition: boolean;
}

/** The symbol under the cursor before a rename: its text and where it is, or why it cannot be renamed. */
export type RenameTarget = { range: Range; text: string } | { rejected: string };

/**
 * A rename's edits with what was renamed (so a build's settings that name it, its target or a
 * `--build-arg`, can follow), or why it was refused (an invalid or taken name).
 */
export type RenameResult =
  { edits: TextEdit[]; renamed: { kind: "stage" | "arg"; from: string; to: string } } | { rejected: string };

export type OutlineKind = "stage" | "instruction" | "arg";

/** The outline: stages with their instructions; ARGs before the first FROM at the top level. */
export interface OutlineSymbol {
  /** `build` or `stage-1` for a stage; the keyword for an instruction; the name for an ARG. */
  name: string;
  /** A stage's base image; an instruction's arguments, shortened. */
  detail: string;
  kind: OutlineKind;
  /** The whole stage or instruction. */
  range: Range;
  /** What the outline selects: the stage's name (or FROM), the instruction's keyword. */
  selectionRange: Range;
  children: OutlineSymbol[];
}

/** Lines from `start` to `end` (1-based, inclusive) fold into `start`. */
export interface FoldingRange {
  start: number;
  end: number;
}

/** A mechanical fix for one finding, applied as one undoable edit. */
export interface QuickFix {
  /** What the fix does, as the light-bulb menu shows it: "Write the stage name in lowercase". */
  title: string;
  /** The rule of the finding it fixes. */
  rule: string;
  /** The finding's range, so the editor can tie the fix to its marker. */
  diagnosticRange: Range;
  edits: TextEdit[];
  /** The one fix to apply with the keyboard shortcut for quick fixes when a finding has several. */
  preferred: boolean;
}

// What the completion tests share: completions at a cursor marked in the text, and ways to read them.
import { analyze, type AnalyzeOptions } from "../../../analyze";
import { completionsAt } from "../../completions";
import type { CompletionItem } from "../../types";

/** Completions where `|` marks the cursor in `text`. */
export function complete(text: string, options: AnalyzeOptions = {}): CompletionItem[] {
  const at = text.indexOf("|");
  const source = text.slice(0, at) + text.slice(at + 1);
  const lines = source.slice(0, at).split("\n");
  const position = { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
  return completionsAt(analyze(source, options), source, position);
}

export const labels = (items: CompletionItem[]) => items.map((item) => item.label);
export const find = (items: CompletionItem[], label: string) => items.find((item) => item.label === label);

import type { CompletionItem, CompletionKind, Position, Range } from "../types";

/** The range from `start` to the cursor: the text an item replaces. */
export function rangeTo(start: Position, cursor: Position): Range {
  return { start, end: cursor };
}

/** `start` moved `offset` columns right, for a value after `--flag=` or `key=` inside a word. */
export function shifted(start: Position, offset: number): Position {
  return { line: start.line, column: start.column + offset };
}

/** Options of an item beyond its label, kind and range; plain text, no detail or documentation by default. */
export interface ItemOptions {
  insertText?: string;
  snippet?: boolean;
  detail?: string;
  documentation?: string;
  sortText?: string;
  retrigger?: boolean;
}

/** A completion item; `insertText` defaults to the label. */
export function completionItem(
  label: string,
  kind: CompletionKind,
  range: Range,
  options: ItemOptions = {},
): CompletionItem {
  const item: CompletionItem = {
    label,
    kind,
    insertText: options.insertText ?? label,
    snippet: options.snippet ?? false,
    detail: options.detail ?? "",
    documentation: options.documentation ?? "",
    range,
  };
  if (options.sortText !== undefined) item.sortText = options.sortText;
  if (options.retrigger) item.retrigger = true;
  return item;
}

/** A sort key that keeps `index` order within `group` (lower groups first). */
export function sortKey(group: number, index: number): string {
  return `${group}.${String(index).padStart(4, "0")}`;
}

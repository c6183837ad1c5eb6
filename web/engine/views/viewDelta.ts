// A keystroke changes a few stages, steps and log lines of a view; copying the whole view between
// threads each time (138 kB of JSON for 20 stages, structured-cloned on both sides) cost more than
// analysing the change. The sender keeps the last view it sent and sends only the fields, and the
// items of list fields, that differ from it; the receiver rebuilds the view from the last one,
// keeping the unchanged fields and items as the same objects, so what draws them need not draw again.
import type { AnalysisView } from "./types";

type Field = keyof AnalysisView;

/** The items of a list field that differ from the last view's, by index; the rest are the same. */
export interface ListDelta {
  list: true;
  length: number;
  items: Record<number, unknown>;
}

/**
 * The fields of a view that differ from the last one sent (a list field item by item); `removed`
 * names the fields the view no longer has.
 */
export interface ViewDelta {
  fields: Partial<Record<Field, { value: unknown } | ListDelta>>;
  removed: Field[];
}

/** The sender's side: each call gives what changed since the previous call. */
export function createViewEncoder(): (view: AnalysisView) => ViewDelta {
  let last: Partial<AnalysisView> = {};
  return (view) => {
    const delta: ViewDelta = { fields: {}, removed: [] };
    for (const field of Object.keys(view) as Field[]) {
      const value: unknown = view[field];
      const before: unknown = last[field];
      if (Array.isArray(value)) {
        const old = Array.isArray(before) ? before : [];
        const items: Record<number, unknown> = {};
        let changed = old.length !== value.length || !(field in last);
        value.forEach((item, i) => {
          if (i < old.length && same(old[i], item)) return;
          items[i] = item;
          changed = true;
        });
        if (changed) delta.fields[field] = { list: true, length: value.length, items };
      } else if (!(field in last) || !same(before, value)) delta.fields[field] = { value };
    }
    for (const field of Object.keys(last) as Field[]) if (!(field in view)) delta.removed.push(field);
    last = view;
    return delta;
  };
}

/**
 * The receiver's side: each call applies a delta to the view it made last. Deltas must arrive in the
 * order they were made, every one of them.
 */
export function createViewDecoder(): (delta: ViewDelta) => AnalysisView {
  let last: Record<string, unknown> = {};
  return (delta) => {
    const view: Record<string, unknown> = { ...last };
    for (const field of delta.removed) delete view[field];
    for (const [field, change] of Object.entries(delta.fields) as [Field, { value: unknown } | ListDelta][]) {
      if (!("list" in change)) {
        view[field] = change.value;
        continue;
      }
      const old = Array.isArray(last[field]) ? (last[field] as unknown[]) : [];
      view[field] = Array.from({ length: change.length }, (_, i) =>
        i in change.items ? change.items[i] : old[i],
      );
    }
    last = view;
    return view as unknown as AnalysisView;
  };
}

/** Deep equality of plain data (what crosses postMessage): objects, arrays and primitives. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    if (!(key in y) || !same(x[key], y[key])) return false;
    count++;
  }
  for (const _ in y) count--;
  return count === 0;
}

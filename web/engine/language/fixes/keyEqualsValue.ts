import type { FixFor } from "./types";

// A value already one quoted word keeps its quotes; a plain value with spaces gets double quotes,
// which read `$VAR` the same as before. A value with quotes or escapes inside is left alone: in
// double quotes a backslash and a quote mean something else, so wrapping it would change the value.
const QUOTED = /^("[^"\\]*"|'[^']*')$/;
const NEEDS_CARE = /["'\\`]/;

/** LegacyKeyValueFormat: `ENV key value` → `ENV key=value` (LABEL alike). */
export const keyEqualsValue: FixFor = ({ source, instruction }) => {
  if (!instruction || (instruction.keyword !== "ENV" && instruction.keyword !== "LABEL")) return null;
  const legacy = (instruction.pairs ?? []).filter((pair) => pair.separator === "");
  const pair = legacy[0];
  if (!pair || legacy.length !== 1) return null;
  const value = pair.value.value;
  let written: string;
  if (QUOTED.test(value) || !/\s/.test(value)) written = value;
  else if (!NEEDS_CARE.test(value)) written = `"${value}"`;
  else return null;
  const from = source.offsetAt(pair.key.range.start);
  const to = source.offsetAt(pair.value.range.end);
  const text = `${pair.key.value}=${written}`;
  return {
    title: text.length <= 40 ? `Write ${instruction.keywordRaw} ${text}` : "Write it as key=value",
    edits: [source.edit(from, to, text)],
  };
};

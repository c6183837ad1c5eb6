import type { FixFor } from "./types";

/** FromAsCasing: `AS` written in the case of its FROM (only all-lower or all-upper FROMs are flagged). */
export const matchAsCasing: FixFor = ({ instruction }) => {
  const as = instruction?.keyword === "FROM" ? instruction.args[1] : undefined;
  if (!instruction || !as) return null;
  const from = instruction.keywordRaw;
  const text = from === from.toLowerCase() ? "as" : "AS";
  if (as.value === text) return null;
  return { title: `Write ${text} in the same case as ${from}`, edits: [{ range: as.range, text }] };
};

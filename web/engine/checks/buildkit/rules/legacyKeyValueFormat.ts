import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

/** LegacyKeyValueFormat (dispatch): `ENV key value` or `LABEL key value`, once per such pair. */
export function legacyKeyValueFormat(): DispatchRule {
  return ({ instruction }, findings) => {
    if (instruction.keyword !== "ENV" && instruction.keyword !== "LABEL") return;
    for (const pair of instruction.pairs ?? []) {
      if (pair.separator !== "") continue;
      findings.push({
        rule: "LegacyKeyValueFormat",
        message: MESSAGES.LegacyKeyValueFormat(instruction.keywordRaw),
        fix: FIXES.LegacyKeyValueFormat(instruction.keyword, pair.key.value, pair.value.value),
        range: instruction.range,
        instruction,
      });
    }
  };
}

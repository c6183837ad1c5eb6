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
        range: instruction.range,
        instruction,
      });
    }
  };
}

import type { Analysis } from "../../analyze";
import type { Stage } from "../../stages/types";
import type { CompletionItem, Position } from "../types";
import { rangeTo } from "./completionItem";
import { flagValueItems, hasValueList } from "./flagItems";
import { stageOrImageItems } from "./fromItems";
import { mountKeyItems, mountValueItems, readMountValue } from "./mountItems";
import { pathItems } from "./pathItems";

export interface FlagValue {
  keyword: string;
  /** The flag's name, lower-cased, without dashes. */
  flag: string;
  /** The value typed so far. */
  value: string;
  valueStart: Position;
  position: Position;
  /** The stage the cursor is in. */
  stage: Stage | null;
}

/** What may follow `--flag=`: a list of values, stages and images, or mount options. */
export function flagValueCompletions(analysis: Analysis, at: FlagValue): CompletionItem[] {
  const range = rangeTo(at.valueStart, at.position);
  const earlier = at.stage?.index ?? 0;
  if (at.keyword === "COPY" && at.flag === "from") {
    return stageOrImageItems(analysis, at.value, earlier, range, false);
  }
  if (at.keyword === "RUN" && at.flag === "mount") {
    const option = readMountValue(at.value);
    const optionRange = rangeTo(
      { ...at.valueStart, column: at.valueStart.column + option.offset },
      at.position,
    );
    if (option.key === null) return mountKeyItems(option, optionRange);
    if (option.key === "from") return stageOrImageItems(analysis, option.text, earlier, optionRange, false);
    if (option.key === "source") {
      const from = stageBefore(analysis, option.values.get("from") ?? "", at.stage);
      return from ? pathItems(analysis, from.index, option.text, optionRange) : [];
    }
    return mountValueItems(option, optionRange);
  }
  const takes: Readonly<Record<string, readonly string[]>> = {
    platform: ["FROM"],
    chmod: ["COPY", "ADD"],
    network: ["RUN"],
    security: ["RUN"],
  };
  return hasValueList(at.flag) && takes[at.flag]?.includes(at.keyword) ? flagValueItems(at.flag, range) : [];
}

/** The stage `text` names (a name or an index), when it is defined before `current`. */
export function stageBefore(analysis: Analysis, text: string, current: Stage | null): Stage | null {
  const name = text.replace(/^["']|["']$/g, "").toLowerCase();
  const limit = current?.index ?? 0;
  const stage = /^\d+$/.test(name)
    ? analysis.stages[Number(name)]
    : analysis.stages.find((candidate) => candidate.name === name);
  return stage && stage.index < limit ? stage : null;
}

// The light bulb's answers: for each finding under the cursor or selection, the edit that makes it go
// away without changing what the build does. A finding gets no fix where the engine cannot rewrite
// the file mechanically (a shell-form CMD with `&&`, an image the catalog does not know): its message
// and advice stand on their own.
import type { Analysis } from "../analyze";
import { BASE_IMAGE_LATEST } from "../checks/teaching/baseImageLatest";
import { BUILD_CACHE_IN_IMAGE, PIP_CACHE_IN_IMAGE } from "../checks/teaching/buildCacheInImage";
import { CHOWN_DUPLICATES_FILES } from "../checks/teaching/chownDuplicatesFiles";
import { DYNAMIC_BINARY_WITHOUT_LIBC } from "../checks/teaching/dynamicBinaryWithoutLibc";
import { REMOVED_IN_LATER_LAYER } from "../checks/teaching/removedInLaterLayer";
import { USER_NOT_IN_PASSWD } from "../checks/teaching/userNotInPasswd";
import type { Diagnostic } from "../diagnostics/types";
import { cleanUpAptLists, mergeAptCleanup } from "./fixes/aptListsCleanup";
import { copyWithChown } from "./fixes/copyWithChown";
import { matchAsCasing } from "./fixes/fromAsCasing";
import { execForm } from "./fixes/jsonExecForm";
import { keyEqualsValue } from "./fixes/keyEqualsValue";
import { numericUser } from "./fixes/numericUser";
import { pinBaseImage } from "./fixes/pinBaseImage";
import { pipNoCacheDir } from "./fixes/pipNoCacheDir";
import { SourceText } from "./fixes/sourceText";
import { lowercaseStageName } from "./fixes/stageNameCasing";
import { staticGoBuild } from "./fixes/staticGoBuild";
import type { FixFor } from "./fixes/types";
import type { Position, QuickFix, Range } from "./types";

/** The fixes of each rule. */
const FIXES: Record<string, readonly FixFor[]> = {
  StageNameCasing: [lowercaseStageName],
  FromAsCasing: [matchAsCasing],
  JSONArgsRecommended: [execForm],
  LegacyKeyValueFormat: [keyEqualsValue],
  [PIP_CACHE_IN_IMAGE]: [pipNoCacheDir],
  [BUILD_CACHE_IN_IMAGE]: [cleanUpAptLists],
  [REMOVED_IN_LATER_LAYER]: [mergeAptCleanup],
  [BASE_IMAGE_LATEST]: [pinBaseImage],
  [CHOWN_DUPLICATES_FILES]: [copyWithChown],
  [USER_NOT_IN_PASSWD]: [numericUser],
  [DYNAMIC_BINARY_WITHOUT_LIBC]: [staticGoBuild],
};

/** The mechanical fixes for the findings of `analysis` (the analysis of `source`) that touch `range`. */
export function quickFixesFor(analysis: Analysis, source: string, range: Range): QuickFix[] {
  const text = new SourceText(source);
  const fixes: QuickFix[] = [];
  for (const diagnostic of analysis.diagnostics) {
    const fixers = diagnostic.rule === null ? undefined : FIXES[diagnostic.rule];
    if (!fixers || !touches(range, diagnostic.range)) continue;
    const instruction = instructionOf(analysis, diagnostic);
    const found = fixers.flatMap((fixFor) => {
      try {
        return fixFor({ analysis, source: text, diagnostic, instruction }) ?? [];
      } catch {
        // A fix that cannot read this file offers nothing; the finding and its advice remain.
        return [];
      }
    });
    found.forEach((fix) =>
      fixes.push({
        title: fix.title,
        rule: diagnostic.rule as string,
        diagnosticRange: diagnostic.range,
        edits: fix.edits,
        preferred: found.length === 1,
      }),
    );
  }
  return fixes;
}

function instructionOf(analysis: Analysis, diagnostic: Diagnostic) {
  const { start, end } = diagnostic.range;
  return (
    analysis.parse.instructions.find(
      (each) => compare(each.range.start, start) === 0 && compare(each.range.end, end) === 0,
    ) ?? null
  );
}

/** Whether two ranges overlap or touch: a cursor at either end of a finding is on it, as in the editor. */
function touches(a: Range, b: Range): boolean {
  return compare(a.start, b.end) <= 0 && compare(b.start, a.end) <= 0;
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

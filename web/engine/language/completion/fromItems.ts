import type { Analysis } from "../../analyze";
import type { CompletionItem, Range } from "../types";
import { completionItem } from "./completionItem";
import { imageNameItems, imageTagItems } from "./imageItems";
import { stageItems } from "./stageItems";

/**
 * FROM's arguments: at the first, the `before` stages defined above and the catalog's images (tags
 * once a `:` is typed); at the second, `AS`.
 */
export function fromItems(
  analysis: Analysis,
  argument: number,
  current: string,
  before: number,
  range: Range,
): CompletionItem[] {
  if (argument === 0) return stageOrImageItems(analysis, current, before, range, true);
  if (argument === 1 && /^a?$/i.test(current)) {
    return [
      completionItem("AS", "value", range, {
        insertText: "AS ${1:name}",
        snippet: true,
        detail: "names the stage",
        documentation: "Names the stage so that `COPY --from`, `FROM` and `--target` can refer to it.",
      }),
    ];
  }
  return [];
}

/** Stages first, then image names; the tags of an image once its name and `:` are typed. */
export function stageOrImageItems(
  analysis: Analysis,
  current: string,
  before: number,
  range: Range,
  withScratch: boolean,
): CompletionItem[] {
  if (current.includes("@")) return [];
  const colon = current.indexOf(":");
  if (colon >= 0) return imageTagItems(current.slice(0, colon).toLowerCase(), range, 0);
  return [...stageItems(analysis, before, range), ...imageNameItems(range, 2, withScratch)];
}

// What the share controls say, as pure functions of what happened.
import { formatSize, type ContextFile } from "../../engine";
import { MAX_SHARE_CHARS, largestTextFiles } from "./shareCode";

const count = (n: number) => n.toLocaleString("en");

export function copiedMessage(context: readonly ContextFile[]): string {
  const files = context.length === 1 ? "1 file" : `${context.length} files`;
  return `Link copied. It holds this Dockerfile and its build context (${files}); whoever opens it gets a copy in their playground.`;
}

export const COPY_BY_HAND =
  "The browser did not let Stageplay use the clipboard: the link is in the field below, selected, to copy by hand.";

/** Why no link was made, and the files whose removal would shorten it most. */
export function tooLargeMessage(length: number, context: readonly ContextFile[]): string {
  const largest = largestTextFiles(context, 3).map((file) => `${file.path} (${formatSize(file.sizeBytes)})`);
  const remove =
    largest.length > 0
      ? `Remove large text files from the build context (the largest: ${largest.join(", ")}) or shorten the Dockerfile, then share again.`
      : "Shorten the Dockerfile, then share again.";
  return `This playground is too large for a link: it would be ${count(length)} characters long, and a share link holds at most ${count(MAX_SHARE_CHARS)}. ${remove}`;
}

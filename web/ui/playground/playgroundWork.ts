// Whether putting other text and files into the playground would lose the learner's work: the one
// question asked before a gallery example or a shared link replaces what the playground holds.
import type { ContextFile } from "../../engine";

export interface PlaygroundContent {
  dockerfile: string;
  context: readonly ContextFile[];
}

/** What the playground holds: the learner's text and context where they edited them, else the starter's. */
export function playgroundContent(
  saved: { text: string | undefined; context: readonly ContextFile[] | undefined },
  starter: PlaygroundContent,
): PlaygroundContent {
  return { dockerfile: saved.text ?? starter.dockerfile, context: saved.context ?? starter.context };
}

/** The same text and the same files (in any order), byte for byte. */
export function samePlayground(a: PlaygroundContent, b: PlaygroundContent): boolean {
  if (a.dockerfile !== b.dockerfile || a.context.length !== b.context.length) return false;
  const theirs = new Map(b.context.map((file) => [file.path, file]));
  return a.context.every((file) => {
    const other = theirs.get(file.path);
    return (
      other !== undefined &&
      other.sizeBytes === file.sizeBytes &&
      other.content === file.content &&
      (other.mode ?? 0o644) === (file.mode ?? 0o644)
    );
  });
}

/**
 * Whether replacing `current` with `incoming` loses anything: not when they are the same, nor when
 * the playground holds something the app can give back as it is (the starter, a gallery example).
 */
export function wouldLoseWork(
  current: PlaygroundContent,
  incoming: PlaygroundContent,
  available: readonly PlaygroundContent[],
): boolean {
  if (samePlayground(current, incoming)) return false;
  return !available.some((content) => samePlayground(current, content));
}

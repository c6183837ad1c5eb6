// Building the reasons of a verdict, and the few ways they quote code to a learner.
import type { VerdictCheck, VerdictReason } from "../types";
import type { ImageView } from "./imageView";

/** A reason, plus whether it rests on something Stageplay assumed rather than knew. */
export interface Reason extends VerdictReason {
  doubtful?: boolean;
  /** The paths whose absence the reason rests on, when they are known: only steps that may write them cast doubt. */
  paths?: string[];
}

export function passed(check: VerdictCheck, message: string, line: number | null = null): Reason {
  return { check, ok: true, message, line };
}

export function failed(
  check: VerdictCheck,
  message: string,
  details: { runtimeError: string; line: number | null; fix: string },
): Reason {
  return { check, ok: false, message, ...details };
}

/** Inline code as the messages write it. */
export function code(text: string): string {
  return `\`${text}\``;
}

/** A command in exec (JSON) form, e.g. `["python", "app.py"]`. */
export function execForm(words: readonly string[]): string {
  return `[${words.map((word) => JSON.stringify(word)).join(", ")}]`;
}

/** "python:3.12-slim" or "this scratch image": how a message names the image. */
export function imageName(view: ImageView): string {
  if (!view.resolution) return "scratch";
  return view.resolution.reference.raw || view.resolution.image.id;
}

/** ", which Stageplay assumes is in /app/dist (a tree it does not list file by file)". */
export function assumedNote(lookup: { tree?: { path: string } }): string {
  return lookup.tree
    ? `, which Stageplay assumes is in ${lookup.tree.path} (a tree it does not list file by file)`
    : "";
}

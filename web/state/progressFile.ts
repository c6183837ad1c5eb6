import { sanitizePersisted } from "./persistence";
import type { ProgressFields } from "./types";

export const PROGRESS_FORMAT = "stageplay-progress";
export const PROGRESS_VERSION = 1;
export const PROGRESS_FILE_NAME = "stageplay-progress.json";
/** Far more than any learner's texts; a bigger file is not a progress file. */
export const MAX_PROGRESS_BYTES = 5 * 1024 * 1024;

/** What an exported progress file holds. */
export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** When it was written, ISO 8601. */
  exportedAt: string;
  progress: ProgressFields;
}

export type ReadProgressResult = { progress: Partial<ProgressFields> } | { error: string };

const PROGRESS_KEYS = ["documents", "contexts", "completed", "hintsShown", "lessonSteps"] as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The learner's work and how far they got, as the text of a progress file; nothing of the screen's layout. */
export function exportProgress(state: ProgressFields, now: Date = new Date()): string {
  const file: ProgressFile = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    progress: {
      documents: state.documents,
      contexts: state.contexts,
      completed: state.completed,
      hintsShown: state.hintsShown,
      lessonSteps: state.lessonSteps,
    },
  };
  return JSON.stringify(file, null, 2);
}

/** Why a file of `bytes` cannot be a progress file, or null when its size is fine. */
export function progressFileSizeError(bytes: number): string | null {
  if (bytes <= MAX_PROGRESS_BYTES) return null;
  const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
  return `The file is too large to be a progress file (${mb(bytes)}; at most ${mb(MAX_PROGRESS_BYTES)}).`;
}

/**
 * Reads the text of a progress file. Either every field it carries is well-formed and comes back,
 * or the answer is a sentence naming what is wrong, so a damaged file changes nothing.
 */
export function readProgressFile(text: string): ReadProgressResult {
  const tooLarge = progressFileSizeError(utf8Length(text));
  if (tooLarge) return { error: tooLarge };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: "The file is not a Stageplay progress file: it is not readable JSON." };
  }
  if (!isRecord(parsed) || parsed.format !== PROGRESS_FORMAT) {
    return { error: "The file is not a Stageplay progress file: it does not say it is one." };
  }
  if (typeof parsed.version !== "number" || !Number.isInteger(parsed.version) || parsed.version < 1) {
    return { error: "The progress file is damaged: its version is unreadable." };
  }
  if (parsed.version > PROGRESS_VERSION) {
    return {
      error: `The progress file comes from a newer Stageplay (file version ${parsed.version}); this one reads version ${PROGRESS_VERSION}.`,
    };
  }
  if (!isRecord(parsed.progress)) {
    return { error: "The progress file is damaged: it holds no progress." };
  }
  const raw = parsed.progress;
  const fields = Object.fromEntries(PROGRESS_KEYS.filter((key) => key in raw).map((key) => [key, raw[key]]));
  const { state, problems } = sanitizePersisted(fields);
  if (problems.length > 0) {
    return { error: `The progress file is damaged: ${problems.join("; ")}.` };
  }
  // Only the progress keys went in, and sanitizePersisted returns only the keys it was given.
  return { progress: state };
}

/**
 * The text's size in UTF-8, or its length where that already decides the limit (a UTF-16 unit takes
 * 1 to 3 bytes), so a normal file is not encoded just to be measured.
 */
function utf8Length(text: string): number {
  if (text.length > MAX_PROGRESS_BYTES || text.length * 3 <= MAX_PROGRESS_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

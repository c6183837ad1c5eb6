// Each lesson's text (its steps and hints) is a chunk of its own, loaded when the lesson opens.
import texts from "virtual:stageplay-lesson-texts";
import type { LessonText } from "./types";

const loaded = new Map<string, Promise<LessonText>>();

/** The lesson's text; the same promise for every caller, and a failed load is tried again next time. */
export function loadLessonText(id: string): Promise<LessonText> {
  const cached = loaded.get(id);
  if (cached) return cached;
  const load = texts[id];
  if (!load) return Promise.reject(new Error(`no lesson "${id}" in the course`));
  const text = (load() as Promise<LessonText>).catch((error: unknown) => {
    loaded.delete(id);
    throw error;
  });
  loaded.set(id, text);
  return text;
}

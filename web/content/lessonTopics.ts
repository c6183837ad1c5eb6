// Which lesson teaches what a hover explains, so the editor can add "Taught in: <lesson>". Chosen by
// reading each lesson's text: a lesson is listed for a topic only where it explains that topic, not
// where it merely uses it (no lesson explains ENTRYPOINT or `FROM --platform`, so they have none).
import { findLesson } from "./course";

/** Hover topic (`COPY`, `COPY --from`, `RUN --mount`) → the id of the lesson that explains it. */
export const LESSON_FOR_TOPIC: Readonly<Record<string, string>> = {
  FROM: "your-first-multistage-build",
  "COPY --from": "your-first-multistage-build",
  RUN: "layers-only-add",
  WORKDIR: "the-classic-app-mistake",
  CMD: "choosing-the-final-base",
  COPY: "layer-order-and-the-build-cache",
  ARG: "arg-and-env-across-stages",
  ENV: "arg-and-env-across-stages",
  "RUN --mount": "cache-mounts-and-run-mount-from",
  USER: "security",
  "COPY --chown": "security",
};

/** The course lesson that teaches a hover's topic, or null when none does. */
export function lessonForTopic(topic: string): { id: string; title: string } | null {
  const id = Object.hasOwn(LESSON_FOR_TOPIC, topic) ? LESSON_FOR_TOPIC[topic] : undefined;
  const lesson = id === undefined ? undefined : findLesson(id);
  return lesson ? { id: lesson.id, title: lesson.title } : null;
}

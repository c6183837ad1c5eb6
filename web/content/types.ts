import type { Goal } from "./goals/types.ts";

/** A file of a lesson's build context, as the engine's simulated `COPY` will see it. */
export interface ContextFile {
  path: string;
  content: string;
  sizeBytes: number;
}

/** One step of a lesson's text: a `##` section of text.md (the part before the first one is step 1). */
export interface LessonStep {
  title: string;
  /** The step's Markdown rendered at build time without its heading, raw HTML escaped: safe to insert. */
  html: string;
}

/** A progressive hint; one tied to a goal or a finding is shown first while that goal fails or that finding is present. */
export interface Hint {
  /** The id of a goal of the same lesson. */
  goal?: string;
  /** A rule name of a BuildKit build check or a Stageplay teaching check. */
  finding?: string;
}

/** A hint as written in lesson.json, with its text. */
export interface AuthoredHint extends Hint {
  /** Markdown. */
  text: string;
  /** `text` rendered as inline HTML at build time, raw HTML escaped. */
  html: string;
}

/**
 * A lesson as the app's first load knows it: everything the course map, the editor, the goals and
 * the showdown need. Its text comes with the lesson, in a chunk of its own (`LessonText`).
 */
export interface Lesson {
  id: string;
  title: string;
  summary: string;
  /** How many steps the lesson's text has. */
  stepCount: number;
  starter: string;
  solution: string;
  context: ContextFile[];
  hints: Hint[];
  /** What the finished image must look like, checked on the simulated build. Empty: the learner marks the lesson done. */
  goals: Goal[];
}

/** What a lesson shows only once it is open: its steps and its hints' text. */
export interface LessonText {
  /** text.md rendered step by step at build time; the Markdown itself is not shipped. */
  steps: LessonStep[];
  /** Each hint's HTML, in the order of `Lesson.hints`. */
  hints: string[];
}

/** A lesson as read from its folder (build time and tests): the lesson and its text together. */
export interface AuthoredLesson extends Omit<Lesson, "hints"> {
  steps: LessonStep[];
  hints: AuthoredHint[];
}

export interface Course {
  version: 1;
  title: string;
  lessons: Lesson[];
}

export interface AuthoredCourse {
  version: 1;
  title: string;
  lessons: AuthoredLesson[];
}

/** One problem found in the course data, naming the file and the field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

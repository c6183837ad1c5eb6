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
  /** Markdown. */
  text: string;
  /** `text` rendered as inline HTML at build time, raw HTML escaped. */
  html: string;
  /** The id of a goal of the same lesson. */
  goal?: string;
  /** A rule name of a BuildKit build check or a Stageplay teaching check. */
  finding?: string;
}

export interface Lesson {
  id: string;
  title: string;
  summary: string;
  /** The lesson's text (text.md), rendered step by step at build time; the Markdown itself is not shipped. */
  steps: LessonStep[];
  starter: string;
  solution: string;
  context: ContextFile[];
  hints: Hint[];
  /** What the finished image must look like, checked on the simulated build. Empty: the learner marks the lesson done. */
  goals: Goal[];
}

export interface Course {
  version: 1;
  title: string;
  lessons: Lesson[];
}

/** One problem found in the course data, naming the file and the field. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

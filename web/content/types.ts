/** A file of a lesson's build context, as the engine's simulated `COPY` will see it. */
export interface ContextFile {
  path: string;
  content: string;
  sizeBytes: number;
}

export interface Lesson {
  id: string;
  title: string;
  summary: string;
  /** The lesson's text, Markdown. */
  text: string;
  /** `text` rendered at build time, raw HTML escaped: safe to insert. */
  html: string;
  starter: string;
  solution: string;
  context: ContextFile[];
  /** Progressive hints, Markdown, shown one at a time. */
  hints: string[];
  /** `hints` rendered as inline HTML at build time, raw HTML escaped. */
  hintsHtml: string[];
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

import type { ContentProblem } from "./types";

// The schema is written out by hand rather than with a validation library: it is small, it runs at
// build time and in tests only, and its messages must name the file and the field for a lesson author.

export const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CourseManifest {
  version: 1;
  title: string;
  lessons: string[];
}

export interface LessonMeta {
  id: string;
  title: string;
  summary: string;
  hints: string[];
}

type Checker = (value: unknown) => string | null;

const nonEmptyString: Checker = (v) =>
  typeof v === "string" && v.trim() !== "" ? null : "must be a non-empty string";

const stringList: Checker = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === "string" && s.trim() !== "")
    ? null
    : "must be a list of non-empty strings";

function checkObject(
  value: unknown,
  file: string,
  fields: Record<string, Checker>,
  problems: ContentProblem[],
): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push({ file, field: "(root)", message: "must be a JSON object" });
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const [field, check] of Object.entries(fields)) {
    if (!(field in record)) {
      problems.push({ file, field, message: "is missing" });
      continue;
    }
    const message = check(record[field]);
    if (message) problems.push({ file, field, message });
  }
  for (const field of Object.keys(record)) {
    if (!(field in fields)) problems.push({ file, field, message: "is not a known field" });
  }
  return true;
}

/** Checks `lessons/course.json`. */
export function validateCourseManifest(value: unknown, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ok = checkObject(
    value,
    file,
    {
      version: (v) => (v === 1 ? null : "must be 1"),
      title: nonEmptyString,
      lessons: (v) => {
        const list = stringList(v);
        if (list) return list;
        const ids = v as string[];
        if (ids.length === 0) return "must name at least one lesson";
        const bad = ids.find((id) => !LESSON_ID.test(id));
        if (bad) return `"${bad}" is not a lesson id (lower-case words joined by "-")`;
        const dup = ids.find((id, i) => ids.indexOf(id) !== i);
        if (dup) return `"${dup}" is listed twice`;
        return null;
      },
    },
    problems,
  );
  return ok ? problems : problems.slice(0, 1);
}

/** Checks one lesson's `lesson.json`; `folder` is the folder name the id must equal. */
export function validateLessonMeta(value: unknown, file: string, folder: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkObject(
    value,
    file,
    {
      id: (v) => {
        if (typeof v !== "string" || !LESSON_ID.test(v)) return 'must be lower-case words joined by "-"';
        return v === folder ? null : `must equal the folder name "${folder}"`;
      },
      title: nonEmptyString,
      summary: nonEmptyString,
      hints: (v) => stringList(v) ?? ((v as string[]).length === 0 ? "must hold at least one hint" : null),
    },
    problems,
  );
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: field "${p.field}" ${p.message}`).join("\n");
}

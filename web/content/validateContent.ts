import { validateGoals } from "./goals/validateGoals.ts";
import type { Goal } from "./goals/types.ts";
import type { ContentProblem } from "./types.ts";

// The schema is written out by hand rather than with a validation library: it is small, it runs at
// build time and in tests only, and its messages must name the file and the field for a lesson author.

export const LESSON_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CourseManifest {
  version: 1;
  title: string;
  lessons: string[];
}

/** lesson.json as version 1 wrote it: hints as plain strings, no goals, no version field. */
export interface LessonMetaV1 {
  id: string;
  title: string;
  summary: string;
  hints: string[];
}

export const LESSON_FORMAT = 2;

export interface HintMeta {
  text: string;
  goal?: string;
  finding?: string;
}

/** lesson.json, version 2. */
export interface LessonMeta {
  version: 2;
  id: string;
  title: string;
  summary: string;
  hints: HintMeta[];
  goals: Goal[];
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

/**
 * Brings a lesson.json of an older format to the current one. Version 1 had no `version` field,
 * plain-string hints and no goals; anything that is not an object is left for validation to report.
 */
export function migrateLessonMeta(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if ("version" in record) return value;
  const hints = Array.isArray(record.hints)
    ? record.hints.map((hint) => (typeof hint === "string" ? { text: hint } : hint))
    : record.hints;
  return { version: LESSON_FORMAT, ...record, hints, goals: [] };
}

/** Checks one lesson's `lesson.json` (after migration); `folder` is the folder name the id must equal. */
export function validateLessonMeta(value: unknown, file: string, folder: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ok = checkObject(
    value,
    file,
    {
      version: (v) => (v === LESSON_FORMAT ? null : `must be ${LESSON_FORMAT}`),
      id: (v) => {
        if (typeof v !== "string" || !LESSON_ID.test(v)) return 'must be lower-case words joined by "-"';
        return v === folder ? null : `must equal the folder name "${folder}"`;
      },
      title: nonEmptyString,
      summary: nonEmptyString,
      hints: (v) => (Array.isArray(v) && v.length > 0 ? null : "must hold at least one hint"),
      goals: () => null,
    },
    problems,
  );
  if (!ok) return problems;
  const meta = value as Record<string, unknown>;
  problems.push(...validateGoals(meta.goals, file));
  const goalIds = new Set(
    Array.isArray(meta.goals) ? meta.goals.map((g) => (g as { id?: unknown } | null)?.id) : [],
  );
  if (Array.isArray(meta.hints)) {
    meta.hints.forEach((hint, i) => problems.push(...validateHint(hint, file, `hints[${i}]`, goalIds)));
  }
  return problems;
}

function validateHint(hint: unknown, file: string, at: string, goalIds: Set<unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (typeof hint !== "object" || hint === null || Array.isArray(hint)) {
    return [{ file, field: at, message: "must be an object with a text" }];
  }
  const record = hint as Record<string, unknown>;
  const message = nonEmptyString(record.text);
  if (message) problems.push({ file, field: `${at}.text`, message });
  if ("goal" in record && !goalIds.has(record.goal)) {
    problems.push({ file, field: `${at}.goal`, message: `must be the id of one of this lesson's goals` });
  }
  // Whether the rule exists is proved with the lessons: a tied hint's finding must be present in the starter.
  if ("finding" in record && nonEmptyString(record.finding)) {
    problems.push({ file, field: `${at}.finding`, message: "must be the rule name of a check" });
  }
  if ("goal" in record && "finding" in record) {
    problems.push({ file, field: at, message: "may be tied to a goal or to a finding, not both" });
  }
  for (const field of Object.keys(record)) {
    if (!["text", "goal", "finding"].includes(field))
      problems.push({ file, field: `${at}.${field}`, message: "is not a known field" });
  }
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `${p.file}: field "${p.field}" ${p.message}`).join("\n");
}

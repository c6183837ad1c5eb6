// The goals' schema, written out by hand like the rest of the lesson schema: every message names the
// field, down to the check's own field (`goals[2].check.path`), for a lesson author to fix.
import type { ContentProblem } from "../types.ts";
import { ARG_EFFECTS, BASE_FAMILIES, MOUNT_TYPES, TOOL_KINDS, type GoalKind } from "./types.ts";

type FieldCheck = (value: unknown) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const text: FieldCheck = (v) =>
  typeof v === "string" && v.trim() !== "" ? null : "must be a non-empty string";
const texts: FieldCheck = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === "string" && s.trim() !== "")
    ? null
    : "must be a list of non-empty strings";
const flag: FieldCheck = (v) => (typeof v === "boolean" ? null : "must be true or false");
const positive: FieldCheck = (v) =>
  typeof v === "number" && Number.isFinite(v) && v > 0 ? null : "must be a number above 0";
const fraction: FieldCheck = (v) =>
  typeof v === "number" && v > 0 && v < 1 ? null : "must be a fraction between 0 and 1 (0.3 for 30%)";
/** Stage names compare as BuildKit matches them, ignoring case. */
const twoOrMoreStages: FieldCheck = (v) =>
  texts(v) ??
  (new Set((v as string[]).map((name) => name.toLowerCase())).size >= 2
    ? null
    : "must name at least two different stages");
const count: FieldCheck = (v) =>
  Number.isInteger(v) && (v as number) >= 1 ? null : "must be a whole number of at least 1";
const oneOf =
  (values: readonly string[]): FieldCheck =>
  (v) =>
    typeof v === "string" && values.includes(v)
      ? null
      : `must be one of ${values.map((x) => `"${x}"`).join(", ")}`;
const absolutePath: FieldCheck = (v) =>
  typeof v === "string" && v.startsWith("/") ? null : 'must be an absolute path ("/app/app.py")';

/** Each kind's fields: the check and whether it is required. `oneOf` lists fields of which at least one is needed. */
const KINDS: Record<GoalKind, { fields: Record<string, [FieldCheck, boolean]>; atLeastOne?: string[] }> = {
  "stage-count": {
    fields: { exactly: [count, false], atLeast: [count, false] },
    atLeastOne: ["exactly", "atLeast"],
  },
  "final-base": {
    fields: { image: [text, false], family: [oneOf(BASE_FAMILIES), false] },
    atLeastOne: ["image", "family"],
  },
  "image-size": {
    fields: { underMB: [positive, false], smallerThanStarterBy: [positive, false] },
    atLeastOne: ["underMB", "smallerThanStarterBy"],
  },
  "image-path": { fields: { path: [absolutePath, true], present: [flag, true] } },
  "image-tool": { fields: { tool: [oneOf(TOOL_KINDS), true], present: [flag, true] } },
  "image-starts": { fields: {} },
  "copies-from-stage": { fields: { from: [text, false], path: [absolutePath, false] } },
  "no-errors": { fields: { rules: [texts, false] } },
  "target-builds": {
    fields: {
      target: [text, true],
      builder: [oneOf(["buildkit", "legacy"]), false],
      builds: [texts, true],
      skips: [(v) => (Array.isArray(v) && v.length === 0 ? null : texts(v)), true],
    },
  },
  "cached-after-edit": { fields: { file: [text, true], reused: [texts, true] } },
  "non-root-user": { fields: {} },
  "uses-mount": { fields: { type: [oneOf(MOUNT_TYPES), true] } },
  "build-arg-changes": {
    fields: {
      arg: [text, true],
      value: [(v) => (typeof v === "string" ? null : "must be a string"), true],
      changes: [oneOf(ARG_EFFECTS), true],
    },
  },
  "stages-in-parallel": {
    fields: { stages: [twoOrMoreStages, true] },
  },
  "build-time": {
    fields: { fasterThanStarterBy: [fraction, false], fasterThanLegacyBy: [fraction, false] },
    atLeastOne: ["fasterThanStarterBy", "fasterThanLegacyBy"],
  },
};

export const GOAL_KINDS = Object.keys(KINDS) as GoalKind[];

const GOAL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks a lesson's `goals` list; `at` is the field's name in messages ("goals"). */
export function validateGoals(value: unknown, file: string, at = "goals"): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  if (!Array.isArray(value)) {
    problem(at, "must be a list of goals");
    return problems;
  }
  const ids = new Set<string>();
  value.forEach((goal, i) => {
    const here = `${at}[${i}]`;
    if (!isRecord(goal)) return problem(here, "must be an object with id, sentence and check");
    for (const field of Object.keys(goal)) {
      if (!["id", "sentence", "check"].includes(field)) problem(`${here}.${field}`, "is not a known field");
    }
    if (typeof goal.id !== "string" || !GOAL_ID.test(goal.id))
      problem(`${here}.id`, 'must be lower-case words joined by "-"');
    else if (ids.has(goal.id)) problem(`${here}.id`, `"${goal.id}" is used by an earlier goal`);
    else ids.add(goal.id);
    const sentence = text(goal.sentence);
    if (sentence) problem(`${here}.sentence`, sentence);
    // Shown as plain text and read out as the goal's name: Markdown would show its backticks.
    else if ((goal.sentence as string).includes("`"))
      problem(`${here}.sentence`, "is plain text: Markdown's backticks would show");
    problems.push(...validateCheck(goal.check, file, `${here}.check`));
  });
  return problems;
}

function validateCheck(check: unknown, file: string, at: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ file, field, message });
  if (!isRecord(check)) {
    problem(at, "must be an object with a kind");
    return problems;
  }
  const spec = KINDS[check.kind as GoalKind];
  if (!spec) {
    problem(`${at}.kind`, `must be one of ${GOAL_KINDS.map((k) => `"${k}"`).join(", ")}`);
    return problems;
  }
  for (const [field, [check_, required]] of Object.entries(spec.fields)) {
    if (!(field in check)) {
      if (required) problem(`${at}.${field}`, "is missing");
      continue;
    }
    const message = check_(check[field]);
    if (message) problem(`${at}.${field}`, message);
  }
  for (const field of Object.keys(check)) {
    if (field !== "kind" && !(field in spec.fields))
      problem(`${at}.${field}`, `is not a field of a "${String(check.kind)}" goal`);
  }
  if (spec.atLeastOne && !spec.atLeastOne.some((field) => field in check)) {
    problem(at, `needs ${spec.atLeastOne.map((f) => `"${f}"`).join(" or ")}`);
  }
  return problems;
}

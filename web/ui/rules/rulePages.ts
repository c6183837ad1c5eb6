import { RULES as BUILDKIT_RULES } from "../../engine/checks/buildkit/ruleset";
import { RULE_DOCS, RULE_GROUPS, type RuleDoc } from "../../content/ruleDocs";
import { BUILDKIT_RULE_NAMES } from "../../content/ruleLinks";
import { rulesTaughtBy } from "../../content/taughtRules";
import type { Course, Lesson } from "../../content/types";

export interface TaughtInLesson {
  lesson: Lesson;
  /** 1-based, as the course map numbers lessons. */
  number: number;
}

/** Every lesson of the course that explains `rule`, in course order. */
export function lessonsTeaching(course: Course, rule: string): TaughtInLesson[] {
  const found: TaughtInLesson[] = [];
  course.lessons.forEach((lesson, i) => {
    if (rulesTaughtBy(lesson).includes(rule)) found.push({ lesson, number: i + 1 });
  });
  return found;
}

export interface IndexGroup {
  title: string;
  rules: { rule: string; title: string }[];
}

/** The teaching checks by group, in the order of `RULE_GROUPS`, each group's rules by title. */
export function teachingGroups(): IndexGroup[] {
  return RULE_GROUPS.map((group) => ({
    title: group.title,
    rules: Object.entries(RULE_DOCS)
      .filter(([, doc]) => doc.group === group.id)
      .map(([rule, doc]) => ({ rule, title: doc.title })),
  })).filter((group) => group.rules.length > 0);
}

export interface BuildKitRuleSummary {
  rule: string;
  description: string;
  url: string;
  experimental: boolean;
}

/** BuildKit's build checks the engine runs, in BuildKit's order. */
export function buildKitRules(): BuildKitRuleSummary[] {
  const rules = BUILDKIT_RULES as Record<string, { description: string; url: string; experimental: boolean }>;
  return BUILDKIT_RULE_NAMES.flatMap((rule) => {
    const entry = rules[rule];
    return entry
      ? [{ rule, description: entry.description, url: entry.url, experimental: entry.experimental }]
      : [];
  });
}

export type RulePageContent =
  | { kind: "teaching"; rule: string; doc: RuleDoc }
  | { kind: "buildkit"; summary: BuildKitRuleSummary }
  | { kind: "unknown"; rule: string };

/** What the page for `rule` shows. */
export function rulePageContent(rule: string): RulePageContent {
  if (Object.hasOwn(RULE_DOCS, rule)) {
    const doc = RULE_DOCS[rule];
    if (doc) return { kind: "teaching", rule, doc };
  }
  const summary = buildKitRules().find((entry) => entry.rule === rule);
  return summary ? { kind: "buildkit", summary } : { kind: "unknown", rule };
}

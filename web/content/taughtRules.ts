import type { Course, Lesson } from "./types";

/**
 * The findings a lesson explains, read from its own data: the rules its hints are tied to and the
 * rules its `no-errors` goals name. A lesson says nothing twice: this is the one list the lesson pane
 * links and the Checks tab links back from.
 */
export function rulesTaughtBy(lesson: Lesson): string[] {
  const rules = new Set<string>();
  for (const hint of lesson.hints) if (hint.finding) rules.add(hint.finding);
  for (const goal of lesson.goals) {
    if (goal.check.kind === "no-errors") for (const rule of goal.check.rules ?? []) rules.add(rule);
  }
  return [...rules];
}

/** For each rule, the first lesson of the course that explains it, with its 1-based number. */
export function lessonsByRule(course: Course): Map<string, { lesson: Lesson; number: number }> {
  const byRule = new Map<string, { lesson: Lesson; number: number }>();
  course.lessons.forEach((lesson, i) => {
    for (const rule of rulesTaughtBy(lesson))
      if (!byRule.has(rule)) byRule.set(rule, { lesson, number: i + 1 });
  });
  return byRule;
}

import { COURSE } from "../../content/course";
import { ruleLink } from "../../content/ruleLinks";
import { lessonsByRule, rulesTaughtBy } from "../../content/taughtRules";
import type { Lesson } from "../../content/types";
import { lessonHref } from "../routes";

const TAUGHT = lessonsByRule(COURSE);

/** The findings a lesson explains, each linked to what it means: Docker's page for a BuildKit check, ours for a teaching check. */
export function TaughtFindings({ lesson }: { lesson: Lesson }) {
  const rules = rulesTaughtBy(lesson);
  if (rules.length === 0) return null;
  return (
    <section className="lesson-section taught" aria-labelledby="taught-title">
      <h2 id="taught-title">Findings this lesson explains</h2>
      <ul>
        {rules.map((rule) => {
          const link = ruleLink(rule);
          return (
            <li key={rule}>
              {link?.external ? (
                <a href={link.href} target="_blank" rel="noopener noreferrer">
                  <code>{rule}</code> <span className="muted">(BuildKit build check, docs.docker.com)</span>
                </a>
              ) : link ? (
                <a href={link.href}>
                  <code>{rule}</code> <span className="muted">(a Stageplay teaching check)</span>
                </a>
              ) : (
                <>
                  <code>{rule}</code> <span className="muted">(a Stageplay check)</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A link to the lesson that explains `rule`, unless it is the lesson on screen. */
export function TaughtIn({ rule, currentLessonId }: { rule: string | null; currentLessonId: string | null }) {
  const taught = rule ? TAUGHT.get(rule) : undefined;
  if (!taught) return null;
  if (taught.lesson.id === currentLessonId)
    return <span className="taught-in">Explained in this lesson</span>;
  return (
    <a className="taught-in" href={lessonHref(taught.lesson.id)}>
      Explained in lesson {taught.number}: {taught.lesson.title}
    </a>
  );
}

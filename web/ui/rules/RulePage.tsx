import type { Course } from "../../content/types";
import { CHECKS_HREF, lessonHref } from "../routes";
import { RuleText } from "./RuleText";
import { lessonsTeaching, rulePageContent, type BuildKitRuleSummary } from "./rulePages";
import type { RuleDoc } from "../../content/ruleDocs";
import "./rules.css";

/** One check's explanation: what it means, why it matters, how to fix it, and the lessons on it. */
export function RulePage({ course, rule }: { course: Course; rule: string }) {
  const content = rulePageContent(rule);
  return (
    <main className="rules-page" aria-labelledby="rule-title">
      <div className="rules-page-inner">
        <p className="rules-back">
          <a href={CHECKS_HREF}>
            <span aria-hidden="true">← </span>All checks
          </a>
        </p>
        {content.kind === "teaching" ? (
          <TeachingRule course={course} rule={content.rule} doc={content.doc} />
        ) : content.kind === "buildkit" ? (
          <BuildKitRule summary={content.summary} />
        ) : (
          <>
            <h1 id="rule-title">There is no check called {content.rule}</h1>
            <p>
              <a href={CHECKS_HREF}>See every check Stageplay runs</a>.
            </p>
          </>
        )}
      </div>
    </main>
  );
}

function TeachingRule({ course, rule, doc }: { course: Course; rule: string; doc: RuleDoc }) {
  const lessons = lessonsTeaching(course, rule);
  return (
    <article className="rule-doc">
      <p className="eyebrow">Stageplay check</p>
      <h1 id="rule-title">{doc.title}</h1>
      <p className="rule-name">
        Rule name: <code>{rule}</code>
      </p>
      <h2>What it means</h2>
      <p>
        <RuleText text={doc.meaning} />
      </p>
      <h2>Why it matters</h2>
      <p>
        <RuleText text={doc.why} />
      </p>
      <h2>How to fix it</h2>
      <p>
        <RuleText text={doc.fix} />
      </p>
      {doc.example && (
        <>
          <h2>Example</h2>
          <div className="rule-example">
            <figure>
              <figcaption>With the mistake</figcaption>
              <pre>
                <code>{doc.example.bad}</code>
              </pre>
            </figure>
            <figure>
              <figcaption>Fixed</figcaption>
              <pre>
                <code>{doc.example.good}</code>
              </pre>
            </figure>
          </div>
        </>
      )}
      <h2>Lessons that explain it</h2>
      {lessons.length > 0 ? (
        <ul className="rule-lessons">
          {lessons.map(({ lesson, number }) => (
            <li key={lesson.id}>
              <a href={lessonHref(lesson.id)}>
                Lesson {number}: {lesson.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p>No lesson of the course is about this check yet.</p>
      )}
    </article>
  );
}

function BuildKitRule({ summary }: { summary: BuildKitRuleSummary }) {
  return (
    <article className="rule-doc">
      <p className="eyebrow">BuildKit build check</p>
      <h1 id="rule-title">{summary.rule}</h1>
      <p>{summary.description}.</p>
      <p>
        BuildKit runs this check itself while it builds. Docker explains it:{" "}
        <a href={summary.url} target="_blank" rel="noopener noreferrer">
          {summary.rule} on docs.docker.com<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
        .
      </p>
    </article>
  );
}

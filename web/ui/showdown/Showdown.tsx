import { useMemo, useState } from "react";
import type { Course } from "../../content/types";
import { lessonDocument } from "../../state/types";
import { selectContext, selectDocument, selectIsEdited } from "../../state/selectors";
import { PLAYGROUND_CONTEXT, PLAYGROUND_STARTER } from "../playground/playgroundStarter";
import { lessonHref } from "../routes";
import { useAppStore } from "../storeContext";
import { ShowdownResults } from "./ShowdownResults";
import { ShowdownSide } from "./ShowdownSide";
import { defaultPair, showdownSources, type ShowdownSource } from "./showdownSources";
import { useFigures } from "./useFigures";
import "./showdown.css";

/** Two Dockerfiles side by side, each with its own build context, and their figures compared. */
export function Showdown({ course, lessonId }: { course: Course; lessonId: string | null }) {
  // A new lesson in the address starts from that lesson's pair again.
  return <ShowdownPage key={lessonId ?? ""} course={course} lessonId={lessonId} />;
}

function ShowdownPage({ course, lessonId }: { course: Course; lessonId: string | null }) {
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const lesson = course.lessons[index];
  const playgroundText = useAppStore(selectDocument("playground", PLAYGROUND_STARTER));
  const playgroundContext = useAppStore(selectContext("playground", PLAYGROUND_CONTEXT));
  const playground = useMemo(
    () => ({ text: playgroundText, context: playgroundContext ?? PLAYGROUND_CONTEXT }),
    [playgroundText, playgroundContext],
  );
  const lessonDoc = lessonDocument(lesson?.id ?? "");
  const edited = useAppStore(selectIsEdited(lessonDoc));
  const yoursText = useAppStore(selectDocument(lessonDoc, lesson?.starter ?? ""));
  const yoursContext = useAppStore(selectContext(lessonDoc, lesson?.context));
  const yoursEdited = edited || yoursContext !== lesson?.context;
  const yours = useMemo(
    () =>
      lesson && yoursEdited
        ? { lessonId: lesson.id, text: yoursText, context: yoursContext ?? lesson.context }
        : null,
    [lesson, yoursEdited, yoursText, yoursContext],
  );
  const sources = useMemo(() => showdownSources({ course, playground, yours }), [course, playground, yours]);
  const [picked, setPicked] = useState(() => defaultPair(course, lessonId));
  const find = (id: string): ShowdownSource =>
    sources.find((s) => s.id === id) ?? (sources[0] as ShowdownSource);
  const a = find(picked[0]);
  const b = find(picked[1]);
  const figuresA = useFigures(a.dockerfile, a.context);
  const figuresB = useFigures(b.dockerfile, b.context);

  return (
    <main className="showdown" aria-labelledby="showdown-title">
      <div className="showdown-intro">
        <h1 id="showdown-title">Showdown{lesson ? `: ${lesson.title}` : ""}</h1>
        <p>
          Two Dockerfiles side by side, each built with its own build context by Stageplay&apos;s simulator:
          how big each image is, what it keeps, how long it takes to build, and whether it would start at all.
          {lesson && (
            <>
              {" "}
              <a href={lessonHref(lesson.id)}>Back to lesson {index + 1}</a>
            </>
          )}
        </p>
        {lessonId && !lesson && (
          <p role="status">
            There is no lesson called &ldquo;{lessonId}&rdquo;; here are two of the built-in examples instead.
          </p>
        )}
      </div>
      <div className="showdown-sides">
        <ShowdownSide side="A" sources={sources} source={a} onPick={(id) => setPicked([id, picked[1]])} />
        <ShowdownSide side="B" sources={sources} source={b} onPick={(id) => setPicked([picked[0], id])} />
      </div>
      <ShowdownResults
        sides={[
          { label: a.label, state: figuresA },
          { label: b.label, state: figuresB },
        ]}
      />
    </main>
  );
}

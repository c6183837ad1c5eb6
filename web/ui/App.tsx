import { lazy, Suspense, useEffect, useSyncExternalStore } from "react";
import type { Course } from "../content/types";
import { lessonDocument } from "../state/types";
import { selectTheme } from "../state/selectors";
import { Header } from "./Header";
import { LessonPane } from "./lesson/LessonPane";
import { NoticeBar } from "./NoticeBar";
import { PlaygroundPane } from "./PlaygroundPane";
import { PLAYGROUND_CONTEXT, PLAYGROUND_STARTER } from "./playground/playgroundStarter";
import { CourseMap } from "./course/CourseMap";
import { OpenSharedLink } from "./share/OpenSharedLink";
import { PLAYGROUND_HREF, lessonHref, parseRoute } from "./routes";
import { useAppStore } from "./storeContext";
import { useResolvedTheme } from "./useResolvedTheme";
import { Showdown } from "./showdown/Showdown";
import { Workspace } from "./Workspace";

const RulesRoute = lazy(() => import("./rules/RulesRoute").then((m) => ({ default: m.RulesRoute })));

function subscribeToHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

export function App({ course }: { course: Course }) {
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash);
  const route = parseRoute(hash);
  const theme = useResolvedTheme(useAppStore(selectTheme));
  const first = course.lessons[0];

  useEffect(() => {
    if (route.kind === "home" && first) window.location.replace(lessonHref(first.id));
  }, [route.kind, first]);

  const lessonId = route.kind === "lesson" ? route.lessonId : route.kind === "home" ? first?.id : undefined;
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const lesson = course.lessons[index];
  const ruleName = route.kind === "rule" ? route.rule : null;

  useEffect(() => {
    document.title =
      route.kind === "playground" || route.kind === "share"
        ? "Playground · Stageplay"
        : route.kind === "course"
          ? "Course · Stageplay"
          : route.kind === "showdown"
            ? "Showdown · Stageplay"
            : route.kind === "rules"
              ? "Checks · Stageplay"
              : ruleName
                ? `${ruleName} · Checks · Stageplay`
                : lesson
                  ? `${lesson.title} · Stageplay`
                  : "Stageplay";
  }, [route.kind, lesson, ruleName]);

  let body;
  if (route.kind === "course") {
    body = <CourseMap course={course} />;
  } else if (route.kind === "share") {
    body = <OpenSharedLink data={route.data} />;
  } else if (route.kind === "showdown") {
    body = <Showdown course={course} lessonId={route.lessonId} />;
  } else if (route.kind === "rules" || route.kind === "rule") {
    body = (
      <Suspense
        fallback={
          <main className="rules-page">
            <p>Loading the checks…</p>
          </main>
        }
      >
        <RulesRoute course={course} rule={ruleName} />
      </Suspense>
    );
  } else if (route.kind === "playground") {
    body = (
      <Workspace
        side={<PlaygroundPane />}
        sideLabel="Playground"
        documentId="playground"
        starter={PLAYGROUND_STARTER}
        editorLabel="Playground Dockerfile"
        theme={theme}
        context={PLAYGROUND_CONTEXT}
      />
    );
  } else if (lesson) {
    body = (
      <Workspace
        side={
          <LessonPane
            lesson={lesson}
            position={index + 1}
            total={course.lessons.length}
            next={course.lessons[index + 1]}
            theme={theme}
          />
        }
        sideLabel="Lesson"
        documentId={lessonDocument(lesson.id)}
        starter={lesson.starter}
        editorLabel={`Dockerfile for lesson ${index + 1}: ${lesson.title}`}
        theme={theme}
        context={lesson.context}
        lesson={lesson}
      />
    );
  } else {
    body = (
      <main className="not-found">
        <h1>There is nothing at {hash || "this address"}</h1>
        <p>
          {first && <a href={lessonHref(first.id)}>Start the course</a>} or{" "}
          <a href={PLAYGROUND_HREF}>open the playground</a>.
        </p>
      </main>
    );
  }

  return (
    <div className="app">
      <Header course={course} route={route} />
      <NoticeBar />
      {body}
    </div>
  );
}

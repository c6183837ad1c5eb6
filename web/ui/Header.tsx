import type { Course } from "../content/types";
import type { ThemeSetting } from "../state/types";
import { selectCompleted, selectTheme } from "../state/selectors";
import { COURSE_HREF, PLAYGROUND_HREF, SHOWDOWN_HREF, lessonHref, showdownHref, type Route } from "./routes";
import { useAppStore } from "./storeContext";

const NEXT_THEME: Record<ThemeSetting, ThemeSetting> = { system: "light", light: "dark", dark: "system" };
const THEME_LABEL: Record<ThemeSetting, string> = { system: "System", light: "Light", dark: "Dark" };

export function Header({ course, route }: { course: Course; route: Route }) {
  const completed = useAppStore(selectCompleted);
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore((s) => s.setTheme);
  const done = course.lessons.filter((l) => completed.includes(l.id)).length;
  const total = course.lessons.length;
  const firstLesson = course.lessons[0];

  return (
    <header className="header">
      <a className="brand" href={firstLesson ? lessonHref(firstLesson.id) : "#/"}>
        <img src="/favicon.svg" alt="" width="24" height="24" />
        <span className="brand-name">Stageplay</span>
      </a>
      <span className="course-title">{course.title}</span>
      <nav className="header-nav" aria-label="Main">
        <a
          href={COURSE_HREF}
          aria-current={route.kind === "course" || route.kind === "lesson" ? "page" : undefined}
        >
          Course
        </a>
        <a
          href={PLAYGROUND_HREF}
          aria-current={route.kind === "playground" || route.kind === "share" ? "page" : undefined}
        >
          Playground
        </a>
        <a href={showdownLink(route)} aria-current={route.kind === "showdown" ? "page" : undefined}>
          Showdown
        </a>
      </nav>
      <div className="progress" title={`${done} of ${total} lessons done`}>
        <progress max={total} value={done} aria-label="Course progress" />
        <span>
          {done}/{total} done
        </span>
      </div>
      <button
        type="button"
        className="theme-toggle"
        onClick={() => setTheme(NEXT_THEME[theme])}
        aria-label={`Theme: ${THEME_LABEL[theme]}. Switch to ${THEME_LABEL[NEXT_THEME[theme]]}`}
      >
        <span aria-hidden="true">{theme === "dark" ? "☾" : theme === "light" ? "☀" : "◐"}</span>
        <span className="theme-label">{THEME_LABEL[theme]}</span>
      </button>
    </header>
  );
}

/** The showdown of the lesson on screen, when there is one. */
function showdownLink(route: Route): string {
  if (route.kind === "lesson") return showdownHref(route.lessonId);
  if (route.kind === "showdown" && route.lessonId) return showdownHref(route.lessonId);
  return SHOWDOWN_HREF;
}

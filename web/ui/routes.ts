import { RULES_INDEX_HREF, rulePageHref } from "../content/ruleLinks";

/** The app's places, read from the URL hash so that static hosting needs no server routes. */
export type Route =
  | { kind: "home" }
  | { kind: "lesson"; lessonId: string }
  /** Every lesson with the learner's progress. */
  | { kind: "course" }
  /** A shared Dockerfile and build context, compressed into the hash; opened into the playground. */
  | { kind: "share"; data: string }
  | { kind: "playground" }
  /** Two Dockerfiles side by side; `lessonId` picks the lesson whose starter and solution are compared. */
  | { kind: "showdown"; lessonId: string | null }
  /** Every check Stageplay runs, grouped, each linked to its explanation. */
  | { kind: "rules" }
  /** One check's explanation, by its rule name. */
  | { kind: "rule"; rule: string }
  | { kind: "notFound"; hash: string };

export function parseRoute(hash: string): Route {
  // Shared data is lz-string's URI-safe alphabet: read it as it is, before any decoding.
  const shared = /^#?\/share\/(.*)$/.exec(hash);
  if (shared) return { kind: "share", data: shared[1] ?? "" };
  const path = decodeURIComponentSafe(hash.replace(/^#/, "")).replace(/\/+$/, "");
  if (path === "" || path === "/") return { kind: "home" };
  if (path === "/playground") return { kind: "playground" };
  if (path === "/lessons") return { kind: "course" };
  if (path === "/showdown") return { kind: "showdown", lessonId: null };
  const showdown = /^\/showdown\/([a-z0-9-]+)$/.exec(path);
  if (showdown?.[1]) return { kind: "showdown", lessonId: showdown[1] };
  if (path === "/checks") return { kind: "rules" };
  const rule = /^\/checks\/([A-Za-z0-9-]+)$/.exec(path);
  if (rule?.[1]) return { kind: "rule", rule: rule[1] };
  const lesson = /^\/lessons\/([a-z0-9-]+)$/.exec(path);
  if (lesson?.[1]) return { kind: "lesson", lessonId: lesson[1] };
  return { kind: "notFound", hash };
}

export const lessonHref = (lessonId: string) => `#/lessons/${lessonId}`;
export const PLAYGROUND_HREF = "#/playground";
export const COURSE_HREF = "#/lessons";
export const shareHref = (data: string) => `#/share/${data}`;
export const SHOWDOWN_HREF = "#/showdown";
export const showdownHref = (lessonId: string) => `#/showdown/${lessonId}`;
export const CHECKS_HREF = RULES_INDEX_HREF;
export const checkHref = rulePageHref;

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

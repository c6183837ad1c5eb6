// Node only: reads the course from disk at build time (Vite plugin) and in tests.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { renderMarkdown, renderMarkdownInline } from "./renderMarkdown.ts";
import type { AuthoredCourse, AuthoredLesson, ContentProblem, ContextFile } from "./types.ts";
import { splitSteps } from "./splitSteps.ts";
import {
  formatProblems,
  migrateLessonMeta,
  validateCourseManifest,
  validateLessonMeta,
  type CourseManifest,
  type LessonMeta,
} from "./validateContent.ts";

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Invalid course content:\n${formatProblems(problems)}`);
    this.name = "ContentError";
  }
}

function readJson(path: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    const reason = existsSync(path) ? (e as Error).message : "file is missing";
    problems.push({ file, field: "(file)", message: `cannot be read: ${reason}` });
    return undefined;
  }
}

function readText(path: string, file: string, problems: ContentProblem[]): string {
  if (!existsSync(path)) {
    problems.push({ file, field: "(file)", message: "is missing" });
    return "";
  }
  const text = readFileSync(path, "utf8");
  if (text.trim() === "") problems.push({ file, field: "(file)", message: "is empty" });
  return text;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    });
}

function readContext(dir: string): ContextFile[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir).map((path) => ({
    path: relative(dir, path).split("\\").join("/"),
    content: readFileSync(path, "utf8"),
    sizeBytes: statSync(path).size,
  }));
}

/** Loads and validates the course under `root` (the `lessons/` folder); throws ContentError naming file and field. */
export function loadCourse(root: string): AuthoredCourse {
  const problems: ContentProblem[] = [];
  const at = (...parts: string[]) =>
    relative(join(root, ".."), join(root, ...parts))
      .split("\\")
      .join("/");

  const manifest = readJson(join(root, "course.json"), at("course.json"), problems);
  if (problems.length === 0) problems.push(...validateCourseManifest(manifest, at("course.json")));
  if (problems.length > 0) throw new ContentError(problems);
  const { title, lessons: ids } = manifest as CourseManifest;

  const lessons: AuthoredLesson[] = [];
  for (const id of ids) {
    const folder = join(root, id);
    if (!existsSync(folder)) {
      problems.push({
        file: at("course.json"),
        field: "lessons",
        message: `names "${id}" but ${at(id)}/ does not exist`,
      });
      continue;
    }
    const metaFile = at(id, "lesson.json");
    const read = readJson(join(folder, "lesson.json"), metaFile, problems);
    const meta = read === undefined ? undefined : migrateLessonMeta(read);
    const metaProblems = meta === undefined ? [] : validateLessonMeta(meta, metaFile, id);
    problems.push(...metaProblems);
    const text = readText(join(folder, "text.md"), at(id, "text.md"), problems);
    const starter = readText(join(folder, "starter.Dockerfile"), at(id, "starter.Dockerfile"), problems);
    const solution = readText(join(folder, "solution.Dockerfile"), at(id, "solution.Dockerfile"), problems);
    if (meta === undefined || metaProblems.length > 0) continue;
    const { title: lessonTitle, summary, hints, goals } = meta as LessonMeta;
    const steps = splitSteps(text, "Introduction").map((step) => ({
      title: step.title,
      html: renderMarkdown(step.body),
    }));
    lessons.push({
      id,
      title: lessonTitle,
      summary,
      hints: hints.map((hint) => ({ ...hint, html: renderMarkdownInline(hint.text) })),
      goals,
      stepCount: steps.length,
      steps,
      starter,
      solution,
      context: readContext(join(folder, "context")),
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { version: 1, title, lessons };
}

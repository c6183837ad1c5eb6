// What each side of the showdown can show: the lessons' starters and solutions, the playground and
// the built-in examples, each with the build context its COPY instructions read.
import { EXAMPLES, SEED_PAIR } from "../../content/examples";
import type { ContextFile } from "../../engine";
import type { Course } from "../../content/types";

export interface ShowdownSource {
  /** "lesson:<id>:starter", "lesson:<id>:solution", "lesson:<id>:yours", "playground" or "example:<id>". */
  id: string;
  /** Short, for table headings and sentences: "Lesson 1 starter", "Flask, regular image". */
  label: string;
  /** The picker's group: a lesson's title, "Playground" or "Examples". */
  group: string;
  dockerfile: string;
  /** The build context, or null when there is none to give (COPY from it is then unknown, not missing). */
  context: ContextFile[] | null;
  /** What a reader should know about the build context, when there is something to know. */
  contextNote: string | null;
}

export interface SourceInputs {
  course: Course;
  /** The playground's current text and build context. */
  playground: { text: string; context: ContextFile[] };
  /** The learner's own Dockerfile (and context) for the showdown's lesson, when they have edited it. */
  yours: { lessonId: string; text: string; context: ContextFile[] } | null;
}

export const exampleSourceId = (id: string) => `example:${id}`;

export function showdownSources({ course, playground, yours }: SourceInputs): ShowdownSource[] {
  const sources: ShowdownSource[] = [];
  course.lessons.forEach((lesson, i) => {
    const group = `Lesson ${i + 1}: ${lesson.title}`;
    const lessonSource = (
      kind: string,
      label: string,
      dockerfile: string,
      context: ContextFile[] = lesson.context,
    ): ShowdownSource => ({
      id: `lesson:${lesson.id}:${kind}`,
      label: `Lesson ${i + 1} ${label}`,
      group,
      dockerfile,
      context,
      contextNote: null,
    });
    sources.push(lessonSource("starter", "starter", lesson.starter));
    sources.push(lessonSource("solution", "solution", lesson.solution));
    if (yours?.lessonId === lesson.id)
      sources.push(lessonSource("yours", "(your version)", yours.text, yours.context));
  });
  sources.push({
    id: "playground",
    label: "Your playground",
    group: "Playground",
    dockerfile: playground.text,
    context: playground.context,
    contextNote: null,
  });
  for (const example of EXAMPLES) {
    sources.push({
      id: exampleSourceId(example.id),
      label: example.title,
      group: "Examples",
      dockerfile: example.dockerfile,
      context: example.context,
      contextNote: null,
    });
  }
  return sources;
}

/**
 * The pair the showdown opens with: a lesson's starter against its solution, or without a lesson the
 * regular Flask image against its 'multistage' version as often published.
 */
export function defaultPair(course: Course, lessonId: string | null): [string, string] {
  const lesson = lessonId ? course.lessons.find((l) => l.id === lessonId) : undefined;
  if (lesson) return [`lesson:${lesson.id}:starter`, `lesson:${lesson.id}:solution`];
  return [exampleSourceId(SEED_PAIR[0]), exampleSourceId(SEED_PAIR[1])];
}

/** The sources in picker order, grouped, keeping the order groups first appear in. */
export function groupSources(
  sources: readonly ShowdownSource[],
): { group: string; sources: ShowdownSource[] }[] {
  const groups: { group: string; sources: ShowdownSource[] }[] = [];
  for (const source of sources) {
    const last = groups.find((g) => g.group === source.group);
    if (last) last.sources.push(source);
    else groups.push({ group: source.group, sources: [source] });
  }
  return groups;
}

import type { ContextFile } from "../../engine";
import type { Course } from "../../content/types";
import type { DocumentId, ProgressFields } from "../../state/types";

type Work = Pick<ProgressFields, "documents" | "contexts">;

const sameFile = (a: ContextFile, b: ContextFile) =>
  a.path === b.path && a.sizeBytes === b.sizeBytes && a.content === b.content && a.mode === b.mode;

const sameContext = (a: ContextFile[], b: ContextFile[]) =>
  a.length === b.length && a.every((file, i) => sameFile(file, b[i] as ContextFile));

/**
 * The documents whose text or build context the learner has edited and an import would replace with
 * something different: the ones to ask about first. Documents they never edited lose nothing.
 */
export function replacedDocuments(current: Work, incoming: Partial<Work>): DocumentId[] {
  const replaced = new Set<DocumentId>();
  for (const [id, text] of Object.entries(incoming.documents ?? {}) as [DocumentId, string][]) {
    const mine = current.documents[id];
    if (mine !== undefined && mine !== text) replaced.add(id);
  }
  for (const [id, files] of Object.entries(incoming.contexts ?? {}) as [DocumentId, ContextFile[]][]) {
    const mine = current.contexts[id];
    if (mine !== undefined && !sameContext(mine, files)) replaced.add(id);
  }
  return [...replaced];
}

/** How the learner knows a document: "lesson 2 (Title)", "the playground". */
export function documentName(id: DocumentId, course: Course): string {
  if (id === "playground") return "the playground";
  const lessonId = id.slice("lesson:".length);
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const lesson = course.lessons[index];
  return lesson ? `lesson ${index + 1} (${lesson.title})` : `the lesson “${lessonId}”`;
}

/** The question asked before an import replaces the learner's own work. */
export function replaceQuestion(ids: DocumentId[], course: Course): string {
  const names = ids.map((id) => documentName(id, course));
  if (names.length === 1) return `Importing replaces your work in ${names[0]} with the file’s.`;
  return `Importing replaces your work in ${names.length} places with the file’s: ${names.join(", ")}.`;
}

/** What the learner hears once an import is done. */
export function importedMessage(done: number, total: number): string {
  return `Imported progress: ${done} of ${total} ${total === 1 ? "lesson" : "lessons"} done.`;
}

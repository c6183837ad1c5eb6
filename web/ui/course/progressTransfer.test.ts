import { describe, expect, it } from "vitest";
import type { Course, Lesson } from "../../content/types";
import { documentName, importedMessage, replaceQuestion, replacedDocuments } from "./progressTransfer";

const lesson = (id: string, title: string) => ({ id, title }) as Lesson;
const course = {
  version: 1,
  title: "C",
  lessons: [lesson("fat", "Why images get fat"), lesson("lean", "Lean")],
} as Course;
const app = { path: "app.py", sizeBytes: 5, content: "print" };

describe("replacedDocuments", () => {
  it("names an edited text the file would change", () => {
    const current = { documents: { "lesson:fat": "FROM mine\n" }, contexts: {} };
    expect(replacedDocuments(current, { documents: { "lesson:fat": "FROM theirs\n" } })).toEqual([
      "lesson:fat",
    ]);
  });

  it("leaves out texts the learner never edited and texts the file has the same", () => {
    const current = { documents: { "lesson:fat": "FROM same\n" }, contexts: {} };
    const incoming = { documents: { "lesson:fat": "FROM same\n", "lesson:lean": "FROM new\n" } };
    expect(replacedDocuments(current, incoming)).toEqual([]);
  });

  it("names an edited build context the file would change, once per document", () => {
    const current = { documents: { playground: "A" }, contexts: { playground: [app] } };
    const incoming = {
      documents: { playground: "B" },
      contexts: { playground: [{ ...app, content: "exit" }] },
    };
    expect(replacedDocuments(current, incoming)).toEqual(["playground"]);
  });

  it("treats the same context files as the same whatever order their fields were written in", () => {
    const current = { documents: {}, contexts: { playground: [app] } };
    const incoming = { contexts: { playground: [{ content: "print", sizeBytes: 5, path: "app.py" }] } };
    expect(replacedDocuments(current, incoming)).toEqual([]);
  });

  it("finds nothing to replace in a file without texts or contexts", () => {
    expect(
      replacedDocuments({ documents: { playground: "A" }, contexts: {} }, { completed: [] } as never),
    ).toEqual([]);
  });
});

describe("documentName and replaceQuestion", () => {
  it("names lessons by number and title, and the playground", () => {
    expect(documentName("lesson:lean", course)).toBe("lesson 2 (Lean)");
    expect(documentName("playground", course)).toBe("the playground");
    expect(documentName("lesson:gone", course)).toBe("the lesson “gone”");
  });

  it("asks about one document by name", () => {
    expect(replaceQuestion(["lesson:fat"], course)).toBe(
      "Importing replaces your work in lesson 1 (Why images get fat) with the file’s.",
    );
  });

  it("counts and lists several documents", () => {
    expect(replaceQuestion(["lesson:fat", "playground"], course)).toBe(
      "Importing replaces your work in 2 places with the file’s: lesson 1 (Why images get fat), the playground.",
    );
  });
});

describe("importedMessage", () => {
  it("says how many lessons are done now", () => {
    expect(importedMessage(3, 5)).toBe("Imported progress: 3 of 5 lessons done.");
    expect(importedMessage(0, 1)).toBe("Imported progress: 0 of 1 lesson done.");
  });
});

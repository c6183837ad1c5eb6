import { describe, expect, it } from "vitest";
import {
  MAX_PROGRESS_BYTES,
  exportProgress,
  progressFileSizeError,
  readProgressFile,
  type ReadProgressResult,
} from "./progressFile";
import { createAppStore } from "./createAppStore";
import { memoryStorage } from "./memoryStorage";
import type { ProgressFields } from "./types";

const work: ProgressFields = {
  documents: { "lesson:why-images-get-fat": "FROM python:3.13-slim\n", playground: "FROM alpine\n" },
  contexts: {
    "lesson:why-images-get-fat": [{ path: "app.py", sizeBytes: 5, content: "print", mode: 0o755 }],
  },
  completed: ["why-images-get-fat"],
  hintsShown: { "why-images-get-fat": [0, 2] },
  lessonSteps: { "why-images-get-fat": 3 },
};

const fileWith = (fields: Record<string, unknown>) =>
  JSON.stringify({
    format: "stageplay-progress",
    version: 1,
    exportedAt: "2026-01-01T00:00:00.000Z",
    ...fields,
  });

function errorOf(result: ReadProgressResult): string {
  if ("error" in result) return result.error;
  throw new Error(`expected an error, got ${JSON.stringify(result.progress)}`);
}

describe("exportProgress", () => {
  it("writes the format, the version, when, and the learner's work", () => {
    const file = JSON.parse(exportProgress(work, new Date("2026-03-04T05:06:07Z")));
    expect(file).toEqual({
      format: "stageplay-progress",
      version: 1,
      exportedAt: "2026-03-04T05:06:07.000Z",
      progress: work,
    });
  });

  it("leaves out the screen's layout and everything else of the app state", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    store.getState().setTheme("dark");
    store.getState().setDocument("playground", "FROM scratch\n");
    const file = JSON.parse(exportProgress(store.getState()));
    expect(Object.keys(file.progress).sort()).toEqual([
      "completed",
      "contexts",
      "documents",
      "hintsShown",
      "lessonSteps",
    ]);
    expect(file.progress.documents).toEqual({ playground: "FROM scratch\n" });
  });
});

describe("readProgressFile", () => {
  it("reads back what exportProgress wrote", () => {
    expect(readProgressFile(exportProgress(work))).toEqual({ progress: work });
  });

  it("restores the work into a fresh store through importProgress", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    const result = readProgressFile(exportProgress(work));
    if ("error" in result) throw new Error(result.error);
    store.getState().importProgress(result.progress);
    const { documents, contexts, completed, hintsShown, lessonSteps } = store.getState();
    expect({ documents, contexts, completed, hintsShown, lessonSteps }).toEqual(work);
  });

  it("accepts a file that carries only some of the fields", () => {
    expect(readProgressFile(fileWith({ progress: { completed: ["a"] } }))).toEqual({
      progress: { completed: ["a"] },
    });
  });

  it("ignores fields that are not progress, such as a theme", () => {
    expect(readProgressFile(fileWith({ progress: { completed: [], theme: "neon" } }))).toEqual({
      progress: { completed: [] },
    });
  });

  it("says when the text is not JSON", () => {
    expect(errorOf(readProgressFile("{ not json"))).toMatch(/not readable JSON/);
  });

  it("says when the JSON is not a progress file", () => {
    expect(errorOf(readProgressFile(JSON.stringify({ version: 1, state: {} })))).toMatch(
      /not a Stageplay progress file/,
    );
    expect(errorOf(readProgressFile("[1, 2]"))).toMatch(/not a Stageplay progress file/);
    expect(errorOf(readProgressFile(fileWith({ format: "other", progress: {} })))).toMatch(
      /not a Stageplay progress file/,
    );
  });

  it("says when the file comes from a newer Stageplay", () => {
    expect(errorOf(readProgressFile(fileWith({ version: 2, progress: {} })))).toBe(
      "The progress file comes from a newer Stageplay (file version 2); this one reads version 1.",
    );
  });

  it("says when the version is unreadable", () => {
    expect(errorOf(readProgressFile(fileWith({ version: "1", progress: {} })))).toMatch(
      /version is unreadable/,
    );
  });

  it("says when there is no progress in it", () => {
    expect(errorOf(readProgressFile(fileWith({})))).toMatch(/holds no progress/);
  });

  it("names each damaged field and returns none of the well-formed ones", () => {
    const result = readProgressFile(
      fileWith({
        progress: {
          documents: { "lesson:a": 42, "lesson:b": "FROM b\n" },
          lessonSteps: { a: -1 },
          completed: ["a"],
        },
      }),
    );
    expect(errorOf(result)).toBe(
      'The progress file is damaged: document "lesson:a" is unreadable; the saved lesson steps are unreadable.',
    );
  });

  it("names a damaged build context", () => {
    const result = readProgressFile(fileWith({ progress: { contexts: { "lesson:a": [{ path: "" }] } } }));
    expect(errorOf(result)).toMatch(/the build context of "lesson:a" is unreadable/);
  });

  it("refuses a text larger than a progress file can be", () => {
    const big = fileWith({ progress: { documents: { playground: "x".repeat(MAX_PROGRESS_BYTES) } } });
    expect(errorOf(readProgressFile(big))).toMatch(/too large/);
  });
});

describe("progressFileSizeError", () => {
  it("accepts up to 5 MB and names the size of a larger file", () => {
    expect(progressFileSizeError(MAX_PROGRESS_BYTES)).toBeNull();
    expect(progressFileSizeError(12 * 1024 * 1024)).toBe(
      "The file is too large to be a progress file (12 MB; at most 5 MB).",
    );
  });
});

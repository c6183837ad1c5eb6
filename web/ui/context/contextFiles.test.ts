import { describe, expect, it } from "vitest";
import type { ContextFile } from "../../engine";
import {
  addSizedFile,
  addTextFile,
  deleteFile,
  editFile,
  parseSize,
  pathProblem,
  renameFile,
  resizeFile,
  restoreFile,
  sortedByPath,
  splitSize,
  totalBytes,
  utf8Length,
} from "./contextFiles";

const FILES: ContextFile[] = [
  { path: "requirements.txt", sizeBytes: 13, content: "Flask==1.0.2\n" },
  { path: "app.py", sizeBytes: 5, content: "print" },
  { path: "src/main.go", sizeBytes: 12, content: "package main" },
];

describe("pathProblem", () => {
  it("accepts a relative path with folders", () => {
    expect(pathProblem("src/util/strings.go", FILES)).toBeNull();
    expect(pathProblem(".dockerignore", FILES)).toBeNull();
  });

  it("asks for a path when there is none", () => {
    expect(pathProblem("", FILES)).toMatch(/^Type a path/);
    expect(pathProblem("   ", FILES)).toMatch(/^Type a path/);
  });

  it("refuses paths that leave the context or are not relative", () => {
    expect(pathProblem("/etc/passwd", FILES)).toMatch(/without "\/"/);
    expect(pathProblem("../secret", FILES)).toMatch(/Leave out "\.\."/);
    expect(pathProblem("src/../../x", FILES)).toMatch(/Leave out "\.\."/);
  });

  it("refuses backslashes, empty parts, dots and a trailing slash", () => {
    expect(pathProblem("src\\main.go", FILES)).toMatch(/not "\\"/);
    expect(pathProblem("src//main.go", FILES)).toMatch(/single "\/"/);
    expect(pathProblem("./app.py", FILES)).toMatch(/Leave out "\."/);
    expect(pathProblem("src/", FILES)).toMatch(/not "\/"/);
    expect(pathProblem(" app.py", FILES)).toMatch(/spaces/);
  });

  it("refuses a path already taken, by a file or as a folder", () => {
    expect(pathProblem("app.py", FILES)).toBe("There is already a file app.py.");
    expect(pathProblem("src", FILES)).toMatch(/^src is a folder here/);
    expect(pathProblem("app.py/x", FILES)).toBe("app.py is a file, so it cannot hold other files.");
  });

  it("lets a renamed file keep its own path", () => {
    expect(pathProblem("app.py", FILES, "app.py")).toBeNull();
    expect(pathProblem("requirements.txt", FILES, "app.py")).toMatch(/already/);
  });
});

describe("editing the list", () => {
  it("adds a text file whose size is its UTF-8 length", () => {
    const next = addTextFile(FILES, "notes.txt", "héllo");
    expect(next.at(-1)).toEqual({ path: "notes.txt", sizeBytes: 6, content: "héllo" });
    expect(addTextFile(FILES, "empty.txt").at(-1)).toEqual({ path: "empty.txt", sizeBytes: 0, content: "" });
    expect(FILES).toHaveLength(3);
  });

  it("adds a file known only by its size, with no content", () => {
    const next = addSizedFile(FILES, "model.bin", 50_000_000);
    expect(next.at(-1)).toEqual({ path: "model.bin", sizeBytes: 50_000_000 });
  });

  it("renames a file and keeps its content, size and mode", () => {
    const withMode = [{ path: "run.sh", sizeBytes: 3, content: "a\nb", mode: 0o755 }];
    expect(renameFile(withMode, "run.sh", "bin/run.sh")).toEqual([{ ...withMode[0], path: "bin/run.sh" }]);
  });

  it("deletes a file and puts it back in its place", () => {
    const { files, deleted } = deleteFile(FILES, "app.py");
    expect(files.map((f) => f.path)).toEqual(["requirements.txt", "src/main.go"]);
    expect(deleted).toEqual({ file: FILES[1], index: 1 });
    expect(restoreFile(files, deleted!.file, deleted!.index)).toEqual(FILES);
  });

  it("does not restore a deleted file over a new file with the same path", () => {
    const { files, deleted } = deleteFile(FILES, "app.py");
    const replaced = addTextFile(files, "app.py", "new");
    expect(restoreFile(replaced, deleted!.file, deleted!.index)).toEqual(replaced);
    expect(deleteFile(FILES, "missing").deleted).toBeNull();
  });

  it("changes a file's size", () => {
    expect(resizeFile(FILES, "app.py", 99).find((f) => f.path === "app.py")?.sizeBytes).toBe(99);
  });

  it("edits a text file's content and its size follows", () => {
    const next = editFile(FILES, "requirements.txt", "Flask==1.0.2\nrequests==2.32.3\n");
    expect(next[0]).toEqual({
      path: "requirements.txt",
      sizeBytes: 30,
      content: "Flask==1.0.2\nrequests==2.32.3\n",
    });
    expect(next[1]).toBe(FILES[1]);
  });

  it("sorts by path and adds up the sizes", () => {
    expect(sortedByPath(FILES).map((f) => f.path)).toEqual(["app.py", "requirements.txt", "src/main.go"]);
    expect(totalBytes(FILES)).toBe(30);
    expect(utf8Length("€")).toBe(3);
  });
});

describe("sizes", () => {
  it("reads an amount in decimal units", () => {
    expect(parseSize("50", "MB")).toEqual({ bytes: 50_000_000 });
    expect(parseSize("1.5", "GB")).toEqual({ bytes: 1_500_000_000 });
    expect(parseSize("2,5", "kB")).toEqual({ bytes: 2500 });
    expect(parseSize(" 0 ", "B")).toEqual({ bytes: 0 });
  });

  it("says what is wrong with something that is not a size", () => {
    expect(parseSize("", "MB")).toEqual({ problem: "Type a size, like 50." });
    expect(parseSize("-3", "MB")).toEqual({ problem: "A size cannot be negative." });
    expect(parseSize("fifty", "MB")).toHaveProperty("problem", expect.stringMatching(/as a number/));
    expect(parseSize("101", "GB")).toHaveProperty("problem", expect.stringMatching(/up to 100 GB/));
  });

  it("splits bytes into the unit that fills the size form", () => {
    expect(splitSize(50_000_000)).toEqual({ amount: "50", unit: "MB" });
    expect(splitSize(1_500_000_000)).toEqual({ amount: "1.5", unit: "GB" });
    expect(splitSize(999)).toEqual({ amount: "999", unit: "B" });
    expect(splitSize(0)).toEqual({ amount: "0", unit: "B" });
  });
});

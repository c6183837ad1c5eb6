import { describe, expect, it } from "vitest";
import { isIgnored, parseDockerignore } from "./dockerignore";
import { buildContext } from "./buildContext";

const ignored = (rules: string, path: string) => isIgnored(path, parseDockerignore(rules));

describe(".dockerignore", () => {
  it("skips comments and blank lines", () => {
    expect(parseDockerignore("# comment\n\n  \nnode_modules\n").map((p) => p.pattern)).toEqual([
      "node_modules",
    ]);
  });
  it("excludes a directory and everything under it", () => {
    expect(ignored("node_modules", "node_modules/react/index.js")).toBe(true);
    expect(ignored("node_modules", "src/node_modules.md")).toBe(false);
  });
  it("matches * within one path element only", () => {
    expect(ignored("*.md", "README.md")).toBe(true);
    expect(ignored("*.md", "docs/guide.md")).toBe(false);
  });
  it("matches ** across any number of directories, none included", () => {
    expect(ignored("**/*.pyc", "a/b/c.pyc")).toBe(true);
    expect(ignored("**/*.pyc", "c.pyc")).toBe(true);
    expect(ignored("src/**/test", "src/test")).toBe(true);
  });
  it("lets a later ! pattern bring a path back, and the last match decides", () => {
    const rules = "*.md\n!README.md\n";
    expect(ignored(rules, "CHANGES.md")).toBe(true);
    expect(ignored(rules, "README.md")).toBe(false);
    expect(ignored("!README.md\n*.md\n", "README.md")).toBe(true);
  });
  it("cleans patterns as Go's filepath.Clean does, dropping a leading slash", () => {
    expect(parseDockerignore("/dist/\n./build//out\n").map((p) => p.pattern)).toEqual(["dist", "build/out"]);
    expect(ignored("/dist", "dist/app.js")).toBe(true);
  });
  it("is applied to the context the caller gives, and reported", () => {
    const context = buildContext([
      { path: ".dockerignore", sizeBytes: 12, content: ".git\n*.log\n" },
      { path: "app.py", sizeBytes: 10 },
      { path: ".git/HEAD", sizeBytes: 41 },
      { path: "debug.log", sizeBytes: 5 },
    ]);
    expect([...context.files.keys()]).toEqual([".dockerignore", "app.py"]);
    expect(context.ignored).toEqual([".git/HEAD", "debug.log"]);
    expect(context.sizeBytes).toBe(22);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FileFact } from "../types";
import { dir, facts, file, fromImage } from "./testing/stageBuilder";
import { verdictOf } from "./testing/verdictOf";

const IMAGES = [
  "scratch",
  "alpine:3.21",
  "python:3.12-slim",
  "node:22-alpine",
  "gcr.io/distroless/static-debian12",
  "eclipse-temurin:21-jre",
  "nginx:alpine",
];
const WORDS = [
  "python",
  "node",
  "java",
  "-jar",
  "app.jar",
  "/app/app.py",
  "server.js",
  "sh",
  "-c",
  "npm",
  "start",
  "/server",
  "exec",
  "$@",
  "",
  " ",
  "a b",
  "../x",
  "/",
  "\\",
  '"',
];
const FACTS: FileFact[] = [
  facts.pythonSource("flask", ".x", "os"),
  facts.jsSource("express", "./a", "node:fs"),
  facts.elf("dynamic", "glibc", "go", ["libgcc_s.so.1"]),
  facts.script("/missing/python"),
  facts.venv("/usr/local/bin", "3.12"),
  facts.jar(25),
  facts.nodeModules(["express"], "glibc"),
];

const fileArb = fc.record({
  path: fc.constantFrom(
    "/app",
    "/app/app.py",
    "/server",
    "/app/server.js",
    "/app.jar",
    "/etc/passwd",
    "/opt/venv",
    "/app/node_modules",
    "/usr/local/bin/python",
  ),
  isDir: fc.boolean(),
  mode: fc.constantFrom(0o644, 0o755, 0o700, 0o000),
  uid: fc.constantFrom(0, 1000, 65534),
  facts: fc.subarray(FACTS, { maxLength: 2 }),
  target: fc.option(fc.constantFrom("/app", "/nowhere", "../x", "/server"), { nil: undefined }),
  content: fc.option(
    fc.constantFrom(
      '#!/bin/bash\r\nexec "$@"\n',
      "import flask\n",
      "{}",
      "{bad json",
      '{"scripts":{"start":"node server.js"}}',
    ),
    { nil: undefined },
  ),
});

describe("computeVerdict on arbitrary images", () => {
  it("never throws, runs only when every reason is ok, and blames a line only where the stage has one", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...IMAGES),
        fc.array(fileArb, { maxLength: 6 }),
        fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
        fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }),
        fc.boolean(),
        fc.constantFrom("", "root", "nobody", "1000", "app:app", "ghost"),
        fc.boolean(),
        (image, files, entrypoint, cmd, shellForm, user, removeShell) => {
          const nodes = files.map((f) =>
            f.isDir
              ? dir(f.path, { mode: f.mode, uid: f.uid, facts: f.facts })
              : file(f.path, {
                  mode: f.mode,
                  uid: f.uid,
                  facts: f.facts,
                  target: f.target,
                  content: f.content,
                }),
          );
          let builder = fromImage(image)
            .copy(2, ...nodes)
            .run(3, [], { deleted: removeShell ? ["/bin/sh"] : [] });
          if (entrypoint.length > 0) builder = builder.entrypoint(entrypoint, 5, shellForm);
          if (cmd.length > 0) builder = builder.cmd(cmd, 6, !shellForm);
          const verdict = verdictOf(builder.user(user, 4).build());
          // Starts when every reason holds; otherwise "would not start" only when that is certain.
          const ok = verdict.reasons.every((r) => r.ok);
          if (verdict.exportOnly) expect(verdict.runs).toBeNull();
          else expect(verdict.runs).toBe(ok ? true : verdict.certain ? false : null);
          for (const reason of verdict.reasons) expect([null, 2, 3, 4, 5, 6]).toContain(reason.line);
        },
      ),
      { numRuns: 400 },
    );
  });
});

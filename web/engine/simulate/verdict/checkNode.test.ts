import { describe, expect, it } from "vitest";
import { dir, facts, file, fromImage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const server = (...imports: string[]) =>
  file("/app/server.js", { facts: [facts.jsSource("node:path", "http", ...imports)] });
const modules = (packages: string[], native: "glibc" | "musl" | null = null) =>
  dir("/app/node_modules", { bulk: true, facts: [facts.nodeModules(packages, native)] });

describe("node server.js", () => {
  it("runs through node's docker-entrypoint.sh when CMD names only the script", () => {
    const stage = fromImage("node:22-alpine")
      .workdir("/app")
      .copy(3, server("express"), modules(["express"]))
      .cmd(["server.js"], 4)
      .build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.reasons.find((r) => r.check === "dependencies")?.message).toContain(
      "express (/app/node_modules)",
    );
  });

  it("says a package no node_modules holds cannot be found, and where it was installed", () => {
    const build = fromImage("node:22", 0)
      .workdir("/app")
      .run(3, [modules(["express"])], { text: "RUN npm ci" })
      .build();
    const final = fromImage("node:22-slim", 1)
      .workdir("/app")
      .copy(6, { ...server("express"), copiedFrom: { from: build.stage, path: "/app/server.js", line: 6 } })
      .cmd(["node", "server.js"], 7)
      .build();
    const reason = failure(verdictOf(final, build));
    expect(reason).toMatchObject({
      check: "dependencies",
      line: 6,
      runtimeError: "Error: Cannot find module 'express'",
    });
    expect(reason.message).toContain("line 3 (`RUN npm ci`) installed it into /app/node_modules");
  });

  it("finds node_modules in a directory above the script", () => {
    const app = file("/app/dist/server.js", { facts: [facts.jsSource("express")] });
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(3, app, modules(["express"]))
      .cmd(["node", "dist/server.js"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("follows the app's own files and checks what they require", () => {
    const app = file("/app/server.js", { facts: [facts.jsSource("./routes")] });
    const routes = file("/app/routes/index.js", { facts: [facts.jsSource("pg")] });
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(3, app, routes)
      .cmd(["node", "server.js"], 4)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("Error: Cannot find module 'pg'");
  });

  it("says the script is missing with node's error", () => {
    const stage = fromImage("node:22-slim").workdir("/app").cmd(["node", "index.js"], 3).build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "interpreter",
      runtimeError: "Error: Cannot find module '/app/index.js'",
    });
  });

  it("says addons built on glibc do not load on node:alpine", () => {
    const stage = fromImage("node:22-alpine")
      .workdir("/app")
      .copy(3, server("bcrypt"), {
        ...modules(["bcrypt"], "glibc"),
        copiedFrom: { from: "node:22" as never, path: "/app/node_modules", line: 3 },
      })
      .cmd(["node", "server.js"], 4)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({ check: "libc", line: 3 });
    expect(reason.runtimeError).toMatch(/^Error relocating \/app\/node_modules\/.*symbol not found$/);
  });
});

describe("distroless node, whose ENTRYPOINT is already node", () => {
  it('fails on CMD ["node", "server.js"]: node looks for a script called node', () => {
    const stage = fromImage("gcr.io/distroless/nodejs22-debian12")
      .workdir("/app")
      .copy(3, server())
      .cmd(["node", "server.js"], 4)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      check: "interpreter",
      line: 4,
      runtimeError: "Error: Cannot find module '/app/node'",
    });
    expect(reason.fix).toContain('CMD ["server.js"]');
  });

  it('runs CMD ["server.js"]', () => {
    const stage = fromImage("gcr.io/distroless/nodejs22-debian12")
      .workdir("/app")
      .copy(3, server())
      .cmd(["server.js"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });
});

describe("a built dist/ the simulator holds as one tree", () => {
  const dist = () =>
    dir("/app/dist", {
      bulk: true,
      facts: [facts.jsSource("express")],
      from: { stage: 0, path: "/app/dist" },
    });

  it("finds the entry file inside it and checks the packages the build needs", () => {
    const stage = fromImage("node:22-slim", 1)
      .workdir("/app")
      .copy(3, dist())
      .cmd(["node", "dist/main.js"], 4)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("Error: Cannot find module 'express'");
  });

  it("runs when node_modules is copied next to it", () => {
    const stage = fromImage("node:22-slim", 1)
      .workdir("/app")
      .copy(3, dist(), modules(["express"]))
      .cmd(["node", "dist/main.js"], 4)
      .build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.certain).toBe(false);
  });
});

describe("a package only a dependency brings", () => {
  it("may be hoisted into node_modules, so its absence from package.json makes the verdict uncertain", () => {
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(3, server("debug"), modules(["express"]))
      .cmd(["node", "server.js"], 4)
      .build();
    const verdict = verdictOf(stage);
    expect(failure(verdict).runtimeError).toBe("Error: Cannot find module 'debug'");
    expect(verdict.certain).toBe(false);
  });
});

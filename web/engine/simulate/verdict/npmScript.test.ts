import { describe, expect, it } from "vitest";
import { dir, facts, file, fromImage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const pkg = (scripts: Record<string, string>) =>
  file("/app/package.json", { content: JSON.stringify({ name: "api", scripts }) });
const server = () => file("/app/server.js", { facts: [facts.jsSource("express")] });
const modules = () => dir("/app/node_modules", { bulk: true, facts: [facts.nodeModules(["express"])] });

describe("npm start", () => {
  it("checks the program package.json's start script runs", () => {
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(2, pkg({ start: "node server.js" }), server())
      .cmd(["npm", "start"], 3)
      .build();
    const verdict = verdictOf(stage);
    expect(verdict.reasons.map((r) => r.message)).toContain(
      "`npm start` runs `node server.js`, the `start` script of /app/package.json.",
    );
    expect(failure(verdict).runtimeError).toBe("Error: Cannot find module 'express'");
  });

  it("runs node server.js when there is no start script, as npm does", () => {
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(2, pkg({}), server(), modules())
      .cmd(["npm", "start"], 3)
      .build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    // node is the image's, not a guess inside the unlisted node_modules/.bin that npm puts first on PATH.
    expect(verdict.certain).toBe(true);
  });

  it("finds the script's tools in node_modules/.bin", () => {
    const tool = file("/app/node_modules/.bin/serve", { mode: 0o755 });
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(2, pkg({ start: "serve -s dist" }), tool)
      .cmd(["npm", "run", "start"], 3)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("says a missing script with npm's error", () => {
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(2, pkg({ build: "vite build" }))
      .cmd(["npm", "run", "serve"], 3)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({
      line: 3,
      runtimeError: 'npm error Missing script: "serve"',
    });
  });

  it("says npm start needs a package.json", () => {
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(2, server())
      .cmd(["npm", "start"], 3)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toContain("Could not read package.json");
  });

  it("follows a shell-form CMD through node's docker-entrypoint.sh", () => {
    const stage = fromImage("node:22-slim")
      .workdir("/app")
      .copy(2, pkg({ start: "node server.js" }), server())
      .cmd(["npm start"], 3, true)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("Error: Cannot find module 'express'");
  });
});

describe("console scripts pip installs", () => {
  it("assumes a package installs a script under its own name when the catalog lists none, and says the verdict is not certain", () => {
    const site = "/usr/local/lib/python3.12/site-packages";
    const uvicorn = dir(`${site}/uvicorn`, { bulk: true, facts: [facts.pythonPackage("uvicorn", site)] });
    const stage = fromImage("python:3.12-slim").run(2, [uvicorn]).cmd(["uvicorn", "main:app"], 3).build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.certain).toBe(false);
    expect(verdict.reasons[0]?.message).toContain("assumes pip wrote that script");
  });
});

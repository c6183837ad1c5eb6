import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";
import { findings, linesOf } from "./testing/teachingFindings";

const RULE = "tests-copied-into-image";

const NODE = {
  "package.json": '{"name":"app","dependencies":{}}',
  "server.js": "require('http')\n",
  "tests/server.test.js": 4000,
  "tests/fixtures/big.json": 44000,
  "docs/README.md": 3000,
  "docs/api.md": 2000,
  "docs/guide.md": 1000,
};

const copyAll = `FROM node:22-alpine
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
`;

describe("tests-copied-into-image", () => {
  it("counts the tests and docs COPY . . put into the final image", () => {
    const [finding, ...rest] = findings(copyAll, RULE, NODE);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain(
      "`COPY . .` puts `tests/` (2 files, 48kB) and `docs/` (3 files, 6kB) into the final image",
    );
    expect(finding?.fix).toContain("`.dockerignore` next to the Dockerfile listing `tests` and `docs`");
  });

  it("names test files by their pattern, wherever they are", () => {
    const go = {
      "go.mod": "module x\n",
      "main.go": "package main\n",
      "main_test.go": 900,
      "pkg/a_test.go": 100,
    };
    const dockerfile = `FROM golang:1.26\nWORKDIR /src\nCOPY . /src\nRUN go build -o /app .\nCMD ["/app"]\n`;
    expect(findings(dockerfile, RULE, go)[0]?.message).toContain("2 `*_test.go` files (1kB)");
    const nested = { ...NODE, "src/__tests__/a.js": 10 };
    expect(findings(copyAll, RULE, nested)[0]?.message).toContain("`src/__tests__/` (1 file, 10B)");
  });

  it("counts only what .dockerignore lets through", () => {
    const ignored = { ...NODE, ".dockerignore": "tests\n" };
    const [finding] = findings(copyAll, RULE, ignored);
    expect(finding?.message).not.toContain("tests/");
    expect(finding?.message).toContain("`docs/` (3 files, 6kB)");
    expect(findings(copyAll, RULE, { ...NODE, ".dockerignore": "tests\ndocs\n" })).toEqual([]);
  });

  it("blames a COPY . . in a stage the final stage is built FROM", () => {
    const dockerfile = `FROM node:22-alpine AS base\nWORKDIR /app\nCOPY . .\nFROM base\nCMD ["node", "server.js"]\n`;
    expect(linesOf(findings(dockerfile, RULE, NODE))).toEqual([3]);
  });

  it("stays silent when the copy is into a builder stage that is not shipped", () => {
    const dockerfile = `FROM node:22-alpine AS build\nWORKDIR /app\nCOPY . .\nFROM node:22-alpine\nCOPY --from=build /app/server.js /app/server.js\nCMD ["node", "/app/server.js"]\n`;
    expect(findings(dockerfile, RULE, NODE)).toEqual([]);
  });

  it("stays silent when Stageplay has no build context", () => {
    expect(analyze(copyAll).diagnostics.filter((d) => d.rule === RULE)).toEqual([]);
  });

  it("stays silent when the image runs its tests or reads those directories", () => {
    for (const run of [
      "RUN npm test",
      "RUN mvn -B package",
      "RUN mkdocs build",
      'CMD ["node", "server.js", "--docs", "docs"]',
    ]) {
      expect(findings(copyAll.replace(/CMD .*\n/, `${run}\n`), RULE, NODE), run).toEqual([]);
    }
    const testStage = `FROM node:22-alpine AS test\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n`;
    expect(findings(testStage, RULE, NODE)).toEqual([]);
  });

  it("stays silent on an image to develop in, where the tests are wanted", () => {
    for (const name of ["development", "dev-envs", "devcontainer"]) {
      const dockerfile = `FROM node:22-alpine AS app\nWORKDIR /app\nCOPY . .\nFROM app AS ${name}\nRUN apk add git\nCMD ["node", "server.js"]\n`;
      expect(findings(dockerfile, RULE, NODE), name).toEqual([]);
    }
  });

  it("leaves out docs/ when the app's own code names it: it may serve or read it", () => {
    const serves = { ...NODE, "server.js": "app.use(express.static('docs'))\n", "README.md": "see docs/\n" };
    const [finding] = findings(copyAll, RULE, serves);
    expect(finding?.message).toContain("`tests/` (2 files, 48kB) into the final image");
    expect(finding?.message).not.toContain("docs/");
    const readme = { ...NODE, "README.md": "see docs/ and tests/\n" };
    expect(findings(copyAll, RULE, readme)[0]?.message).toContain("`docs/` (3 files, 6kB)");
  });

  it("stays silent on a copy of part of the context, and on vendored code's tests", () => {
    const part = `FROM node:22-alpine\nWORKDIR /app\nCOPY server.js package.json ./\nCMD ["node", "server.js"]\n`;
    expect(findings(part, RULE, NODE)).toEqual([]);
    const vendored = { "server.js": "x\n", "node_modules/lib/test/a.js": 10, "vendor/x/docs/a.md": 10 };
    expect(findings(copyAll, RULE, vendored)).toEqual([]);
  });
});

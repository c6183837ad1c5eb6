import { describe, expect, it } from "vitest";
import { findings, linesOf } from "./testing/teachingFindings";

const NODE = {
  "package.json": '{"name":"app","dependencies":{"express":"4"}}',
  "server.js": "require('express')\n",
};

describe("cache-mount-not-in-image", () => {
  const build = (target: string) => `FROM node:22 AS build
WORKDIR /app
COPY package.json .
RUN --mount=type=cache,target=${target} npm install
COPY server.js .

FROM node:22-slim
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server.js .
CMD ["node", "server.js"]
`;

  it("blames the COPY --from of node_modules that only ever lived in a cache mount", () => {
    const [finding, ...rest] = findings(build("/app/node_modules"), "cache-mount-not-in-image", NODE);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(9);
    expect(finding?.message).toContain("line 4");
    expect(finding?.message).toContain('"/app/node_modules": not found');
    expect(finding?.fix).toContain("target=/root/.npm");
  });

  it("stays quiet when the cache mount holds npm's download cache", () => {
    expect(findings(build("/root/.npm"), "cache-mount-not-in-image", NODE)).toEqual([]);
  });

  it("blames a command under a cache mount of the final stage", () => {
    const dockerfile = `FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/out CGO_ENABLED=0 go build -o /out/app .\nENTRYPOINT ["/out/app"]\n`;
    const [finding, ...rest] = findings(dockerfile, "cache-mount-not-in-image", {
      "main.go": "package main\nfunc main() {}\n",
      "go.mod": "module example.com/app\ngo 1.22\n",
    });
    expect(rest).toEqual([]);
    expect(finding?.range.start.line).toBe(5);
    expect(finding?.message).toContain("exec /out/app: no such file or directory");
  });
});

describe("test-stage-never-runs", () => {
  const withTest = `FROM node:22 AS build\nWORKDIR /app\nCOPY . .\n\nFROM build AS test\nRUN npm test\n\nFROM node:22-slim AS final\nCOPY --from=build /app /app\nUSER node\nCMD ["node", "/app/server.js"]\n`;

  it("notes a test stage BuildKit skips because the final stage does not use it", () => {
    const [finding, ...rest] = findings(withTest, "test-stage-never-runs", NODE);
    expect(rest).toEqual([]);
    // A note: many projects run such a stage on purpose with --target; this build just skips it.
    expect(finding?.severity).toBe("info");
    expect(finding?.range.start.line).toBe(5);
    expect(finding?.fix).toContain("docker build --target test .");
    expect(finding?.fix).toContain("COPY --from=test");
  });

  it("stays quiet when the test stage is the target, or the legacy builder runs it", () => {
    expect(findings(withTest, "test-stage-never-runs", NODE, { target: "test" })).toEqual([]);
    expect(findings(withTest, "test-stage-never-runs", NODE, { builder: "legacy" })).toEqual([]);
  });
});

describe("stage-never-built", () => {
  const withDebug = `FROM alpine:3.21 AS debug\nRUN echo debug\n\nFROM alpine:3.21 AS final\nUSER 1000\nCMD ["true"]\n`;

  it("notes a stage the target does not use, naming the --target that builds it", () => {
    const [finding, ...rest] = findings(withDebug, "stage-never-built");
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("info");
    expect(finding?.range.start.line).toBe(1);
    expect(finding?.message).toContain("docker build --target debug .");
  });

  it("names a stage that uses an unnamed one", () => {
    const dockerfile = `FROM alpine:3.21\nRUN echo base > /x\n\nFROM alpine:3.21 AS tools\nCOPY --from=0 /x /x\n\nFROM alpine:3.21 AS final\nUSER 1000\n`;
    expect(linesOf(findings(dockerfile, "stage-never-built"))).toEqual([1, 4]);
    expect(findings(dockerfile, "stage-never-built")[0]?.message).toContain("--target tools");
  });

  it("stays quiet when every stage is used, or the legacy builder runs them all", () => {
    const used = `FROM alpine:3.21 AS debug\nRUN echo debug > /x\n\nFROM alpine:3.21\nCOPY --from=debug /x /x\nUSER 1000\n`;
    expect(findings(used, "stage-never-built")).toEqual([]);
    expect(findings(withDebug, "stage-never-built", {}, { builder: "legacy" })).toEqual([]);
  });
});

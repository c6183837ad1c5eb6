import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import type { ContextFile } from "../simulate/types";
import { buildLog, buildLogText } from "./buildLog";
import { toView } from "./toView";

const PACKAGE_JSON = JSON.stringify({
  name: "web",
  scripts: { build: "vite build" },
  dependencies: { react: "^19.0.0" },
  devDependencies: { vite: "^7.0.0" },
});
const CONTEXT: ContextFile[] = [
  { path: "package.json", sizeBytes: PACKAGE_JSON.length, content: PACKAGE_JSON },
  { path: "main.go", sizeBytes: 120, content: "package main\nfunc main() {}\n" },
  { path: "go.mod", sizeBytes: 30, content: "module example.com/app\ngo 1.22\n" },
];
const INPUTS = { dockerfileName: "Dockerfile", dockerfileBytes: 100, contextBytes: 0 };

const PARALLEL = `FROM golang:1.22 AS api
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /out/api .

FROM node:20 AS web
WORKDIR /web
COPY package.json ./
RUN npm install

FROM alpine:3.21
COPY --from=api /out/api /usr/local/bin/api
COPY --from=web /web/node_modules /srv/node_modules
CMD ["api"]
`;

function logOf(dockerfile: string, builder: "buildkit" | "legacy" = "buildkit") {
  const analysis = analyze(dockerfile, { context: CONTEXT, builder });
  return { analysis, log: buildLog(analysis, INPUTS) };
}

describe("the BuildKit log's timing", () => {
  const { analysis, log } = logOf(PARALLEL);
  const steps = new Map(analysis.simulation.steps.map((s) => [s.id, s]));

  it("never goes back in time", () => {
    const times = log.entries.map((e) => e.atMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("prints a step's header when it starts and its DONE when it ends", () => {
    for (const entry of log.entries) {
      const step = entry.stepId === null ? undefined : steps.get(entry.stepId);
      if (!step) continue;
      if (entry.kind === "header") expect(entry.atMs).toBe(step.startMs);
      if (entry.kind === "done") expect(entry.atMs).toBe(step.endMs);
    }
  });

  it("starts the two independent stages together, before either is done", () => {
    const headers = log.entries.filter((e) => e.kind === "header" && / RUN /.test(e.text));
    expect(headers.map((e) => e.text.replace(/^#\d+ /, ""))).toEqual([
      "[api 4/4] RUN go build -o /out/api .",
      "[web 4/4] RUN npm install",
    ]);
    const apiDone = log.entries.findIndex((e) => e.stepId === headers[0]!.stepId && e.kind === "done");
    expect(log.entries.indexOf(headers[1]!)).toBeLessThan(apiDone);
  });

  it("ends with the export, at the build's total time", () => {
    expect(log.entries.at(-1)).toMatchObject({
      kind: "done",
      stepId: null,
      atMs: analysis.simulation.times.buildkitMs,
    });
    expect(log.failed).toBeNull();
  });
});

describe("a failing step", () => {
  const dockerfile =
    'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm install --omit=dev\nRUN npm run build\nCMD ["node", "dist/server.js"]\n';
  const { analysis, log } = logOf(dockerfile);
  const failing = analysis.simulation.steps.find((s) => s.text === "RUN npm run build")!;

  it("is the last step in the log, with BuildKit's error under it at the time it fails", () => {
    const fromFailing = log.entries.findIndex((e) => e.stepId === failing.id);
    expect(log.entries.slice(fromFailing).every((e) => e.stepId === failing.id)).toBe(true);
    expect(log.entries.slice(fromFailing + 1).every((e) => e.atMs === failing.endMs)).toBe(true);
    expect(log.entries.map((e) => e.text)).toContain(
      'ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 127',
    );
    expect(log.entries.some((e) => e.text.includes("exporting to image"))).toBe(false);
    expect(log.failed?.message).toBe("sh: vite: not found");
  });
});

describe("two parallel stages that both fail", () => {
  // `a` waits for a slow base image, so its install fails after `b`'s build, which is later in the file.
  const dockerfile = `FROM python:3.12-slim AS a
WORKDIR /web
COPY package.json ./
RUN npm install

FROM alpine:3.21 AS b
WORKDIR /src
COPY go.mod main.go ./
RUN go build .

FROM alpine:3.21
COPY --from=a /web /web
COPY --from=b /src /src
`;
  const { analysis, log } = logOf(dockerfile);
  const install = analysis.simulation.steps.find((s) => s.text === "RUN npm install")!;
  const build = analysis.simulation.steps.find((s) => s.text === "RUN go build .")!;

  it("fails in both, the later line first in time", () => {
    const failing = analysis.simulation.diagnostics.filter((d) => d.severity === "error");
    expect(failing.map((d) => d.range.start.line)).toEqual([install.line, build.line]);
    expect(build.endMs).toBeLessThan(install.startMs);
  });

  it("stops the log at the step that fails first in time, and the view names that step", () => {
    expect(log.failure).toEqual({ stepId: build.id, line: 9, message: "/bin/sh: go: not found" });
    expect(log.entries.at(-1)?.stepId).toBe(build.id);
    expect(log.entries.some((e) => e.stepId === install.id)).toBe(false);
    const view = toView(analysis);
    expect(view.failure).toEqual(log.failure);
    expect(view.log.at(-1)?.stepId).toBe(view.failure?.stepId);
  });
});

describe("a build that fails as a whole", () => {
  it("names no step when the file does not parse", () => {
    const { analysis, log } = logOf("FROM alpine:3.21\nFORM alpine\n");
    expect(log.failure).toMatchObject({ stepId: null, line: 2 });
    expect(toView(analysis).failure).toEqual(log.failure);
  });

  it("names no step when the target is not found", () => {
    const analysis = analyze("FROM alpine:3.21 AS build\nRUN true\n", { context: CONTEXT, target: "nope" });
    const { failure } = buildLog(analysis, INPUTS);
    expect(failure).toMatchObject({ stepId: null, line: expect.any(Number) });
    expect(failure?.message).toMatch(/nope/);
    expect(toView(analysis).failure).toEqual(failure);
  });
});

describe("a file BuildKit cannot parse", () => {
  it("stops after loading the build definition, with the error", () => {
    const { log } = logOf("FROM alpine:3.21\nFORM alpine\n");
    expect(buildLogText(log.entries)).toMatch(
      /^#1 \[internal\] load build definition from Dockerfile\n#1 transferring dockerfile: 100B done\n#1 DONE 0\.0s\n\nERROR: failed to solve: .+ \(line 2\)\n$/,
    );
  });
});

describe("the legacy builder's log", () => {
  const { analysis, log } = logOf(PARALLEL, "legacy");

  it("runs the steps one after another, each header at its step's start", () => {
    const headers = log.entries.filter((e) => e.kind === "header");
    expect(headers[0]?.text).toBe("Step 1/12 : FROM golang:1.22 AS api");
    const starts = headers.map((e) => e.atMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const last = analysis.simulation.steps.at(-1)!;
    expect(log.entries.at(-1)).toMatchObject({
      text: expect.stringMatching(/^Successfully built /),
      atMs: last.endMs,
    });
  });

  it("prints without the BuildKit builder's blank lines between vertices", () => {
    expect(buildLogText(log.entries)).toContain(
      "https://docs.docker.com/go/buildx/\n\nSending build context",
    );
  });
});

describe("buildLogText", () => {
  it("puts a blank line before each entry with a gap, and ends with a newline", () => {
    const entry = { atMs: 0, stepId: null, kind: "info" as const };
    expect(
      buildLogText([
        { ...entry, text: "a", gap: false },
        { ...entry, text: "b", gap: true },
        { ...entry, text: "c", gap: false },
      ]),
    ).toBe("a\n\nb\nc\n");
  });
});

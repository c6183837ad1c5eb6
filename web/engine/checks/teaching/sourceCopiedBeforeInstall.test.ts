import { describe, expect, it } from "vitest";
import { createEngineSession } from "../../views/engineSession";
import { analyze } from "../../analyze";
import { contextOf, findings, linesOf } from "./testing/teachingFindings";

const RULE = "source-copied-before-install";

const NODE = {
  "package.json": '{"name":"app","dependencies":{"express":"4"}}',
  "package-lock.json": '{"lockfileVersion":3}',
  "server.js": "require('express')\n",
};
const PYTHON = { "requirements.txt": "flask==3.0.0\n", "app.py": "import flask\n" };

const copyFirst = `FROM node:22-alpine
WORKDIR /app
COPY . .
RUN npm ci
CMD ["node", "server.js"]
`;

describe("source-copied-before-install", () => {
  it("blames a COPY . . that comes before npm ci in the same stage", () => {
    const [finding, ...rest] = findings(copyFirst, RULE, NODE);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("before `npm ci` on line 4");
    expect(finding?.message).toContain("an edit to any source file re-runs the install");
    expect(finding?.fix).toContain(
      "`COPY package.json package-lock.json ./`, then `RUN npm ci`, then `COPY . .`",
    );
  });

  it("agrees with the cache model: an edit to server.js re-runs npm ci", () => {
    const session = createEngineSession();
    session.analyze(copyFirst, { context: contextOf(NODE) });
    const steps = session.reruns("server.js").steps;
    expect(steps.find((step) => step.line === 4)?.status).toBe("rerun");
  });

  it("names the requirements file pip reads, and the COPY's destination", () => {
    const dockerfile = `FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install --no-cache-dir -r requirements.txt\nCMD ["python", "app.py"]\n`;
    const [finding] = findings(dockerfile, RULE, PYTHON);
    expect(finding?.fix).toContain(
      "`COPY requirements.txt /app/`, then `RUN pip install -r requirements.txt`, then `COPY . /app`",
    );
  });

  it("lists only the lock files the context has, and both when Stageplay has no context", () => {
    const noLock = { "package.json": NODE["package.json"], "server.js": NODE["server.js"] };
    expect(findings(copyFirst, RULE, noLock)[0]?.fix).toContain("`COPY package.json ./`");
    const unknown = analyze(copyFirst).diagnostics.filter((d) => d.rule === RULE);
    expect(unknown[0]?.fix).toContain("`COPY package.json package-lock.json ./`");
  });

  it("recognises the usual installs after the copy", () => {
    for (const [base, run, manifest] of [
      ["golang:1.26", "go mod download", "go.mod"],
      ["node:22-alpine", "yarn install --frozen-lockfile", "yarn.lock"],
      ["node:22-alpine", "npm install", "package.json"],
      ["python:3.12-slim", "python -m pip install -r requirements.txt", "requirements.txt"],
      ["python:3.12-slim", "apt-get update && pip install -r requirements.txt", "requirements.txt"],
      ["ruby:3.3", "bundle install", "Gemfile"],
      ["maven:3.9-eclipse-temurin-21", "mvn -B dependency:go-offline", "pom.xml"],
    ] as const) {
      const dockerfile = `FROM ${base}\nWORKDIR /src\nCOPY . .\nRUN ${run}\n`;
      expect(linesOf(findings(dockerfile, RULE, { [manifest]: "x\n", "main.src": "x\n" })), run).toEqual([3]);
    }
  });

  it("stays silent when the manifest is copied and installed first", () => {
    const good = `FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n`;
    expect(findings(good, RULE, NODE)).toEqual([]);
  });

  it("stays silent when the dependencies were installed before the copy, in the stage or its parent", () => {
    const uv = `FROM ghcr.io/astral-sh/uv:python3.12-bookworm-slim
WORKDIR /app
RUN --mount=type=bind,source=uv.lock,target=uv.lock --mount=type=bind,source=pyproject.toml,target=pyproject.toml uv sync --locked --no-install-project
COPY . /app
RUN uv sync --locked
`;
    expect(findings(uv, RULE, { "pyproject.toml": "[project]\n", "uv.lock": "version = 1\n" })).toEqual([]);
    const parent = `FROM node:22-alpine AS deps\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nFROM deps\nCOPY . .\nRUN npm ci --omit=dev\n`;
    expect(findings(parent, RULE, NODE)).toEqual([]);
  });

  it("stays silent when the RUN builds from the source before it installs", () => {
    const dockerfile = `FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn build && yarn install --production --ignore-scripts\n`;
    expect(findings(dockerfile, RULE, { ...NODE, "yarn.lock": "\n" })).toEqual([]);
  });

  it("stays silent on installs of named packages and of the project itself", () => {
    for (const run of [
      "npm install -g pnpm",
      "pip install .",
      "pip install flask",
      "yarn build",
      "go build ./...",
    ]) {
      expect(
        findings(`FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN ${run}\n`, RULE, { ...NODE, ...PYTHON }),
        run,
      ).toEqual([]);
    }
  });

  it("stays silent when the context is known and holds none of the files the install reads", () => {
    expect(findings(copyFirst, RULE, { "server.js": NODE["server.js"], "app/package.json": "{}" })).toEqual(
      [],
    );
  });

  it("stays silent on a copy of part of the context, or from another stage", () => {
    const part = `FROM node:22-alpine\nWORKDIR /app\nCOPY src ./src\nRUN npm ci\n`;
    expect(findings(part, RULE, NODE)).toEqual([]);
    const fromStage = `FROM node:22-alpine AS build\nWORKDIR /app\nRUN echo > x\nFROM node:22-alpine\nWORKDIR /app\nCOPY --from=build /app .\nRUN npm ci\n`;
    expect(findings(fromStage, RULE, NODE)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import type { ContextFile } from "../engine/simulate/types";
import { formatBuildLog } from "./formatBuildLog";

const PACKAGE_JSON = JSON.stringify({
  name: "web",
  scripts: { build: "vite build" },
  dependencies: { react: "^19.0.0" },
  devDependencies: { vite: "^7.0.0" },
});
const CONTEXT: ContextFile[] = [
  { path: "package.json", sizeBytes: PACKAGE_JSON.length, content: PACKAGE_JSON },
];
const INPUTS = { dockerfileName: "Dockerfile", dockerfileBytes: 100, contextBytes: PACKAGE_JSON.length };

function logOf(dockerfile: string, context: ContextFile[] = CONTEXT) {
  return formatBuildLog(analyze(dockerfile, { context }), { ...INPUTS, contextBytes: 0 });
}

describe("a RUN that fails", () => {
  const dockerfile =
    "FROM node:20-alpine\nWORKDIR /app\nCOPY package.json ./\nRUN npm install --omit=dev\nRUN npm run build\n";

  it("prints the command's output, then BuildKit's process error with the shell and exit code", () => {
    const lines = logOf(dockerfile).text.trimEnd().split("\n");
    const at = lines.findIndex((line) => line.endsWith("RUN npm run build"));
    const n = lines[at]?.split(" ")[0];
    expect(lines.slice(at + 1, at + 3)).toEqual([
      expect.stringMatching(new RegExp(`^${n} \\d+\\.\\d{3} sh: vite: not found$`)),
      `${n} ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 127`,
    ]);
    expect(lines).toContain(
      'ERROR: failed to solve: process "/bin/sh -c npm run build" did not complete successfully: exit code: 127',
    );
  });

  it("never calls it a COPY checksum error", () => {
    expect(logOf(dockerfile).text).not.toContain("failed to calculate checksum");
  });

  it("ends with Stageplay's explanation and fix", () => {
    const text = logOf(dockerfile).text;
    const tail = text.slice(text.indexOf("ERROR: failed to solve:"));
    expect(tail).toContain("sh: vite: not found");
    expect(tail).toContain("devDependenc");
  });
});

describe("a COPY whose source is missing", () => {
  it("keeps BuildKit's checksum wording", () => {
    expect(logOf("FROM alpine:3.21\nCOPY dist /www\n").text).toContain(
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/dist": not found',
    );
  });
});

// Published before/after cases (reference/image-facts.md §4) checked against the simulator, with the
// tolerance each test states. These cases need no RUN semantics: build products come from the
// context, so they test base sizes and what COPY carries between stages. The cases that depend on
// RUN (pip, go build, npm) are added by the RUN and verdict work.
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { REFERENCE_CASES } from "./catalog/products/referenceCases";
import { BINARIES } from "./catalog/products/binaries";
import { NODE_PROJECTS } from "./catalog/products/nodeProjects";
import type { ContextFile } from "./types";

const MB = 1_000_000;
const within = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(tolerance);
const caseNamed = (name: string) => {
  const found = REFERENCE_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no reference case ${name}`);
  return found;
};
const imageOf = (dockerfile: string, context: ContextFile[]) => {
  const analysis = analyze(dockerfile, { context });
  expect(analysis.simulation.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const image = analysis.simulation.image;
  if (!image) throw new Error("no image");
  return image;
};

const GO_STATIC = BINARIES.find((b) => b.toolchain === "go" && b.linkage === "static" && !b.stripped);
const goBinary: ContextFile = { path: "bin/server", sizeBytes: GO_STATIC?.size.bytes ?? 0, mode: 0o755 };

describe("reference cases that need no RUN", () => {
  it("a static Go binary on scratch is the binary alone (the published 6.5 MB, within 1%)", () => {
    const image = imageOf(
      'FROM golang:1.26-bookworm AS build\nCOPY bin/server /out/server\nFROM scratch\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n',
      [goBinary],
    );
    within(image.sizeBytes, caseNamed("Go benchmark: scratch").after.bytes, 0.01);
    expect(image.layers.map((l) => l.instruction)).toEqual(["COPY --from=build /out/server /server"]);
  });

  it("the Docker docs Go guide's distroless image is base plus binary (28.1 MB, within 15%)", () => {
    const image = imageOf(
      "FROM golang:1.19 AS build\nCOPY bin/server /docker-gs-ping\nFROM gcr.io/distroless/base-debian11\nCOPY --from=build /docker-gs-ping /docker-gs-ping\n",
      [goBinary],
    );
    within(image.sizeBytes, caseNamed("Docker docs Go guide (docker-gs-ping)").after.bytes, 0.15);
  });

  it("the classic Flask comparison's 'multistage' image is not smaller than its python:alpine3.7 base", () => {
    const context: ContextFile[] = [
      { path: "requirements.txt", sizeBytes: 6, content: "flask\n" },
      { path: "app.py", sizeBytes: 200, content: "from flask import Flask\napp = Flask(__name__)\n" },
    ];
    const single = imageOf(
      "FROM python:alpine3.7\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD python ./app.py\n",
      context,
    );
    const multi = imageOf(
      "FROM python:alpine3.7 AS base\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nFROM python:alpine3.7\nCOPY --from=base /app /app\nWORKDIR /app\nCMD python ./app.py\n",
      context,
    );
    const base = 98.7 * MB;
    expect(multi.sizeBytes).toBeGreaterThanOrEqual(base);
    within(multi.sizeBytes, base, 0.01);
    expect(single.sizeBytes).toBeGreaterThan(multi.sizeBytes);
  });

  it("a React build served by nginx:alpine is nginx plus dist/ (within 1% of 62.6 MB)", () => {
    const dist = NODE_PROJECTS.find((p) => p.name === "vite-react")?.buildOutput?.size.bytes ?? 0;
    const image = imageOf("FROM nginx:alpine\nCOPY dist /usr/share/nginx/html\n", [
      { path: "dist/index.html", sizeBytes: 460 },
      { path: "dist/assets/index.js", sizeBytes: dist - 460 },
    ]);
    within(image.sizeBytes, 62.32 * MB + dist, 0.01);
  });

  it("a Spring Boot jar on a JRE is the JRE plus the jar (about 308 MB, within 15%)", () => {
    const image = imageOf(
      'FROM maven:3.9-eclipse-temurin-21 AS build\nCOPY target/app.jar /build/app.jar\nFROM eclipse-temurin:21-jre\nCOPY --from=build /build/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
      [{ path: "target/app.jar", sizeBytes: 20 * MB }],
    );
    within(image.sizeBytes, 287.54 * MB + 20 * MB, 0.15);
    expect(image.layers[0]?.notes[0]).toContain("repos/eclipse-temurin/local/21-jre-noble.md");
  });
});

import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions, type ContextFile } from "../../engine";
import { evaluateGoals, inFamily } from "./evaluateGoals";
import type { GoalCheck } from "./types";

const file = (path: string, content: string): ContextFile => ({ path, content, sizeBytes: content.length });

const GO_CONTEXT = [
  file("go.mod", "module example.com/hello\n\ngo 1.22\n"),
  file("main.go", 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n'),
];

const GO_FAT = `FROM golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /app .
CMD ["/app"]
`;

const GO_LEAN = `FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod .
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /app .

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /app /app
USER 65532
CMD ["/app"]
`;

function goal(
  check: GoalCheck,
  source: string,
  options: AnalyzeOptions = { context: GO_CONTEXT },
  starter = GO_FAT,
) {
  const [result] = evaluateGoals([{ id: "g", sentence: "A goal", check }], {
    analysis: analyze(source, options),
    source,
    options,
    starter: () => analyze(starter, options),
  });
  return result!;
}

describe("lesson goals on the simulated build", () => {
  it("counts stages, exactly or at least", () => {
    expect(goal({ kind: "stage-count", atLeast: 2 }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "stage-count", exactly: 2 }, GO_LEAN)).toMatchObject({
      passed: false,
      found: "the Dockerfile has 3 stages",
      expected: "exactly 2 stages",
    });
  });

  it("reads the final base, exactly or by family", () => {
    expect(goal({ kind: "final-base", family: "distroless" }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "final-base", image: "gcr.io/distroless/static-debian12" }, GO_LEAN).passed).toBe(
      true,
    );
    expect(goal({ kind: "final-base", family: "scratch" }, GO_FAT)).toMatchObject({
      passed: false,
      found: "the final image is built on golang:1.22",
      line: 1,
    });
    expect(inFamily("python:3.12-slim", "slim")).toBe(true);
    expect(inFamily("node:22-alpine", "alpine")).toBe(true);
    expect(inFamily("alpine:3.21", "alpine")).toBe(true);
    expect(inFamily("python:3.12", "alpine")).toBe(false);
  });

  it("compares the image's size with a limit and with the starter's", () => {
    expect(goal({ kind: "image-size", underMB: 50 }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "image-size", smallerThanStarterBy: 10 }, GO_LEAN).passed).toBe(true);
    const fat = goal({ kind: "image-size", underMB: 50 }, GO_FAT);
    expect(fat.passed).toBe(false);
    expect(fat.found).toMatch(
      /^the final image is [\d.]+[MG]B; its biggest layer is .* by line 1 `FROM golang:1\.22`$/,
    );
    expect(fat.line).toBe(1);
  });

  it("says which line added a path the image should not have, with its size", () => {
    const result = goal({ kind: "image-path", path: "/usr/local/go", present: false }, GO_FAT);
    expect(result.passed).toBe(false);
    expect(result.found).toMatch(
      /^the final image still has \/usr\/local\/go \(part of golang:1\.22, [\d.]+[MG]B\), added by line 1 `FROM golang:1\.22`$/,
    );
    expect(goal({ kind: "image-path", path: "/usr/local/go", present: false }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "image-path", path: "/app", present: true }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "image-path", path: "/src/main.go", present: true }, GO_LEAN)).toMatchObject({
      passed: false,
      found: "the final image has no /src/main.go",
    });
  });

  it("finds kinds of tool: a compiler, a shell, a package manager, a download cache", () => {
    const compiler = goal({ kind: "image-tool", tool: "compiler", present: false }, GO_FAT);
    expect(compiler.passed).toBe(false);
    expect(compiler.found).toMatch(/^the final image still has .*go/);
    expect(goal({ kind: "image-tool", tool: "compiler", present: false }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "image-tool", tool: "shell", present: false }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "image-tool", tool: "shell", present: true }, GO_FAT).passed).toBe(true);
    const pip = `FROM python:3.12-slim\nRUN pip install flask\nCMD ["python", "-c", "import flask"]\n`;
    expect(goal({ kind: "image-tool", tool: "build-cache", present: false }, pip, {})).toMatchObject({
      passed: false,
      line: 2,
    });
  });

  it("passes an image that starts and explains one that would not", () => {
    expect(goal({ kind: "image-starts" }, GO_LEAN).passed).toBe(true);
    const result = goal({ kind: "image-starts" }, GO_LEAN.replace('CMD ["/app"]', 'CMD ["/server"]'));
    expect(result).toMatchObject({ passed: false, line: 14 });
    expect(result.found).toMatch(/^it would not start: `.*\/server.*`\. /);
  });

  it("finds a COPY --from a stage, by name and path", () => {
    expect(goal({ kind: "copies-from-stage" }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "copies-from-stage", from: "build", path: "/app" }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "copies-from-stage", from: "build", path: "/src" }, GO_LEAN)).toMatchObject({
      passed: false,
      line: 12,
    });
    expect(goal({ kind: "copies-from-stage" }, GO_FAT).found).toMatch(/no stage copies from another/);
  });

  it("asks a named COPY --from to name the stage, not its index", () => {
    const copy = (from: string) =>
      `FROM alpine:3.21 AS build\nRUN echo hi > /out\n\nFROM alpine:3.21\nCOPY --from=${from} /out /out\n`;
    const check: GoalCheck = { kind: "copies-from-stage", from: "build" };
    expect(goal(check, copy("build"), {}).passed).toBe(true);
    expect(goal(check, copy("Build"), {}).passed).toBe(true);
    expect(goal(check, copy("0"), {})).toMatchObject({ passed: false, line: 5 });
    expect(goal({ kind: "copies-from-stage", from: "0" }, copy("0"), {}).passed).toBe(true);
  });

  it("reports the first error, and findings of the rules named", () => {
    expect(goal({ kind: "no-errors" }, GO_LEAN).passed).toBe(true);
    expect(
      goal({ kind: "no-errors" }, "FROM alpine:3.21\nCOPY missing.txt /x\n", { context: [] }),
    ).toMatchObject({
      passed: false,
      line: 2,
    });
    const shellForm = "FROM alpine:3.21\nCMD echo hi\n";
    expect(goal({ kind: "no-errors" }, shellForm, {}).passed).toBe(true);
    expect(goal({ kind: "no-errors", rules: ["JSONArgsRecommended"] }, shellForm, {})).toMatchObject({
      passed: false,
      line: 2,
    });
  });

  it("builds another target to see what it builds and skips", () => {
    const check: GoalCheck = {
      kind: "target-builds",
      target: "final",
      builds: ["build", "final"],
      skips: ["test"],
    };
    expect(goal(check, GO_LEAN).passed).toBe(true);
    expect(goal({ ...check, builder: "legacy" }, GO_LEAN)).toMatchObject({
      passed: false,
      found: "building --target final also builds test",
      line: 8,
    });
    expect(goal({ ...check, target: "nope" }, GO_LEAN).found).toBe("there is no stage named nope to build");
  });

  it("edits a context file and sees which steps come from the cache", () => {
    const check: GoalCheck = { kind: "cached-after-edit", file: "main.go", reused: ["RUN go mod download"] };
    expect(goal(check, GO_LEAN).passed).toBe(true);
    const late = goal({ ...check, reused: ["RUN go build"] }, GO_FAT);
    expect(late).toMatchObject({ passed: false, line: 3 });
    expect(late.found).toMatch(
      /^editing main\.go re-runs line 4 `RUN go build -o \/app \.`, because line 3 `COPY \. \.`/,
    );
    expect(goal({ ...check, file: "nope.go" }, GO_LEAN).found).toBe(
      "the build context has no nope.go to edit",
    );
  });

  it("knows root from other users", () => {
    expect(goal({ kind: "non-root-user" }, GO_LEAN).passed).toBe(true);
    expect(goal({ kind: "non-root-user" }, GO_FAT)).toMatchObject({ passed: false, line: 1 });
    expect(goal({ kind: "non-root-user" }, GO_LEAN.replace("USER 65532", "USER root"))).toMatchObject({
      passed: false,
      line: 13,
    });
  });

  it("finds a RUN mount of a type", () => {
    const cached = GO_LEAN.replace(
      "RUN go mod download",
      "RUN --mount=type=cache,target=/root/go/pkg/mod go mod download",
    );
    expect(goal({ kind: "uses-mount", type: "cache" }, cached).passed).toBe(true);
    expect(goal({ kind: "uses-mount", type: "secret" }, cached).passed).toBe(false);
  });

  it("builds again with a build argument and compares", () => {
    const withArg = `ARG BASE=gcr.io/distroless/static-debian12\n${GO_LEAN.replace("FROM gcr.io/distroless/static-debian12", "FROM ${BASE}")}`;
    const check: GoalCheck = {
      kind: "build-arg-changes",
      arg: "BASE",
      value: "scratch",
      changes: "final-base",
    };
    expect(goal(check, withArg).passed).toBe(true);
    expect(goal(check, GO_LEAN).found).toMatch(
      /stays gcr\.io\/distroless\/static-debian12; no ARG BASE comes before the first FROM/,
    );
  });

  it("says the build stops before an image exists, at the error's line", () => {
    expect(
      goal({ kind: "image-starts" }, "FROM alpine:3.21\nCOPY missing.txt /x\n", { context: [] }),
    ).toMatchObject({
      passed: false,
      line: 2,
    });
  });

  it("finds no image to check when an error stops the build, even if the simulation went on", () => {
    const stopped = GO_LEAN.replace("RUN go mod download", "RUN mkdir -p $MISSING");
    expect(goal({ kind: "image-path", path: "/app", present: true }, stopped)).toMatchObject({
      passed: false,
      found: expect.stringMatching(/^the build stops before there is an image: /),
    });
    expect(goal({ kind: "non-root-user" }, stopped).passed).toBe(false);
  });
});

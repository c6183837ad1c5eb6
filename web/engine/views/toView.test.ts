import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { createEngineSession } from "./engineSession";
import { toView } from "./toView";

const MULTI = `ARG GO=1.26
FROM golang:\${GO}-alpine AS deps
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

FROM deps AS build
COPY . .
RUN CGO_ENABLED=0 go build -o /out/api .

FROM deps AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/api /api
COPY --from=alpine:3.20 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
ENTRYPOINT ["/api"]
`;

const CONTEXT = [
  { path: "go.mod", sizeBytes: 40, content: "module x\n" },
  { path: "go.sum", sizeBytes: 10, content: "" },
  { path: "main.go", sizeBytes: 200, content: "package main\nfunc main() {}\n" },
];

describe("toView", () => {
  const view = toView(analyze(MULTI, { context: CONTEXT }), 3, ["go.mod"]);

  it("names every stage with its state, and says why a stage is not built", () => {
    expect(view.version).toBe(3);
    expect(view.stages.map((s) => [s.displayName, s.built])).toEqual([
      ["deps", true],
      ["build", true],
      ["test", false],
      ["final", true],
    ]);
    expect(view.stages[2]?.skippedBecause).toBe("not needed for target final");
    expect(view.stages[2]?.builtByLegacy).toBe(true);
    expect(view.stages[2]?.builtByBuildkit).toBe(false);
    expect(view.stages[1]?.base).toBe("deps");
    expect(view.stages[3]?.sizeBytes).toBeGreaterThan(0);
    expect(view.target).toBe(3);
    expect(view.defaultTarget).toBe(3);
  });

  it("has an edge for FROM, each COPY --from with its bytes, and the context copies", () => {
    const edges = view.edges.map((e) => `${e.kind} ${String(e.from)}>${e.to} ${e.paths.join(" ")}`);
    expect(edges).toEqual([
      "from 0>1 ",
      "from 0>2 ",
      "copy 1>3 /out/api",
      "copy image:alpine:3.20>3 /etc/ssl/certs/ca-certificates.crt",
      "context context>0 go.mod go.sum",
      "context context>1 .",
    ]);
    const copy = view.edges.find((e) => e.kind === "copy" && e.from === 1);
    expect(copy?.bytes).toBeGreaterThan(1_000_000);
    expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
    expect(view.sources.map((s) => s.id)).toEqual(["image:alpine:3.20", "context"]);
  });

  it("lists the declared build args with their scope", () => {
    expect(view.args).toEqual([{ name: "GO", defaultText: "1.26", scope: "global", line: 1 }]);
  });

  it("carries what the image panels draw, without file lists", () => {
    expect(view.image?.target).toBe(3);
    expect(view.image?.verdict.runs).toBe(true);
    expect(view.image?.sizeByOrigin.otherStages).toBe(copyBytes());
    expect(view.leftBehind.map((l) => l.displayName)).toEqual(["deps", "build"]);
    expect(JSON.stringify(view)).not.toContain('"added":[');
    expect(view.contextPaths).toEqual(["go.mod"]);
  });

  it("marks a stage after the target as not built for that reason, and the legacy builder's extra stages", () => {
    const built = toView(analyze(MULTI, { target: "build", builder: "legacy" }));
    expect(built.stages.map((s) => s.built)).toEqual([true, true, false, false]);
    expect(built.stages[3]?.skippedBecause).toBe("after the target build: not built");
    const legacy = toView(analyze(MULTI, { builder: "legacy" }));
    expect(legacy.stages[2]?.built).toBe(true);
  });

  it("points at the step where the build stops", () => {
    const failing = toView(analyze("FROM alpine\nRUN exit 1\n"));
    expect(failing.failure).toMatchObject({ line: 2 });
    expect(failing.failure?.stepId).not.toBeNull();
    expect(toView(analyze(MULTI)).failure).toBeNull();
  });

  it("names the error that stops the file parsing, not an earlier error of its build", () => {
    const text = "FROM alpine\nRUN exit 1\nHEALTHCHECK --interval=oops CMD true\n";
    const analysis = analyze(text);
    expect(analysis.diagnostics.find((d) => d.severity === "error")?.range.start.line).toBe(2);
    expect(toView(analysis).parseError).toMatchObject({ line: 3 });
    expect(toView(analyze("FROM alpine\nRUN exit 1\n")).parseError).toBeNull();
  });

  function copyBytes() {
    return view.edges
      .filter((e) => e.kind === "copy" && typeof e.from === "number")
      .reduce((sum, e) => sum + (e.bytes ?? 0), 0);
  }
});

describe("engine session", () => {
  it("answers the file tree of the latest analysis, numbered by version", () => {
    const session = createEngineSession();
    const first = session.analyze(MULTI, { context: CONTEXT });
    const files = session.stageFiles(first.image!.target);
    expect(files.version).toBe(first.version);
    const api = files.files.find((f) => f.path === "/api");
    expect(api).toMatchObject({ type: "file", deleted: false, line: 15 });
    expect(api?.origin).toBe("copied from build:/out/api (line 15)");
    expect(session.analyze(MULTI, {}).version).toBe(first.version + 1);
  });

  it("tells the build log how big the Dockerfile is, in bytes as sent", () => {
    const view = createEngineSession().analyze("FROM alpine\n# é\n", {});
    expect(view.log.map((e) => e.text)).toContain("#1 transferring dockerfile: 17B done");
  });

  it("says which steps re-run when a context file changes", () => {
    const session = createEngineSession();
    session.analyze(MULTI, { context: CONTEXT });
    const reruns = session.reruns("main.go");
    const status = (text: string) => reruns.steps.find((s) => s.text.startsWith(text))?.status;
    expect(status("RUN go mod download")).toBe("cached");
    expect(status("COPY . .")).toBe("rerun");
    expect(status("RUN CGO_ENABLED=0")).toBe("rerun");
    expect(session.reruns("go.mod").steps.find((s) => s.text === "RUN go mod download")?.status).toBe(
      "rerun",
    );
  });

  it("exports Mermaid and compares figures without replacing the latest analysis", () => {
    const session = createEngineSession();
    const view = session.analyze(MULTI, {});
    expect(session.mermaid()).toMatch(/^flowchart LR\n/);
    const figures = session.figures("FROM alpine:3.20\n", {});
    expect(figures.tools.map((t) => t.role)).toContain("shell");
    expect(session.stageFiles(view.image!.target).version).toBe(view.version);
  });

  it("is empty before anything is analyzed", () => {
    const session = createEngineSession();
    expect(session.stageFiles(0 as never).files).toEqual([]);
    expect(session.reruns("x").steps).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { findings, linesOf } from "./testing/teachingFindings";

const GO = { "go.mod": "module example.com/hello\ngo 1.26\n", "main.go": "package main\nfunc main() {}\n" };

const stages = (last: string) => `FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/hello .

FROM gcr.io/distroless/static-debian12:nonroot AS final
COPY --from=build /out/hello /hello
CMD ["/hello"]

${last}
`;

describe("test-stage-is-default-target and debug-stage-is-default-target", () => {
  it("notes a test stage left last: the plain build makes the test image and skips final", () => {
    const dockerfile = stages("FROM build AS test\nRUN go test ./...");
    const [finding, ...rest] = findings(dockerfile, "test-stage-is-default-target", GO);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("info");
    expect(finding?.range.start.line).toBe(10);
    expect(finding?.message).toContain("`docker build .` without `--target` builds it");
    expect(finding?.message).toContain("stage final is not built at all");
    expect(finding?.fix).toContain("Put final last");
    expect(finding?.fix).toContain("`docker build --target test .`");
  });

  it("knows a test stage by the command it runs, whatever its name", () => {
    const dockerfile = stages("FROM build AS unit\nRUN go test ./...");
    expect(linesOf(findings(dockerfile, "test-stage-is-default-target", GO))).toEqual([10]);
  });

  it("notes a debug stage left last", () => {
    const dockerfile = stages(
      'FROM gcr.io/distroless/static-debian12:debug AS debug\nCOPY --from=build /out/hello /hello\nENTRYPOINT ["/hello"]',
    );
    const [finding] = findings(dockerfile, "debug-stage-is-default-target", GO);
    expect(finding?.message).toContain("the image it tags is the debug image");
  });

  it("stays silent when the app stage is last, a --target is given, or the legacy builder runs every stage", () => {
    const appLast = `FROM golang:1.26 AS build\nCOPY go.mod *.go ./\nRUN go build -o /out/hello .\nFROM build AS test\nRUN go test ./...\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/hello /hello\n`;
    expect(findings(appLast, "test-stage-is-default-target", GO)).toEqual([]);
    const testLast = stages("FROM build AS test\nRUN go test ./...");
    expect(findings(testLast, "test-stage-is-default-target", GO, { target: "test" })).toEqual([]);
    expect(findings(testLast, "test-stage-is-default-target", GO, { builder: "legacy" })).toEqual([]);
  });

  it("stays silent when no skipped stage looks like the app: the file may exist to run tests", () => {
    const testsOnly = `FROM golang:1.26 AS build\nCOPY go.mod *.go ./\nFROM build AS test\nRUN go test ./...\n`;
    expect(findings(testsOnly, "test-stage-is-default-target", GO)).toEqual([]);
    const usesFinal = stages("FROM final AS test\nCOPY --from=build /out/hello /hello2");
    expect(findings(usesFinal, "test-stage-is-default-target", GO)).toEqual([]);
  });
});

describe("test-stage-never-runs, known by its commands", () => {
  it("calls a skipped stage that runs npm test a test stage though its name does not say so", () => {
    const dockerfile = `FROM node:22 AS build\nWORKDIR /app\nCOPY . .\n\nFROM build AS suite\nRUN npm test\n\nFROM build AS quality\nRUN npm run test:unit\n\nFROM node:22-slim\nCOPY --from=build /app /app\nUSER node\nCMD ["node", "/app/server.js"]\n`;
    expect(linesOf(findings(dockerfile, "test-stage-never-runs", { "server.js": "" }))).toEqual([5, 8]);
    expect(findings(dockerfile, "stage-never-built", { "server.js": "" })).toEqual([]);
  });

  it("keeps a skipped stage that runs no tests a plain stage-never-built", () => {
    const dockerfile = `FROM node:22 AS build\nWORKDIR /app\nCOPY . .\n\nFROM build AS docs\nRUN npm run docs\n\nFROM node:22-slim\nCOPY --from=build /app /app\nUSER node\n`;
    expect(linesOf(findings(dockerfile, "stage-never-built", { "server.js": "" }))).toEqual([5]);
  });
});

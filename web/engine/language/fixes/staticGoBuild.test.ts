import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

// net/http has a cgo implementation, so a cgo build links the C library.
const GO = {
  "main.go": 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
  "go.mod": "module example.com/app\ngo 1.22\n",
};
const goOn = (build: string, base: string) =>
  `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN ${build} -o /out/app .\n\nFROM ${base}\nCOPY --from=build /out/app /app\nUSER 65534\nENTRYPOINT ["/app"]\n`;

describe("dynamic-binary-without-libc fix", () => {
  it("builds the binary static in the RUN that made it, traced from the COPY", () => {
    const run = runFix(goOn("go build", "scratch"), "dynamic-binary-without-libc", GO);
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ["Build a static binary: CGO_ENABLED=0 go build", true],
    ]);
    expect(run.fixed).toBe(goOn("CGO_ENABLED=0 go build", "scratch"));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "dynamic-binary-without-libc"));
  });

  it("works the same for alpine, whose musl a glibc binary cannot use", () => {
    const run = runFix(goOn("go mod download && go build", "alpine:3.21"), "dynamic-binary-without-libc", GO);
    expect(run.fixed).toBe(goOn("go mod download && CGO_ENABLED=0 go build", "alpine:3.21"));
    expect(run.remaining).toBe(0);
  });
});

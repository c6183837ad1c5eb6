import { describe, expect, it } from "vitest";
import { findings } from "./testing/teachingFindings";

const GO = { "main.go": "package main\nfunc main() {}\n", "go.mod": "module example.com/app\ngo 1.22\n" };

describe("final-image-ships-compiler", () => {
  it("blames the FROM of a single-stage golang image, which keeps gcc and go", () => {
    const dockerfile = `FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD ["/app"]\n`;
    const [finding, ...rest] = findings(dockerfile, "final-image-ships-compiler", GO);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(1);
    expect(finding?.message).toContain("gcc (compiler");
    expect(finding?.message).toContain("go (compiler)");
    expect(finding?.fix).toContain("COPY --from=build");
  });

  it("blames the RUN that installs a compiler into the final stage", () => {
    const dockerfile = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc\nCMD ["sh"]\n`;
    const lines = findings(dockerfile, "final-image-ships-compiler").map((d) => d.range.start.line);
    expect(lines).toEqual([2]);
  });

  it("names the stage a final stage is built on when the compiler comes through it", () => {
    const dockerfile = `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\n\nFROM build AS final\nCMD ["/app"]\n`;
    const [finding, ...rest] = findings(dockerfile, "final-image-ships-compiler", GO);
    expect(rest).toEqual([]);
    expect(finding?.range.start.line).toBe(6);
    expect(finding?.message).toContain("built on stage build, which starts FROM golang:1.22");
  });

  it("stays quiet when the build stage has the compiler and the final stage is scratch", () => {
    const dockerfile = `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n`;
    expect(findings(dockerfile, "final-image-ships-compiler", GO)).toEqual([]);
  });
});

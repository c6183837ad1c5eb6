import { describe, expect, it } from "vitest";
import { runFix } from "./testing/applyEdits";

const GO = { "main.go": "package main\nfunc main() {}\n", "go.mod": "module example.com/app\ngo 1.22\n" };
const onScratch = (user: string) =>
  `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nUSER ${user}\nENTRYPOINT ["/app"]\n`;

describe("user-not-in-passwd fix", () => {
  it("runs as the uid the finding suggests on scratch, which has no /etc/passwd", () => {
    const run = runFix(onScratch("nobody"), "user-not-in-passwd", GO);
    expect(run.fixes.map((fix) => [fix.title, fix.preferred])).toEqual([
      ["Run as uid 65534: the image has no /etc/passwd to find nobody in", true],
    ]);
    expect(run.fixed).toBe(onScratch("65534"));
    expect(run.rulesAfter).toEqual(run.rulesBefore.filter((rule) => rule !== "user-not-in-passwd"));
    expect(run.after.simulation.image?.verdict.runs).toBe(true);
  });

  it("offers nothing where the image has a passwd: creating the user is the fix there", () => {
    const source = `FROM debian:bookworm-slim\nUSER app\nCMD ["true"]\n`;
    expect(runFix(source, "user-not-in-passwd").fixes).toEqual([]);
  });
});

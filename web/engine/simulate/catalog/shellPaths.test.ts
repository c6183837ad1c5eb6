import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";

function errors(dockerfile: string): string[] {
  return analyze(dockerfile)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.range.start.line} ${d.rule ?? "Error"}`);
}

describe("the shells an image has", () => {
  it("include BusyBox's /bin/ash on Alpine, so SHELL with ash and pipefail runs", () => {
    expect(
      errors('FROM alpine:3.21\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN echo hi | cat\n'),
    ).toEqual([]);
    const files = analyze("FROM alpine:3.21\n").simulation.stages[0]!.files.map((f) => f.path);
    expect(files).toContain("/bin/ash");
  });

  it("do not include ash on Debian, nor any shell on distroless", () => {
    expect(errors('FROM debian:bookworm-slim\nSHELL ["/bin/ash", "-c"]\nRUN echo hi\n')).toEqual([
      "3 shell-form-without-shell",
    ]);
    // The build's own error (runc finds no /bin/sh), and the check that explains it.
    expect(errors("FROM gcr.io/distroless/static-debian12\nRUN echo hi\n")).toEqual([
      "2 Error",
      "2 shell-form-without-shell",
    ]);
  });
});

describe("programs a package installs outside /usr/bin", () => {
  it("put Alpine's tini at /sbin/tini, so the image that starts it starts", () => {
    const analysis = analyze(
      'FROM alpine:3.21\nRUN apk add --no-cache tini\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["sleep", "1"]\n',
    );
    expect(analysis.simulation.image?.verdict.runs).toBe(true);
  });
});

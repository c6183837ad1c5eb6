import { describe, expect, it } from "vitest";
import { analyzeWith, findings, linesOf } from "./testing/teachingFindings";

const NODE = { "server.js": "console.log('up')\n" };
const GO = { "main.go": "package main\nfunc main() {}\n", "go.mod": "module example.com/app\ngo 1.22\n" };

describe("shell-form-without-shell", () => {
  it("blames a shell-form CMD on distroless with the verdict's error and exec-form fix", () => {
    const dockerfile = `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nCMD /app --serve\n`;
    const analysis = analyzeWith(dockerfile, GO);
    const finding = analysis.diagnostics.find((d) => d.rule === "shell-form-without-shell");
    const reason = analysis.simulation.image?.verdict.reasons.find((r) => r.check === "shell" && !r.ok);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(8);
    expect(reason?.line).toBe(8);
    expect(finding?.message).toContain('exec: "/bin/sh": stat /bin/sh: no such file or directory');
    expect(finding?.fix).toBe(reason?.fix);
    expect(finding?.fix).toContain('CMD ["/app", "--serve"]');
  });

  it("blames a shell-form RUN and HEALTHCHECK in a stage without a shell", () => {
    const dockerfile = `FROM gcr.io/distroless/static-debian12:nonroot\nRUN mkdir /data\nHEALTHCHECK CMD /app --health\nENTRYPOINT ["/app"]\n`;
    const found = findings(dockerfile, "shell-form-without-shell");
    expect(linesOf(found)).toEqual([2, 3]);
    expect(found[0]?.severity).toBe("error");
    expect(found[0]?.message).toContain("stat /bin/sh: no such file or directory");
    expect(found[1]?.severity).toBe("warning");
  });

  it("stays quiet for exec form on distroless, and for shell form where there is a shell", () => {
    const exec = `FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nHEALTHCHECK CMD ["/app", "--health"]\nENTRYPOINT ["/app"]\n`;
    const shell = `FROM debian:bookworm-slim\nRUN mkdir /data\nHEALTHCHECK CMD test -d /data\nCMD sleep infinity\n`;
    expect(findings(exec, "shell-form-without-shell", { app: 10 })).toEqual([]);
    expect(findings(shell, "shell-form-without-shell")).toEqual([]);
  });
});

describe("cmd-repeats-entrypoint", () => {
  const onDistroless = (cmd: string) =>
    `FROM node:22 AS build\nWORKDIR /app\nCOPY . .\n\nFROM gcr.io/distroless/nodejs22-debian12\nCOPY --from=build /app /app\nWORKDIR /app\nCMD ${cmd}\n`;

  it('blames CMD ["node", …] on distroless node, whose ENTRYPOINT already is node', () => {
    const [finding, ...rest] = findings(
      onDistroless('["node", "server.js"]'),
      "cmd-repeats-entrypoint",
      NODE,
    );
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(8);
    expect(finding?.message).toContain("Error: Cannot find module '/app/node'");
    expect(finding?.fix).toContain('CMD ["server.js"]');
  });

  it("agrees with the verdict's line, error and fix", () => {
    const analysis = analyzeWith(onDistroless('["node", "server.js"]'), NODE);
    const reason = analysis.simulation.image?.verdict.reasons.find((r) => !r.ok);
    const finding = analysis.diagnostics.find((d) => d.rule === "cmd-repeats-entrypoint");
    expect(reason?.line).toBe(finding?.range.start.line);
    expect(finding?.message).toContain(reason?.runtimeError ?? "(no verdict)");
    expect(finding?.fix).toBe(reason?.fix);
  });

  it("stays quiet when CMD gives only the script", () => {
    expect(findings(onDistroless('["server.js"]'), "cmd-repeats-entrypoint", NODE)).toEqual([]);
  });
});

describe("user-not-in-passwd", () => {
  const onScratch = (user: string) =>
    `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nUSER ${user}\nENTRYPOINT ["/app"]\n`;

  it("blames USER nobody on scratch, which has no /etc/passwd", () => {
    const [finding, ...rest] = findings(onScratch("nobody"), "user-not-in-passwd", GO);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(8);
    expect(finding?.message).toContain("unable to find user nobody: no matching entries in passwd file");
    expect(finding?.fix).toContain("USER 65534");
  });

  it("stays quiet for a numeric USER", () => {
    expect(findings(onScratch("65534"), "user-not-in-passwd", GO)).toEqual([]);
  });
});

describe("base-image-latest", () => {
  it("warns at an untagged FROM and at :latest, naming a version to pin", () => {
    const dockerfile = `FROM python AS build\nRUN echo hi\n\nFROM python:latest\nCOPY --from=build /etc/hostname /x\n`;
    const found = findings(dockerfile, "base-image-latest");
    expect(linesOf(found)).toEqual([1, 4]);
    expect(found[0]?.severity).toBe("warning");
    expect(found[0]?.message).toContain("python:latest");
    expect(found[0]?.fix).toMatch(/FROM python:3/);
  });

  it("stays quiet for a tag with a version, a digest, or scratch", () => {
    expect(findings(`FROM python:3.12-slim\n`, "base-image-latest")).toEqual([]);
    expect(findings(`FROM python@sha256:${"a".repeat(64)}\n`, "base-image-latest")).toEqual([]);
    expect(findings(`FROM scratch\nCOPY app /app\n`, "base-image-latest", { app: 1 })).toEqual([]);
  });
});

describe("runs-as-root", () => {
  it("notes a final image without USER, at its FROM line", () => {
    const [finding, ...rest] = findings(
      `FROM node:22-slim\nWORKDIR /app\nCMD ["node", "-e", "1"]\n`,
      "runs-as-root",
    );
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("info");
    expect(finding?.range.start.line).toBe(1);
    expect(finding?.fix).toContain("USER node");
  });

  it("stays quiet when the final stage switches to a non-root user, or only a build stage runs as root", () => {
    expect(findings(`FROM node:22-slim\nUSER node\n`, "runs-as-root")).toEqual([]);
    expect(findings(`FROM node:22-slim AS build\n\nFROM node:22-slim\nUSER 1000\n`, "runs-as-root")).toEqual(
      [],
    );
  });
});

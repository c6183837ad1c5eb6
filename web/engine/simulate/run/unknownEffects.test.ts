import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";

/** The findings that say the build fails, with their lines. */
function alarms(dockerfile: string): string[] {
  return analyze(dockerfile)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.range.start.line} ${d.severity} ${d.message}`);
}

describe("a step whose effect Stageplay cannot follow", () => {
  it("leaves a later command that reads its output unknown, not failed, in a later RUN", () => {
    const dockerfile =
      "FROM debian:bookworm-slim\nRUN openssl req -x509 -nodes -keyout key.pem -out cert.pem -subj /CN=x\nRUN cp cert.pem /etc/ssl/\n";
    expect(alarms(dockerfile)).toEqual([]);
    const layer = analyze(dockerfile).simulation.image!.layers.at(-1)!;
    expect(layer.knowledge).not.toBe("known");
  });

  it("and in the same RUN, after an archive it cannot open", () => {
    const dockerfile =
      "FROM alpine:3.21\nRUN wget -q https://example.com/tool.tar.gz && tar xzf tool.tar.gz -C /opt && chown -R 1000 /opt/tool && cd /opt/tool && ./configure\n";
    expect(alarms(dockerfile)).toEqual([]);
  });

  it("leaves go mod download unknown after COPY go.* ./ without a build context", () => {
    const dockerfile =
      "FROM golang:1.26-alpine\nWORKDIR /src\nCOPY go.* ./\nRUN go mod download\nRUN cat go.sum\n";
    expect(alarms(dockerfile)).toEqual([]);
  });

  it("leaves npm install and cargo build unknown after COPY . . without a build context", () => {
    expect(alarms("FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n")).toEqual([]);
    expect(alarms("FROM rust:1.98\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n")).toEqual([]);
  });

  it("makes anything a file of an image outside the catalog may hold unknown", () => {
    expect(alarms("FROM mycorp/builder:2\nRUN cp /opt/sdk/lib.so /usr/lib/ && mytool --init\n")).toEqual([]);
  });

  it("leaves a missing package index, -dev package or lockfile unknown after a script it cannot read", () => {
    expect(alarms("FROM debian:bookworm-slim\nRUN ./setup.sh\nRUN apt-get install -y curl\n")).toEqual([]);
    expect(alarms("FROM python:3.12-slim\nRUN ./install-build-deps.sh\nRUN pip install psycopg2\n")).toEqual(
      [],
    );
    expect(alarms("FROM node:22-slim\nWORKDIR /app\nRUN ./fetch-sources.sh\nRUN npm ci\n")).toEqual([]);
    // Without the script, each is the error the real build prints.
    expect(alarms("FROM debian:bookworm-slim\nRUN apt-get install -y curl\n")).toEqual([
      "2 error E: Unable to locate package curl",
    ]);
  });

  it("is only a step that may write: a lookup, a test or a read it cannot answer hides nothing after it", () => {
    expect(alarms("FROM debian:bookworm-slim\nRUN command -v sh\nRUN cat /nope.txt\n")).toEqual([
      "3 error cat: /nope.txt: No such file or directory",
    ]);
    expect(alarms("FROM debian:bookworm-slim\nRUN which bash && cat /nope.txt\n")).toEqual([
      "2 error cat: /nope.txt: No such file or directory",
    ]);
    expect(
      alarms(
        "FROM debian:bookworm-slim\nCOPY . /app\nRUN test -f /app/config.yml && echo yes\nRUN cat /nope.txt\n",
      ),
    ).toEqual(["4 error cat: /nope.txt: No such file or directory"]);
    // A read of what an unknown step may have made is unknown; what it could not have made is not.
    expect(
      alarms("FROM alpine:3.21\nRUN mkdir -p /out && make\nRUN cat /out/foo.conf\nRUN cat /nope.txt\n"),
    ).toEqual([]);
  });

  it("does not doubt what fails because it is there: a taken uid, a directory rm cannot remove", () => {
    expect(alarms("FROM ubuntu:24.04\nRUN make\nRUN useradd -u 1000 app\n")).toEqual([
      "3 error useradd: UID 1000 is not unique",
    ]);
    expect(alarms("FROM alpine:3.21\nRUN make\nRUN rm /etc\n")).toEqual([
      "3 error rm: cannot remove '/etc': Is a directory",
    ]);
  });

  it("does not fail rm of a context file whose type is only guessed", () => {
    expect(
      alarms(
        "FROM debian:bookworm-slim\nCOPY qemu-aarch64-static /usr/bin/\nRUN rm /usr/bin/qemu-aarch64-static\n",
      ),
    ).toEqual([]);
  });

  it("fails a group whose output goes into a directory that does not exist", () => {
    expect(alarms("FROM alpine:3.21\nRUN { echo a; } > /nope/x.txt\n")).toEqual([
      "2 error /bin/sh: 1: cannot create /nope/x.txt: Directory nonexistent",
    ]);
  });

  it("still fails for certain where nothing could have made the path", () => {
    expect(alarms("FROM alpine:3.21\nRUN cp /missing.txt /x\n")).toEqual([
      "2 error cp: cannot stat '/missing.txt': No such file or directory",
    ]);
    expect(alarms("FROM alpine:3.21\nRUN cd /nowhere && ls\n")).toEqual([
      "2 error /bin/sh: 1: cd: can't cd to /nowhere",
    ]);
  });
});

describe("commands that make files", () => {
  it("runs a script piped into a shell with a lone -", () => {
    expect(alarms("FROM debian:bookworm-slim\nRUN echo 'echo hi' | bash -\n")).toEqual([]);
  });

  it("does not fail rm of a file made by dd, fallocate or truncate", () => {
    expect(
      alarms("FROM alpine:3.21\nRUN dd if=/dev/zero of=/big.bin bs=1M count=10\nRUN rm /big.bin\n"),
    ).toEqual([]);
    expect(
      alarms(
        "FROM debian:bookworm-slim\nRUN fallocate -l 10M /a.bin && truncate -s 5M /b.bin\nRUN rm /a.bin /b.bin\n",
      ),
    ).toEqual([]);
  });
});

describe("the start verdict of a build that fails", () => {
  it("is that there is no image to start, at the failing step, and not 'starts'", () => {
    const analysis = analyze('FROM alpine:3.21\nRUN cp /missing.txt /x\nCMD ["sh"]\n');
    const verdict = analysis.simulation.image!.verdict;
    expect(verdict).toMatchObject({ runs: false, certain: true });
    expect(verdict.reasons).toEqual([
      expect.objectContaining({
        check: "build",
        ok: false,
        line: 2,
        message: expect.stringContaining("no image to start"),
      }),
    ]);
    // The build's own error says it; no second finding repeats it.
    expect(analysis.diagnostics.map((d) => d.rule)).not.toContain("image-would-not-start");
  });

  it("is the same when BuildKit stops before building, at a FROM whose ARG has no value", () => {
    const verdict = analyze('ARG BASE\nFROM ${BASE}\nCMD ["sh"]\n').simulation.image?.verdict;
    expect(verdict?.runs).toBe(false);
    expect(verdict?.reasons[0]).toMatchObject({ check: "build", line: 2 });
  });
});

describe("a bind mount of another stage", () => {
  it("shows that stage's files, and what it may hold unknown, at the target", () => {
    expect(
      alarms(
        "FROM alpine:3.21 AS build\nRUN some-unknown-tool --out /out\nFROM alpine:3.21\nRUN --mount=from=build,target=/src cat /src/out/app.txt\n",
      ),
    ).toEqual([]);
    expect(
      alarms(
        "FROM mycorp/tools:1 AS build\nFROM alpine:3.21\nRUN --mount=from=build,target=/src cat /src/etc/tool.conf\n",
      ),
    ).toEqual([]);
    // A stage Stageplay knows fully: what it does not hold is surely not there.
    expect(
      alarms(
        "FROM alpine:3.21 AS build\nRUN mkdir /out\nFROM alpine:3.21\nRUN --mount=from=build,target=/src cat /src/out/app.txt\n",
      ),
    ).toEqual(["4 error cat: /src/out/app.txt: No such file or directory"]);
  });
});

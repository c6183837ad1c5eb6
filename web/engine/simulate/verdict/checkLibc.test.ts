import { describe, expect, it } from "vitest";
import { facts, file, fromImage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const binary = (
  linkage: "static" | "dynamic",
  libc: "glibc" | "musl" | "none",
  producer = "go",
  needs: string[] = [],
) =>
  file("/app/server", {
    mode: 0o755,
    facts: [facts.elf(linkage, libc, producer, needs)],
    from: { stage: 0, path: "/src/server" },
  });

describe("a program's C library", () => {
  it("runs a static Go binary (CGO_ENABLED=0) on scratch", () => {
    const stage = fromImage("scratch", 1)
      .copy(4, binary("static", "none"))
      .entrypoint(["/app/server"], 5)
      .build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.reasons.find((r) => r.check === "libc")?.message).toContain("statically linked");
  });

  it.each(["scratch", "alpine:3.21", "gcr.io/distroless/static-debian12"])(
    "says a cgo binary built on Debian does not start on %s, blaming its COPY and naming the loader",
    (image) => {
      const stage = fromImage(image, 1)
        .copy(4, binary("dynamic", "glibc"))
        .entrypoint(["/app/server"], 5)
        .build();
      const reason = failure(verdictOf(stage));
      expect(reason).toMatchObject({
        check: "libc",
        line: 4,
        runtimeError: "exec /app/server: no such file or directory",
      });
      expect(reason.message).toContain("/lib64/ld-linux-x86-64.so.2");
      expect(reason.fix).toContain("CGO_ENABLED=0");
    },
  );

  it("runs the cgo binary on distroless/base, which has glibc", () => {
    const stage = fromImage("gcr.io/distroless/base-debian12", 1)
      .copy(4, binary("dynamic", "glibc"))
      .entrypoint(["/app/server"], 5)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("says a Rust binary needing libgcc_s does not start on distroless/base but does on cc", () => {
    const rust = () => binary("dynamic", "glibc", "rust", ["libgcc_s.so.1"]);
    const onBase = fromImage("gcr.io/distroless/base-debian12", 1)
      .copy(4, rust())
      .entrypoint(["/app/server"], 5)
      .build();
    expect(failure(verdictOf(onBase)).runtimeError).toBe(
      "/app/server: error while loading shared libraries: libgcc_s.so.1: cannot open shared object file: No such file or directory",
    );
    const onCc = fromImage("gcr.io/distroless/cc-debian12", 1)
      .copy(4, rust())
      .entrypoint(["/app/server"], 5)
      .build();
    expect(failures(verdictOf(onCc))).toEqual([]);
  });

  it("says a musl binary does not start on a glibc image", () => {
    const stage = fromImage("debian:bookworm-slim", 1)
      .copy(4, binary("dynamic", "musl", "gcc"))
      .entrypoint(["/app/server"], 5)
      .build();
    expect(failure(verdictOf(stage)).message).toContain("/lib/ld-musl-x86_64.so.1");
  });

  it("reports the shell's error when a shell starts the binary", () => {
    const stage = fromImage("alpine:3.21", 1)
      .copy(4, binary("dynamic", "glibc"))
      .cmd(["/app/server"], 5, true)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("/bin/sh: /app/server: not found");
  });
});

describe("finding the program", () => {
  it("says an absolute path that is not in the image cannot be started", () => {
    const stage = fromImage("scratch").entrypoint(["/app"], 3).build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "command",
      line: 3,
      runtimeError: 'exec: "/app": stat /app: no such file or directory',
    });
  });

  it("says a bare name not on PATH is not found, with runc's words", () => {
    const stage = fromImage("python:3.12-slim").cmd(["gunicorn", "app:app"], 3).build();
    expect(failure(verdictOf(stage)).runtimeError).toBe(
      'exec: "gunicorn": executable file not found in $PATH',
    );
  });

  it("points at a program whose directory is not on PATH", () => {
    const stage = fromImage("python:3.12-slim")
      .copy(2, file("/opt/tools/serve", { mode: 0o755 }))
      .cmd(["serve"], 3)
      .build();
    expect(failure(verdictOf(stage)).fix).toContain('ENV PATH="/opt/tools:$PATH"');
  });

  it("says a directory is not a program", () => {
    const stage = fromImage("alpine:3.21").copy(2, file("/app/x")).entrypoint(["/app"], 3).build();
    expect(failure(verdictOf(stage))).toMatchObject({
      runtimeError: 'exec: "/app": permission denied',
      message: expect.stringContaining("is a directory"),
    });
  });

  it("says a file without an execute bit is not a program", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, file("/app/run", { mode: 0o644 }))
      .entrypoint(["/app/run"], 3)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({
      runtimeError: 'exec: "/app/run": permission denied',
      line: 3,
    });
  });

  it("says the shell cannot find a program named in a shell-form CMD, in dash's words", () => {
    const stage = fromImage("debian:bookworm-slim").cmd(["myapp --serve"], 3, true).build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("/bin/sh: 1: myapp: not found");
  });

  it("finds the usual utilities of an image with a userland", () => {
    const stage = fromImage("alpine:3.21").cmd(["sleep", "infinity"], 3).build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("does not find a program a later step deleted", () => {
    const stage = fromImage("python:3.12-slim")
      .run(2, [], { deleted: ["/usr/local/bin/python3.12"] })
      .cmd(["python3", "-c", "1"], 3)
      .build();
    expect(failure(verdictOf(stage)).check).toBe("command");
  });
});

describe("the SHELL of a shell-form command", () => {
  it('must exist too: SHELL ["/bin/bash", "-c"] on alpine does not start', () => {
    const stage = fromImage("alpine:3.21", 1)
      .copy(2, binary("static", "none"))
      .cmd(["/bin/bash", "-c", "/app/server"], 4, true)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      check: "shell",
      runtimeError: 'exec: "/bin/bash": stat /bin/bash: no such file or directory',
    });
    expect(reason.message).toContain("it has /bin/sh");
  });
});

describe("bash as the shell", () => {
  it("reports a missing program in bash's words", () => {
    const stage = fromImage("debian:bookworm-slim", 1).cmd(["/bin/bash", "-c", "myserver"], 4, true).build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("/bin/bash: line 1: myserver: command not found");
  });
});

describe("a binary Stageplay knows nothing about", () => {
  it("may run on scratch only if it is static, so the verdict is not certain", () => {
    const stage = fromImage("scratch", 1)
      .copy(2, file("/server", { mode: 0o755 }))
      .entrypoint(["/server"], 3)
      .build();
    const verdict = verdictOf(stage);
    expect(verdict.runs).toBe(true);
    expect(verdict.certain).toBe(false);
    expect(verdict.reasons.find((r) => r.check === "libc")?.message).toContain("statically linked");
  });

  it("is not doubted on a glibc image", () => {
    const stage = fromImage("debian:bookworm-slim", 1)
      .copy(2, file("/server", { mode: 0o755 }))
      .entrypoint(["/server"], 3)
      .build();
    expect(verdictOf(stage).certain).toBe(true);
  });
});

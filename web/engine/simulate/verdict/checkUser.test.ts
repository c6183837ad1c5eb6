import { describe, expect, it } from "vitest";
import { facts, file, fromImage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const server = () => file("/server", { mode: 0o755, facts: [facts.elf("static", "none")] });

describe("USER", () => {
  it("says a named user on scratch cannot be found, since there is no passwd file", () => {
    const stage = fromImage("scratch").copy(2, server()).user("nobody", 3).entrypoint(["/server"], 4).build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      check: "user",
      line: 3,
      runtimeError: "unable to find user nobody: no matching entries in passwd file",
    });
    expect(reason.fix).toContain("USER 65534");
  });

  it("accepts a numeric user anywhere", () => {
    const stage = fromImage("scratch").copy(2, server()).user("65534", 3).entrypoint(["/server"], 4).build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("accepts nonroot on distroless, whose passwd defines it", () => {
    const stage = fromImage("gcr.io/distroless/static-debian12")
      .copy(2, server())
      .user("nonroot:nonroot", 3)
      .entrypoint(["/server"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("says a user nobody created does not exist on Debian", () => {
    const stage = fromImage("debian:bookworm-slim")
      .copy(2, server())
      .user("app", 3)
      .entrypoint(["/server"], 4)
      .build();
    expect(failure(verdictOf(stage)).fix).toContain("useradd");
  });

  it("accepts a user a RUN useradd added to /etc/passwd", () => {
    const stage = fromImage("debian:bookworm-slim")
      .run(2, [file("/etc/passwd", { facts: [facts.passwd({ name: "app", uid: 1000 })] })])
      .copy(3, server())
      .user("app", 4)
      .entrypoint(["/server"], 5)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });
});

describe("permissions for a non-root USER", () => {
  it("says the user cannot read a root-only script, with Python's Errno 13", () => {
    const stage = fromImage("python:3.12-slim")
      .workdir("/app")
      .copy(2, file("/app/app.py", { mode: 0o600, facts: [facts.pythonSource()] }))
      .user("1000", 3)
      .cmd(["python", "app.py"], 4)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      check: "permissions",
      line: 2,
      runtimeError: "python: can't open file '/app/app.py': [Errno 13] Permission denied",
    });
    expect(reason.fix).toContain("--chown");
  });

  it("says the user cannot run a program only root may execute", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, file("/server", { mode: 0o744, facts: [facts.elf("static", "none")] }))
      .user("nobody", 3)
      .entrypoint(["/server"], 4)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("exec /server: permission denied");
  });

  it("lets the owner run it after COPY --chown", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, file("/server", { mode: 0o700, uid: 65534, facts: [facts.elf("static", "none")] }))
      .user("nobody", 3)
      .entrypoint(["/server"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("says a directory the user cannot enter hides the files under it", () => {
    const stage = fromImage("python:3.12-slim")
      .copy(
        2,
        { ...file("/srv/private", { mode: 0o700 }), type: "dir" },
        file("/srv/private/app.py", { facts: [facts.pythonSource()] }),
      )
      .user("1000", 3)
      .cmd(["python", "/srv/private/app.py"], 4)
      .build();
    expect(failure(verdictOf(stage)).message).toContain("cannot enter (x) /srv/private");
  });
});

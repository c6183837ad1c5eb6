import { describe, expect, it } from "vitest";
import { file, fromImage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const script = (content: string) => file("/entrypoint.sh", { mode: 0o755, content });

describe("a script's #! interpreter", () => {
  it("runs a #!/bin/sh script on alpine", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, script('#!/bin/sh\nexec "$@"\n'))
      .entrypoint(["/entrypoint.sh"], 3)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("says a #!/bin/bash script does not start on alpine, which has no bash", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, script("#!/bin/bash\necho hi\n"))
      .entrypoint(["/entrypoint.sh"], 3)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "interpreter",
      line: 2,
      runtimeError: "exec /entrypoint.sh: no such file or directory",
    });
  });

  it("says busybox env cannot execute bash on alpine", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, script("#!/usr/bin/env bash\necho hi\n"))
      .entrypoint(["/entrypoint.sh"], 3)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe(
      "env: can't execute 'bash': No such file or directory",
    );
  });

  it("says a script saved with CRLF line endings names an interpreter with a carriage return", () => {
    const stage = fromImage("debian:bookworm-slim")
      .copy(2, script("#!/bin/sh\r\necho hi\r\n"))
      .entrypoint(["/entrypoint.sh"], 3)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason.message).toContain("CRLF");
    expect(reason.fix).toContain("LF");
  });
});

describe("an exec-form command that starts a shell itself", () => {
  it('needs that shell: CMD ["sh", "-c", …] does not start on distroless', () => {
    const stage = fromImage("gcr.io/distroless/static-debian12").cmd(["sh", "-c", "/server"], 3).build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "command",
      runtimeError: 'exec: "sh": executable file not found in $PATH',
    });
  });

  it("checks the program the shell runs", () => {
    const stage = fromImage("alpine:3.21").cmd(["sh", "-c", "exec myserver --port 80"], 3).build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("sh: myserver: not found");
  });
});

describe('an entrypoint script that ends in exec "$@"', () => {
  it("hands over to CMD, which is checked too", () => {
    const stage = fromImage("python:3.12-slim")
      .copy(2, script('#!/bin/sh\nset -e\nexec "$@"\n'))
      .entrypoint(["/entrypoint.sh"], 3)
      .cmd(["gunicorn", "app:app"], 4)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      line: 4,
      runtimeError: "/entrypoint.sh: 3: exec: gunicorn: not found",
    });
    expect(reason.message).toContain('exec "$@"');
  });
});

describe("a shell script Stageplay cannot read", () => {
  it("is left to the shell instead of being called empty", () => {
    const stage = fromImage("alpine:3.21").cmd(["exec $APP_BINARY --serve"], 3, true).build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.command).toEqual(["/bin/sh", "-c", "exec $APP_BINARY --serve"]);
  });

  it("says a blank shell-form command starts nothing", () => {
    const stage = fromImage("alpine:3.21").cmd(["/bin/sh", "-c", " "], 3, true).build();
    expect(failure(verdictOf(stage)).message).toContain("empty");
  });
});

import { describe, expect, it } from "vitest";
import { facts, file, fromImage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const tini = () => file("/sbin/tini", { mode: 0o755, facts: [facts.elf("static", "none", "gcc")] });
const server = () => file("/server", { mode: 0o755, facts: [facts.elf("static", "none")] });

describe("programs that start another one", () => {
  it("checks the command tini runs after --", () => {
    const stage = fromImage("alpine:3.21")
      .run(2, [tini()])
      .entrypoint(["/sbin/tini", "--"], 3)
      .cmd(["/server"], 4)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({
      line: 4,
      runtimeError: "[FATAL tini (7)] exec /server failed: No such file or directory",
    });
  });

  it("runs when that command is there", () => {
    const stage = fromImage("alpine:3.21")
      .run(2, [tini()])
      .copy(3, server())
      .entrypoint(["/sbin/tini", "-s", "--"], 4)
      .cmd(["/server"], 5)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("skips the user that gosu switches to", () => {
    const gosu = file("/usr/local/bin/gosu", { mode: 0o755 });
    const stage = fromImage("debian:bookworm-slim")
      .run(2, [gosu])
      .entrypoint(["gosu", "nobody", "myapp"], 3)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe(
      'error: exec: "myapp": executable file not found in $PATH',
    );
  });

  it("skips env's assignments", () => {
    const stage = fromImage("alpine:3.21").entrypoint(["env", "PORT=80", "myapp"], 3).build();
    expect(failure(verdictOf(stage)).runtimeError).toBe(
      "env: can't execute 'myapp': No such file or directory",
    );
  });
});

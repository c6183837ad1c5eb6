import { describe, expect, it } from "vitest";
import { dir, facts, file, fromImage, fromStage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const staticServer = () => file("/server", { mode: 0o755, facts: [facts.elf("static", "none")] });

describe("the effective command", () => {
  it("calls a scratch stage with no command an export stage, not an image that fails to start", () => {
    const verdict = verdictOf(fromImage("scratch").copy(2, staticServer()).build());
    expect(verdict.runs).toBeNull();
    expect(verdict.exportOnly).toBe(true);
    expect(verdict.command).toBeNull();
    expect(verdict.reasons).toHaveLength(1);
    expect(verdict.reasons[0]).toMatchObject({ ok: true, message: expect.stringContaining("--output") });
  });

  it("says a container with neither ENTRYPOINT nor CMD does not start", () => {
    const verdict = verdictOf(fromImage("gcr.io/distroless/static-debian12").copy(2, staticServer()).build());
    expect(verdict.runs).toBe(false);
    expect(verdict.exportOnly).toBeUndefined();
    expect(verdict.command).toBeNull();
    expect(failure(verdict)).toMatchObject({
      check: "command",
      runtimeError: expect.stringContaining("no command specified"),
    });
  });

  it("runs ENTRYPOINT with CMD as its arguments", () => {
    const stage = fromImage("scratch")
      .copy(2, staticServer())
      .entrypoint(["/server"], 3)
      .cmd(["--port", "80"], 4)
      .build();
    const verdict = verdictOf(stage);
    expect(verdict.command).toEqual(["/server", "--port", "80"]);
    expect(verdict.runs).toBe(true);
    expect(verdict.certain).toBe(true);
  });

  it("drops the base image's CMD when the Dockerfile sets ENTRYPOINT without CMD", () => {
    const stage = fromImage("alpine:3.21").copy(2, staticServer()).entrypoint(["/server"], 3).build();
    expect(verdictOf(stage).command).toEqual(["/server"]);
  });

  it("wraps a shell-form CMD in /bin/sh -c", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, staticServer())
      .cmd(["/server --port 80"], 3, true)
      .build();
    const verdict = verdictOf(stage);
    expect(verdict.command).toEqual(["/bin/sh", "-c", "/server --port 80"]);
    expect(verdict.runs).toBe(true);
  });

  it("reads a shell-form command the core stored already wrapped, as Docker's config does", () => {
    const stage = fromImage("alpine:3.21")
      .copy(2, staticServer())
      .cmd(["/bin/sh", "-c", "/server"], 3, true)
      .build();
    expect(verdictOf(stage).command).toEqual(["/bin/sh", "-c", "/server"]);
  });
});

describe("a shell-form command on an image without a shell", () => {
  it("does not start on distroless, blames the CMD line and suggests exec form", () => {
    const stage = fromImage("gcr.io/distroless/static-debian12")
      .copy(2, staticServer())
      .cmd(["/server --port 80"], 3, true)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason).toMatchObject({
      check: "shell",
      line: 3,
      runtimeError: 'exec: "/bin/sh": stat /bin/sh: no such file or directory',
    });
    expect(reason.fix).toContain('CMD ["/server", "--port", "80"]');
  });

  it("does not start on scratch either", () => {
    const stage = fromImage("scratch").copy(2, staticServer()).entrypoint(["/server"], 3, true).build();
    expect(failure(verdictOf(stage)).check).toBe("shell");
  });
});

describe("certainty", () => {
  it("is certain when every step's effect is known", () => {
    const stage = fromImage("scratch").copy(2, staticServer()).cmd(["/server"], 3).build();
    expect(verdictOf(stage).certain).toBe(true);
  });

  it("is not certain when a step of unknown effect could have made the missing program, and says so", () => {
    const stage = fromImage("debian:bookworm-slim")
      .run(2, [], { knowledge: "unknown", text: "RUN ./install.sh" })
      .cmd(["myserver"], 3)
      .build();
    const verdict = verdictOf(stage);
    expect(verdict.runs).toBeNull();
    expect(verdict.certain).toBe(false);
    expect(failure(verdict).message).toContain("line 2 (`RUN ./install.sh`)");
  });

  it("is not certain about an image the catalog does not know", () => {
    const stage = fromImage("example.com/team/base:1").copy(2, staticServer()).cmd(["/server"], 3).build();
    const verdict = verdictOf(stage);
    expect(verdict.certain).toBe(false);
    expect(verdict.reasons[0]?.message).toContain("does not know example.com/team/base:1");
  });

  it("still runs when the stage it is built FROM set the command", () => {
    const parent = fromImage("scratch", 0).copy(2, staticServer()).cmd(["/server"], 3).build();
    const child = fromStage(parent, 1).copy(5, dir("/data")).build();
    expect(failures(verdictOf(child, parent))).toEqual([]);
  });
});

describe("certainty across stages", () => {
  it("is not certain when the COPY --from took files from a stage with a step of unknown effect", () => {
    const build = fromImage("golang:1.22", 0)
      .run(3, [], { knowledge: "unknown", text: "RUN ./build.sh" })
      .build();
    const final = fromImage("scratch", 1)
      .copy(5, dir("/app", { from: { stage: 0, path: "/app" } }))
      .entrypoint(["/app/server"], 6)
      .build();
    const verdict = verdictOf(final, build);
    expect(verdict.runs).toBeNull();
    expect(verdict.certain).toBe(false);
    expect(failure(verdict).message).toContain("line 3 (`RUN ./build.sh`)");
  });
});

describe("the base image's default command", () => {
  it("starts, but says a prompt exits at once and the app needs a CMD", () => {
    const stage = fromImage("python:3.12-slim").copy(2, file("/app/app.py")).build();
    const verdict = verdictOf(stage);
    expect(verdict.runs).toBe(true);
    expect(verdict.command).toEqual(["python3"]);
    expect(verdict.reasons[0]?.message).toContain("Set CMD to start your application");
  });
});

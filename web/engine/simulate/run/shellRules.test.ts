import { describe, expect, it } from "vitest";
import { simulateRun } from "./simulateRun";
import { changed, paths, run, runContext } from "./testing/runFixture";

const APP = [{ path: "/app/.keep", content: "" }];

describe("simulateRun: the shell's rules", () => {
  it("runs a heredoc body as the script (RUN <<EOF)", () => {
    const effect = run("<<EOF\nset -eux\nmkdir -p /app/logs\ntouch /app/logs/a\nEOF\n", { files: APP });
    expect(paths(effect.changes)).toEqual(["add /app/logs", "add /app/logs/a"]);
  });

  it("runs the text of sh -c and bash -c", () => {
    const effect = run(`sh -c 'mkdir -p /app/a && touch /app/a/x' && bash -euxc "touch /app/b"`, {
      files: APP,
    });
    expect(paths(effect.changes)).toEqual(["add /app/a", "add /app/a/x", "add /app/b"]);
  });

  it("changes the working directory for the commands after cd, not for a subshell's callers", () => {
    const effect = run("mkdir -p /src && cd /src && touch a && (cd /tmp && touch b) && touch c", {
      files: [{ path: "/tmp/.keep" }],
    });
    expect(paths(effect.changes)).toEqual(["add /src", "add /src/a", "add /src/c", "add /tmp/b"]);
  });

  it("uses a variable exported earlier in the same RUN", () => {
    const effect = run("export OUT=/app/out && mkdir -p $OUT", { files: APP });
    expect(paths(effect.changes)).toEqual(["add /app/out"]);
  });

  it("fails the RUN on a known failure, with the command's own error", () => {
    const effect = run("cd /nowhere && touch x");
    expect(effect.failed).toEqual({
      command: "cd /nowhere",
      message: "/bin/sh: 1: cd: can't cd to /nowhere",
    });
    expect(effect.diagnostics[0]).toMatchObject({
      severity: "error",
      message: "/bin/sh: 1: cd: can't cd to /nowhere",
    });
  });

  it("does not fail the RUN when || catches the failure", () => {
    const effect = run("rm /app/missing || true", { files: APP });
    expect(effect.failed).toBeUndefined();
    expect(effect.diagnostics).toEqual([]);
  });

  it("goes on after a failure separated by ; unless set -e is on", () => {
    expect(run("rm /app/missing; touch /app/x", { files: APP }).failed).toBeUndefined();
    const strict = run("set -e; rm /app/missing; touch /app/x", { files: APP });
    expect(strict.failed?.message).toBe("rm: cannot remove '/app/missing': No such file or directory");
    expect(changed(strict, "/app/x")).toBeUndefined();
  });

  it("answers [ -f file ] from the filesystem", () => {
    const files = [...APP, { path: "/app/requirements.txt", content: "flask\n" }];
    expect(
      run("[ -f requirements.txt ] && touch /app/yes || touch /app/no", { files }).changes.map(
        (c) => c.op !== "delete" && c.node.path,
      ),
    ).toEqual(["/app/yes"]);
  });

  it("runs exec form with no shell and no variable expansion", () => {
    const effect = run(["mkdir", "-p", "/app/$HOME"], { files: APP });
    expect(paths(effect.changes)).toEqual(["add /app/$HOME"]);
  });

  it("fails a shell-form RUN on an image with no /bin/sh (learner question 21)", () => {
    const effect = run("echo hi", { base: "gcr.io/distroless/static-debian12" });
    expect(effect.failed?.message).toBe(
      'runc run failed: unable to start container process: exec: "/bin/sh": stat /bin/sh: no such file or directory',
    );
  });

  it("fails a RUN under a USER /etc/passwd does not have; a numeric USER is fine", () => {
    expect(run("touch /tmp/x", { base: "debian:bookworm-slim", user: "app" }).failed?.message).toBe(
      "unable to find user app: no matching entries in passwd file",
    );
    expect(run("touch /tmp/x", { base: "debian:bookworm-slim", user: "10001" }).failed).toBeUndefined();
  });

  it("estimates the duration and names its parts", () => {
    const effect = run("apt-get update && apt-get install -y curl", { base: "debian:bookworm-slim" });
    expect(effect.durationMs).toBeGreaterThan(3000);
    expect(effect.durationNote).toBe("apt-get update + apt-get install of 1 package");
  });
});

describe("simulateRun: more of the shell", () => {
  it("takes the heredoc bodies from the parser when the text holds only the first line", () => {
    const effect = simulateRun("<<EOF", {
      ...runContext({ files: APP }),
      heredocs: [{ name: "EOF", content: "touch /app/from-heredoc\n", expand: true }],
    });
    expect(paths(effect.changes)).toEqual(["add /app/from-heredoc"]);
  });

  it("does not run a heredoc with a #!python line as shell", () => {
    const effect = run("<<EOF\n#!/usr/bin/env python3\nprint('hi')\nEOF\n");
    expect(effect.commands).toEqual([expect.objectContaining({ program: "python3", known: false })]);
    expect(effect.failed).toBeUndefined();
  });

  it("does not give a command whose arguments come from $(…) an effect", () => {
    const effect = run("apt-get install -y $(cat packages.txt)", { base: "debian:bookworm-slim" });
    expect(effect.commands[0]).toMatchObject({ program: "apt-get", known: false });
    expect(effect.changes).toEqual([]);
    expect(changed(run('echo "built $(date)" > /app/built', { files: APP }), "/app/built")).toMatchObject({
      estimated: true,
    });
  });

  it("runs a command whose VAR=$(…) prefix or export is unknown, with that value unknown only", () => {
    const files = [{ path: "/app/package.json", content: '{"dependencies":{"express":"^5"}}' }];
    const effect = run(
      "export NPM_TOKEN=$(cat /run/secrets/token) && TOKEN=$(cat /run/secrets/t) npm install",
      { base: "node:22-bookworm-slim", files },
    );
    expect(effect.commands.map((command) => command.known)).toEqual([true, true]);
    expect(changed(effect, "/app/node_modules")).toBeDefined();
  });

  it("fails a redirection into a directory that does not exist", () => {
    expect(run("echo hi > /nope/x").failed?.message).toBe(
      "/bin/sh: 1: cannot create /nope/x: Directory nonexistent",
    );
  });

  it("fails bash -c on Alpine, which has only BusyBox sh (learner question 15)", () => {
    expect(run("bash -c 'echo hi'", { base: "alpine:3.21" }).failed?.message).toBe(
      "/bin/sh: bash: not found",
    );
    expect(
      run("apk add --no-cache bash && bash -c 'touch /x'", { base: "alpine:3.21" }).failed,
    ).toBeUndefined();
  });

  it("fails a pipefail pipeline with its failing command's own error: curl as wget, both 'not found'", () => {
    const shell = ["/bin/bash", "-o", "pipefail", "-c"];
    for (const fetch of ["curl -fsSL", "wget -qO-"]) {
      const effect = run(`${fetch} https://example.com/install.sh | sh`, { shell });
      const program = fetch.split(" ")[0] as string;
      expect(effect.failed?.message).toBe(`/bin/bash: line 1: ${program}: command not found`);
    }
  });

  it("reads the script from standard input with sh -s, taking the words after -- as its arguments", () => {
    const effect = run("echo 'touch /app/x' | sh -s -- -y", { files: APP });
    expect(effect.failed).toBeUndefined();
    expect(changed(effect, "/app/x")).toBeDefined();
  });

  it("honours SHELL's -e and -o pipefail", () => {
    const effect = run("rm /app/missing; touch /app/x", {
      files: APP,
      shell: ["/bin/bash", "-e", "-o", "pipefail", "-c"],
    });
    expect(effect.failed).toBeDefined();
    expect(changed(effect, "/app/x")).toBeUndefined();
  });
});

describe("scripts run by path", () => {
  const script = (content: string) => [{ path: "/app/build.sh", content, mode: 0o755 }];

  it("runs a shell script's commands in a child shell", () => {
    const effect = run("./build.sh", { files: script("#!/bin/sh\nset -e\nmkdir -p /app/out\n") });
    expect(changed(effect, "/app/out")).toBeDefined();
  });

  it("fails a #!/bin/bash script on Alpine with the shell's 'not found' for a file that exists (learner question 15)", () => {
    const effect = run("./build.sh", { base: "alpine:3.21", files: script("#!/bin/bash\necho hi\n") });
    expect(effect.failed?.message).toBe("/bin/sh: ./build.sh: not found");
    expect(effect.diagnostics[0]?.fix).toContain("#!/bin/sh");
  });

  it("fails a script saved with CRLF line endings", () => {
    const effect = run("./build.sh", { files: script("#!/bin/sh\r\necho hi\r\n") });
    expect(effect.failed?.message).toBe("/bin/sh: 1: ./build.sh: not found");
    expect(effect.diagnostics[0]?.fix).toContain("LF line endings");
  });

  it("does not guess what a Python script does", () => {
    const effect = run("./build.sh", { files: script("#!/usr/bin/env python3\nprint(1)\n") });
    expect(effect.commands[0]).toMatchObject({ known: false });
  });
});

describe("brace expansion", () => {
  it("is bash's: mkdir -p /app/{logs,data} makes two directories under SHELL bash", () => {
    const effect = run("mkdir -p /app/{logs,data}", { files: APP, shell: ["/bin/bash", "-c"] });
    expect(paths(effect.changes)).toEqual(["add /app/data", "add /app/logs"]);
    expect(paths(run("bash -c 'touch /app/f{1..3}'", { files: APP }).changes)).toEqual([
      "add /app/f1",
      "add /app/f2",
      "add /app/f3",
    ]);
  });

  it("is not dash's: under /bin/sh the directory is named {logs,data}", () => {
    expect(paths(run("mkdir -p /app/{logs,data}", { files: APP }).changes)).toEqual(["add /app/{logs,data}"]);
  });
});

describe("exec form", () => {
  it("runs an argv with no shell: pip install in exec form installs", () => {
    const effect = run(["pip", "install", "--no-cache-dir", "flask"]);
    expect(changed(effect, "/usr/local/lib/python3.12/site-packages/flask")).toBeDefined();
  });

  it("runs a shell's -c text when the argv starts the shell itself", () => {
    expect(
      paths(run(["/bin/sh", "-c", "mkdir -p /app/a && touch /app/a/b"], { files: APP }).changes),
    ).toEqual(["add /app/a", "add /app/a/b"]);
  });

  it("needs no /bin/sh, so it runs on distroless", () => {
    const effect = run(["/busybox/sh", "-c", "echo hi"], { base: "gcr.io/distroless/static-debian12:debug" });
    expect(effect.failed).toBeUndefined();
  });
});

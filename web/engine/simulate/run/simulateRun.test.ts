import { describe, expect, it } from "vitest";
import { simulateRun } from "./simulateRun";
import { changed, paths, run, runContext } from "./testing/runFixture";

const APP = [{ path: "/app/.keep", content: "" }];

describe("simulateRun: the net effect of a RUN", () => {
  it("leaves nothing for a file downloaded and removed in the same RUN", () => {
    const effect = run("curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz && rm /tmp/tool.tgz", {
      base: "python:3.12-bookworm",
      files: [{ path: "/tmp/.keep" }],
    });
    expect(effect.failed).toBeUndefined();
    expect(effect.commands.map((command) => command.note)).toEqual([
      expect.stringContaining("downloaded https://example.com/tool.tgz to /tmp/tool.tgz"),
      "removed /tmp/tool.tgz",
    ]);
    expect(effect.changes).toEqual([]);
  });

  it("records a whiteout, which saves nothing, for a lower layer's file removed in a later RUN", () => {
    const effect = run("rm -rf /var/lib/apt/lists/*", {
      base: "debian:bookworm-slim",
      files: [{ path: "/var/lib/apt/lists/deb.debian.org_Packages", sizeBytes: 19_000_000 }],
    });
    expect(paths(effect.changes)).toEqual(["delete /var/lib/apt/lists/deb.debian.org_Packages"]);
  });

  it("writes one whiteout for a removed directory, not one per file under it", () => {
    const effect = run("rm -rf /app/build", {
      files: [
        { path: "/app/build/a.o", sizeBytes: 10 },
        { path: "/app/build/b.o", sizeBytes: 10 },
      ],
    });
    expect(paths(effect.changes)).toEqual(["delete /app/build"]);
  });

  it("gives later commands of the same RUN the effects of earlier ones", () => {
    const effect = run("mkdir -p /app/data && echo hi > /app/data/x && cp /app/data/x /app/y", {
      files: APP,
    });
    expect(changed(effect, "/app/y")?.content).toBe("hi\n");
  });

  it("keeps writes under a cache mount out of the layer (learner question 29)", () => {
    const effect = run("npm install", {
      base: "node:22-bookworm-slim",
      files: [{ path: "/app/package.json", content: '{"dependencies":{"express":"^5"}}' }],
      mounts: [{ type: "cache", target: "/app/node_modules", from: null, source: null, readOnly: false }],
    });
    expect(changed(effect, "/app/node_modules")).toBeUndefined();
    expect(changed(effect, "/root/.npm/_cacache")).toBeDefined();
  });

  it("keeps the package manager's cache out when the mount covers the cache instead", () => {
    const effect = run("npm install", {
      base: "node:22-bookworm-slim",
      files: [{ path: "/app/package.json", content: '{"dependencies":{"express":"^5"}}' }],
      mounts: [{ type: "cache", target: "/root/.npm", from: null, source: null, readOnly: false }],
    });
    expect(changed(effect, "/app/node_modules")).toBeDefined();
    expect(
      effect.changes.some((change) => change.op !== "delete" && change.node.path.startsWith("/root/.npm")),
    ).toBe(false);
  });

  it("stamps new files with the step's origin and the USER's ownership", () => {
    const effect = run("touch /app/x", {
      files: [
        ...APP,
        {
          path: "/etc/passwd",
          facts: [{ kind: "passwd", users: [{ name: "app", uid: 1001, gid: 1001, home: "/home/app" }] }],
        },
      ],
      user: "app",
    });
    expect(changed(effect, "/app/x")).toMatchObject({
      uid: 1001,
      gid: 1001,
      origin: { kind: "step", stage: 0, line: 3 },
    });
  });
});

describe("simulateRun: what it does not know", () => {
  it("marks an unknown command unknown, with an info diagnostic, and invents no effect", () => {
    const effect = run("frobnicate --all");
    expect(effect.changes).toEqual([]);
    expect(effect.knowledge).toBe("unknown");
    expect(effect.commands).toEqual([
      { text: "frobnicate --all", program: "frobnicate", known: false, note: expect.any(String) },
    ]);
    expect(effect.diagnostics).toEqual([
      expect.objectContaining({
        severity: "info",
        rule: "unknown-command",
        message: `Stageplay does not know what "frobnicate" does; this layer's contents are unknown`,
      }),
    ]);
  });

  it("calls the layer partial when known and unknown commands mix", () => {
    const effect = run("make && mkdir -p /app/out", { files: APP });
    expect(effect.knowledge).toBe("partial");
    expect(paths(effect.changes)).toEqual(["add /app/out"]);
  });

  it("does not interpret if/for blocks, and says so", () => {
    const effect = run("if [ -f x ]; then rm x; fi");
    expect(effect.knowledge).toBe("unknown");
    expect(effect.commands[0]).toMatchObject({ program: "if", known: false });
  });
});

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

describe("simulateRun: mounts and the image's own directories", () => {
  it("reads a bind-mounted file the core supplies (RUN --mount=type=bind,source=requirements.txt,…)", () => {
    const node = {
      path: "/tmp/requirements.txt",
      type: "file" as const,
      sizeBytes: 6,
      bulk: false,
      mode: 0o644,
      uid: 0,
      gid: 0,
      origin: { kind: "context" as const, path: "requirements.txt" },
      facts: [],
      content: "flask\n",
    };
    const mount = {
      type: "bind" as const,
      target: "/tmp/requirements.txt",
      from: null,
      source: "requirements.txt",
      readOnly: true,
      files: [node],
    };
    const effect = run("pip install --no-cache-dir -r /tmp/requirements.txt", { mounts: [mount] });
    expect(changed(effect, "/usr/local/lib/python3.12/site-packages/flask")).toBeDefined();
    expect(changed(effect, "/tmp/requirements.txt")).toBeUndefined();
  });

  it("treats a bind mount it was not given the files of as present but unknown, not missing", () => {
    const mount = {
      type: "bind" as const,
      target: "package.json",
      from: null,
      source: "package.json",
      readOnly: true,
    };
    const effect = run("pip install --no-cache-dir -r requirements.txt", {
      mounts: [{ ...mount, target: "requirements.txt", source: "requirements.txt" }],
    });
    expect(effect.failed).toBeUndefined();
    expect(effect.knowledge).toBe("partial");
  });

  it("treats a bind mount of the whole context as files that may exist, so npm ci is partial, not failed", () => {
    const mount = { type: "bind" as const, target: ".", from: null, source: null, readOnly: true };
    const effect = run("npm ci", { base: "node:22-bookworm-slim", mounts: [mount] });
    expect(effect.failed).toBeUndefined();
    expect(effect.knowledge).toBe("partial");
    expect(changed(effect, "/app/node_modules")).toBeUndefined();
  });

  it("copies out of a mount whose files it was not given as a partly known effect", () => {
    const mount = {
      type: "bind" as const,
      target: "/dist",
      from: "build",
      source: "/app/dist",
      readOnly: true,
    };
    const effect = run("cp -r /dist/. /usr/share/nginx/html/", {
      base: "nginx:1.30-alpine",
      mounts: [mount],
    });
    expect(effect.failed).toBeUndefined();
    expect(effect.knowledge).toBe("partial");
  });

  it("knows the directories every base image has, and none on scratch", () => {
    expect(run("cd /usr/src && touch x").failed).toBeUndefined();
    expect(
      run("cd /usr/src", { base: null, shell: ["/bin/sh", "-c"], files: [{ path: "/bin/sh" }] }).failed
        ?.message,
    ).toBe("/bin/sh: 1: cd: can't cd to /usr/src");
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

  it("honours SHELL's -e and -o pipefail", () => {
    const effect = run("rm /app/missing; touch /app/x", {
      files: APP,
      shell: ["/bin/bash", "-e", "-o", "pipefail", "-c"],
    });
    expect(effect.failed).toBeDefined();
    expect(changed(effect, "/app/x")).toBeUndefined();
  });
});

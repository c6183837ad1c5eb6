import { describe, expect, it } from "vitest";
import { changed, run } from "./testing/runFixture";

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

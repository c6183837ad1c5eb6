import { describe, expect, it } from "vitest";
import { changed, paths, run } from "./testing/runFixture";

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

  it("says so once per unknown program", () => {
    expect(run("make && make install && cmake .").diagnostics.map((d) => d.message)).toEqual([
      `Stageplay does not know what "make" does; this layer's contents are unknown`,
      `Stageplay does not know what "cmake" does; this layer's contents are unknown`,
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

import { describe, expect, it } from "vitest";
import { changed, factOf, run } from "../testing/runFixture";

describe("useradd, adduser, groupadd, addgroup", () => {
  it("adds the user to /etc/passwd's fact, next to the base image's users", () => {
    const effect = run("groupadd -r app && useradd -r -g app -m -d /home/app app", {
      base: "python:3.12-slim-bookworm",
    });
    const users = factOf(changed(effect, "/etc/passwd"), "passwd")?.users ?? [];
    expect(users.find((user) => user.name === "root")).toBeDefined();
    expect(users.find((user) => user.name === "app")).toEqual({
      name: "app",
      uid: 999,
      gid: 999,
      home: "/home/app",
    });
    expect(changed(effect, "/home/app")).toMatchObject({ type: "dir", uid: 999, gid: 999 });
    expect(changed(effect, "/etc/group")?.content).toContain("app:x:999:\n");
  });

  it("reads BusyBox's flags on Alpine: adduser -D -S -G app app", () => {
    const effect = run("addgroup -S app && adduser -S -D -H -G app app", { base: "alpine:3.21" });
    const app = factOf(changed(effect, "/etc/passwd"), "passwd")?.users.find((user) => user.name === "app");
    expect(app).toMatchObject({ name: "app", home: "/home/app" });
    expect(app?.uid).toBeLessThan(1000);
    expect(changed(effect, "/home/app")).toBeUndefined();
  });

  it("gives a normal user the first free uid from 1000, with --uid taken as written", () => {
    const normal = run("useradd -m appuser", { base: "debian:bookworm-slim" });
    expect(factOf(changed(normal, "/etc/passwd"), "passwd")?.users.at(-1)).toMatchObject({ uid: 1000 });
    const fixed = run("useradd --uid 10001 appuser", { base: "debian:bookworm-slim" });
    expect(factOf(changed(fixed, "/etc/passwd"), "passwd")?.users.at(-1)).toMatchObject({ uid: 10001 });
  });

  it("fails to add a user that exists, or a taken uid (node:22 already has node with uid 1000)", () => {
    expect(run("useradd node", { base: "node:22-bookworm-slim" }).failed?.message).toBe(
      "useradd: user 'node' already exists",
    );
    expect(run("useradd -u 1000 app", { base: "node:22-bookworm-slim" }).failed?.message).toBe(
      "useradd: UID 1000 is not unique",
    );
  });
});

describe("curl and wget", () => {
  it("saves a download of unknown size, flagged, and calls the layer partial", () => {
    const effect = run("curl -fsSL -o /usr/local/bin/tool https://example.com/tool", {
      base: "python:3.12-bookworm",
    });
    expect(changed(effect, "/usr/local/bin/tool")).toMatchObject({ estimated: true, sizeBytes: 5_000_000 });
    expect(effect.knowledge).toBe("partial");
  });

  it("assumes a size by what the URL names: kilobytes for a script, megabytes for an archive", () => {
    const size = (url: string) =>
      changed(run(`curl -fsSL -o /tmp/dl ${url}`, { base: "python:3.12-bookworm" }), "/tmp/dl")?.sizeBytes;
    expect(size("https://sh.rustup.rs/install.sh")).toBe(20_000);
    expect(size("https://bun.sh/install")).toBe(20_000);
    expect(size("https://go.dev/dl/go1.26.linux-amd64.tar.gz")).toBe(30_000_000);
    expect(size("https://example.com/pkg_1.0_amd64.deb")).toBe(10_000_000);
    expect(size("https://example.com/KEYS.asc")).toBe(4_000);
  });

  it("names the file after the URL with curl -O and plain wget", () => {
    expect(
      changed(
        run("curl -LO https://example.com/dl/app.tar.gz?x=1", {
          base: "python:3.12-bookworm",
          workdir: "/tmp",
        }),
        "/tmp/app.tar.gz",
      ),
    ).toBeDefined();
    expect(
      changed(
        run("wget https://example.com/app.jar", { base: "alpine:3.21", workdir: "/opt" }),
        "/opt/app.jar",
      ),
    ).toBeDefined();
    expect(
      changed(run("wget -qO /opt/x.sh https://example.com/install.sh", { base: "alpine:3.21" }), "/opt/x.sh"),
    ).toBeDefined();
  });

  it("fails where the image has no curl: slim Debian, and Alpine's BusyBox has only wget", () => {
    expect(run("curl -o /x https://example.com", { base: "debian:bookworm-slim" }).failed?.message).toBe(
      "/bin/sh: 1: curl: not found",
    );
    expect(run("curl -o /x https://example.com", { base: "alpine:3.21" }).failed?.message).toBe(
      "/bin/sh: curl: not found",
    );
    const installed = run("apt-get update && apt-get install -y curl && curl -o /x https://example.com", {
      base: "debian:bookworm-slim",
    });
    expect(installed.failed).toBeUndefined();
  });

  it("leaves nothing when the download is removed in the same RUN", () => {
    const effect = run(
      "wget -O /tmp/a.tgz https://example.com/a.tgz && tar -xzf /tmp/a.tgz -C /opt && rm /tmp/a.tgz",
      {
        base: "python:3.12-bookworm",
        files: [{ path: "/tmp/.keep" }, { path: "/opt/.keep" }],
      },
    );
    expect(effect.changes).toEqual([]);
    expect(effect.knowledge).toBe("partial");
  });
});

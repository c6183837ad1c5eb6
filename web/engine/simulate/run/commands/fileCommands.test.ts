import { describe, expect, it } from "vitest";
import { changed, factOf, paths, run } from "../testing/runFixture";

const TREE = [
  { path: "/app/node_modules", type: "dir" as const, bulk: true, sizeBytes: 108_000_000 },
  { path: "/app/server.js", content: "require('express')" },
];

describe("rm, mkdir, cp, mv, ln, touch", () => {
  it("removes what a glob matches", () => {
    const effect = run("rm -f /app/*.log", {
      files: [
        { path: "/app/a.log", sizeBytes: 5 },
        { path: "/app/b.log", sizeBytes: 5 },
        { path: "/app/keep.txt", sizeBytes: 5 },
      ],
    });
    expect(paths(effect.changes)).toEqual(["delete /app/a.log", "delete /app/b.log"]);
  });

  it("fails rm of a missing file without -f, and of a directory without -r", () => {
    expect(run("rm /app/nope", { files: TREE }).failed?.message).toBe(
      "rm: cannot remove '/app/nope': No such file or directory",
    );
    expect(run("rm /app/node_modules", { files: TREE }).failed?.message).toBe(
      "rm: cannot remove '/app/node_modules': Is a directory",
    );
  });

  it("makes parent directories with mkdir -p, and fails without -p when the parent is missing", () => {
    expect(paths(run("mkdir -p /srv/a/b").changes)).toEqual(["add /srv/a", "add /srv/a/b"]);
    expect(run("mkdir /srv/a/b").failed?.message).toBe(
      "mkdir: cannot create directory '/srv/a/b': No such file or directory",
    );
  });

  it("fails mkdir given no directory, as when its operand is a variable the stage does not have", () => {
    expect(run("mkdir -p $BIN_DIR").failed?.message).toBe("mkdir: missing operand");
    expect(run("mkdir -p").failed?.message).toBe("mkdir: missing operand");
    expect(paths(run("mkdir -p $BIN_DIR", { env: { BIN_DIR: "/out" } }).changes)).toEqual(["add /out"]);
  });

  it("copies a tree with cp -r, keeping its facts, and into a directory that exists", () => {
    const venv = {
      path: "/build/.venv",
      type: "dir" as const,
      facts: [{ kind: "venv" as const, home: "/usr/local/bin", pythonMinor: "3.12" }],
    };
    const effect = run("mkdir -p /opt && cp -r /build/.venv /opt/", {
      files: [venv, { path: "/build/.venv/bin/flask", content: "#!/build/.venv/bin/python\n" }],
    });
    expect(factOf(changed(effect, "/opt/.venv"), "venv")?.home).toBe("/usr/local/bin");
    expect(changed(effect, "/opt/.venv/bin/flask")?.content).toBe("#!/build/.venv/bin/python\n");
  });

  it("copies what a directory holds with cp -r src/. dest, merging into dest", () => {
    const files = [
      { path: "/build/dist/index.html", content: "<html>" },
      { path: "/build/dist/assets/app.js", content: "x" },
      { path: "/srv/www/old.html", content: "old" },
    ];
    expect(paths(run("cp -r /build/dist/. /srv/www", { files }).changes)).toEqual([
      "add /srv/www/assets",
      "add /srv/www/assets/app.js",
      "add /srv/www/index.html",
    ]);
  });

  it("moves with mv: the new path is added and the old one whited out", () => {
    expect(paths(run("mv /app/server.js /app/index.js", { files: TREE }).changes)).toEqual([
      "delete /app/server.js",
      "add /app/index.js",
    ]);
  });

  it("links with ln -s", () => {
    expect(
      changed(
        run("ln -sf /usr/local/bin/python3 /usr/bin/python", { files: [{ path: "/usr/bin/.keep" }] }),
        "/usr/bin/python",
      ),
    ).toMatchObject({
      type: "symlink",
      target: "/usr/local/bin/python3",
    });
  });

  it("copies with a mode using install -m, and makes directories with install -d", () => {
    const files = [{ path: "/build/app", sizeBytes: 100, mode: 0o644 }];
    expect(
      changed(run("install -m 0755 /build/app /usr/local/bin/", { files }), "/usr/local/bin/app")?.mode,
    ).toBe(0o755);
    expect(paths(run("install -d -m 0700 /srv/secret/a", { files }).changes)).toEqual([
      "add /srv/secret",
      "add /srv/secret/a",
    ]);
  });

  it("touches: a new empty file, or a copy-up of an existing one", () => {
    expect(changed(run("touch /app/new", { files: TREE }), "/app/new")?.sizeBytes).toBe(0);
    expect(paths(run("touch /app/server.js", { files: TREE }).changes)).toEqual(["modify /app/server.js"]);
  });
});

describe("chmod and chown", () => {
  it("copies every file under the path into the layer with chown -R (learner question 27)", () => {
    const files = [
      ...TREE,
      {
        path: "/etc/passwd",
        facts: [
          { kind: "passwd" as const, users: [{ name: "node", uid: 1000, gid: 1000, home: "/home/node" }] },
        ],
      },
    ];
    const effect = run("chown -R node:node /app", { files });
    expect(paths(effect.changes)).toEqual([
      "modify /app",
      "modify /app/node_modules",
      "modify /app/server.js",
    ]);
    expect(changed(effect, "/app/node_modules")).toMatchObject({
      uid: 1000,
      gid: 1000,
      sizeBytes: 108_000_000,
    });
    expect(effect.commands[0]?.note).toContain("108.0 MB copied up into this layer");
  });

  it("fails chown to a user /etc/passwd does not have", () => {
    expect(run("chown app /app/server.js", { files: TREE }).failed?.message).toBe(
      "chown: invalid user: 'app'",
    );
  });

  it("sets modes with chmod, numeric or symbolic", () => {
    expect(changed(run("chmod 755 /app/server.js", { files: TREE }), "/app/server.js")?.mode).toBe(0o755);
    expect(changed(run("chmod +x /app/server.js", { files: TREE }), "/app/server.js")?.mode).toBe(0o755);
    expect(changed(run("chmod u+x,go-r /app/server.js", { files: TREE }), "/app/server.js")?.mode).toBe(
      0o700,
    );
  });
});

describe("echo, printf, cat and tee", () => {
  it("writes echo's text with > and appends with >>", () => {
    const effect = run("echo 'a=1' > /app/.env && echo b=2 >> /app/.env", { files: TREE });
    expect(changed(effect, "/app/.env")).toMatchObject({ content: "a=1\nb=2\n", sizeBytes: 8 });
  });

  it("writes a heredoc with cat > file <<EOF, expanding variables unless the delimiter is quoted", () => {
    const env = { PORT: "8080" };
    expect(
      changed(run("cat > /app/conf <<EOF\nport=$PORT\nEOF", { files: TREE, env }), "/app/conf")?.content,
    ).toBe("port=8080\n");
    expect(
      changed(run("cat > /app/conf <<'EOF'\nport=$PORT\nEOF", { files: TREE, env }), "/app/conf")?.content,
    ).toBe("port=$PORT\n");
  });

  it("formats with printf and pipes into tee", () => {
    expect(changed(run(`printf '%s\\n' hello > /app/x`, { files: TREE }), "/app/x")?.content).toBe("hello\n");
    expect(changed(run("echo hi | tee /app/y", { files: TREE }), "/app/y")?.content).toBe("hi\n");
  });

  it("writes a file of unknown text when the command's output is unknown, and says the layer is partial", () => {
    const effect = run("pip freeze > /app/requirements.lock", { files: TREE });
    expect(changed(effect, "/app/requirements.lock")).toMatchObject({ estimated: true });
    expect(effect.knowledge).toBe("partial");
  });

  it("changes nothing for echo without a redirection, ls or true", () => {
    expect(run("echo building && ls -la && true", { files: TREE }).changes).toEqual([]);
  });
});

describe("tar", () => {
  it("extracts archive contents it cannot know, and says so", () => {
    const effect = run("tar -xzf /tmp/node.tar.gz -C /opt", {
      files: [{ path: "/tmp/node.tar.gz", sizeBytes: 30_000_000 }],
    });
    expect(effect.knowledge).toBe("partial");
    expect(effect.commands[0]?.note).toContain("its contents are unknown");
  });
});

import { describe, expect, it } from "vitest";
import { dir, facts, file, fromImage, fromStage } from "./testing/stageBuilder";
import { failure, failures, verdictOf } from "./testing/verdictOf";

const SITE_37 = "/usr/local/lib/python3.7/site-packages";
const SITE_312 = "/usr/local/lib/python3.12/site-packages";
const flaskApp = (path = "/app/app.py", from?: { stage: number; path: string }) =>
  file(path, { facts: [facts.pythonSource("os", "flask", "json")], ...(from ? { from } : {}) });
const flaskIn = (site: string, path = `${site}/flask`) =>
  dir(path, { bulk: true, facts: [facts.pythonPackage("flask", site)] });

describe("python app.py", () => {
  it("runs when Flask is in the site-packages of the image's Python", () => {
    const stage = fromImage("python:alpine3.7")
      .workdir("/app")
      .copy(3, flaskApp())
      .run(4, [flaskIn(SITE_37)])
      .cmd(["python ./app.py"], 5, true)
      .build();
    const verdict = verdictOf(stage);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.reasons.find((r) => r.check === "dependencies")?.message).toContain(`flask (${SITE_37})`);
  });

  it("says the script is missing with Python's own error, as an absolute path", () => {
    const stage = fromImage("python:3.12-slim").workdir("/app").cmd(["python", "app.py"], 3).build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "interpreter",
      line: 3,
      runtimeError: "python: can't open file '/app/app.py': [Errno 2] No such file or directory",
    });
  });

  it("points at the file when it lies outside WORKDIR", () => {
    const stage = fromImage("python:3.12-slim")
      .copy(2, flaskApp("/src/app.py"))
      .workdir("/app")
      .cmd(["python", "app.py"], 3)
      .build();
    expect(failure(verdictOf(stage)).message).toContain("There is /src/app.py");
  });

  it("checks a module started with -m", () => {
    const stage = fromImage("python:3.12-slim")
      .workdir("/app")
      .cmd(["python", "-m", "gunicorn", "app:app"], 3)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("ModuleNotFoundError: No module named 'gunicorn'");
  });

  it("needs no package for the standard library", () => {
    const app = file("/app/app.py", {
      facts: [facts.pythonSource("__future__", "http.server", "json", "os.path", "_thread")],
    });
    const stage = fromImage("python:3.12-slim")
      .workdir("/app")
      .copy(2, app)
      .cmd(["python", "app.py"], 3)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("finds the app's own modules next to it and follows their imports", () => {
    const app = file("/app/app.py", { facts: [facts.pythonSource("models")] });
    const models = file("/app/models.py", { facts: [facts.pythonSource("sqlalchemy")] });
    const stage = fromImage("python:3.12-slim")
      .workdir("/app")
      .copy(2, app, models)
      .cmd(["python", "app.py"], 3)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("ModuleNotFoundError: No module named 'sqlalchemy'");
  });
});

describe("the classic 'multistage' Flask build that copies only /app", () => {
  const base = fromImage("python:alpine3.7", 0).build();
  const builder = fromStage(base, 1)
    .workdir("/app")
    .copy(3, flaskApp())
    .run(4, [flaskIn(SITE_37)], { text: "RUN pip install -r requirements.txt" })
    .build();
  const final = fromStage(base, 2)
    .workdir("/app")
    .copy(6, flaskApp("/app/app.py", { stage: 1, path: "/app/app.py" }))
    .cmd(["python ./app.py"], 7, true)
    .build();

  it("says Flask is missing from the final image, so it would not start", () => {
    const verdict = verdictOf(final, base, builder);
    expect(verdict.runs).toBe(false);
    expect(verdict.certain).toBe(true);
    expect(failure(verdict)).toMatchObject({
      check: "dependencies",
      runtimeError: "ModuleNotFoundError: No module named 'flask'",
    });
  });

  it("blames the COPY --from that took only /app, names the pip line and suggests a venv", () => {
    const reason = failure(verdictOf(final, base, builder));
    expect(reason.line).toBe(6);
    expect(reason.message).toContain("line 4 (`RUN pip install -r requirements.txt`) installed flask");
    expect(reason.fix).toContain("venv");
  });
});

describe("a venv copied from a build stage", () => {
  const VENV_SITE = "/opt/venv/lib/python3.12/site-packages";
  const builder = fromImage("python:3.12", 0)
    .run(2, [dir("/opt/venv", { facts: [facts.venv("/usr/local/bin", "3.12")] }), flaskIn(VENV_SITE)])
    .build();
  const copiedVenv = (to = "/opt/venv") => [
    dir(to, { facts: [facts.venv("/usr/local/bin", "3.12")], from: { stage: 0, path: "/opt/venv" } }),
    flaskIn(VENV_SITE, `${to}/lib/python3.12/site-packages/flask`),
  ];

  it("runs on python:3.12-slim when the venv keeps its path and is first on PATH", () => {
    const final = fromImage("python:3.12-slim", 1)
      .copy(
        5,
        ...copiedVenv().map((n) => ({
          ...n,
          copiedFrom: { from: n.copiedFrom?.from ?? builder.stage, path: n.path, line: 5 },
        })),
      )
      .workdir("/app")
      .copy(6, flaskApp())
      .env({ PATH: "/opt/venv/bin:/usr/local/bin:/usr/bin:/bin" })
      .cmd(["python", "app.py"], 7)
      .build();
    const verdict = verdictOf(final, builder);
    expect(failures(verdict)).toEqual([]);
    expect(verdict.reasons.find((r) => r.check === "interpreter")?.message).toContain(
      "the venv at /opt/venv",
    );
  });

  it("fails when the venv is copied but not on PATH, and says the venv is never used", () => {
    const final = fromImage("python:3.12-slim", 1)
      .copy(5, ...copiedVenv())
      .workdir("/app")
      .copy(6, flaskApp())
      .cmd(["python", "app.py"], 7)
      .build();
    const reason = failure(verdictOf(final, builder));
    expect(reason.runtimeError).toBe("ModuleNotFoundError: No module named 'flask'");
    expect(reason.message).toContain("venv at /opt/venv");
    expect(reason.fix).toContain('ENV PATH="/opt/venv/bin:$PATH"');
  });

  it("fails when the venv's python points at an interpreter the final image does not have", () => {
    const final = fromImage("gcr.io/distroless/python3-debian12", 1)
      .copy(5, ...copiedVenv())
      .workdir("/app")
      .copy(6, flaskApp())
      .entrypoint(["/opt/venv/bin/python", "app.py"], 7)
      .build();
    const reason = failure(verdictOf(final, builder));
    expect(reason.runtimeError).toBe(
      'exec: "/opt/venv/bin/python": stat /opt/venv/bin/python: no such file or directory',
    );
    expect(reason.message).toContain("link to /usr/local/bin/python3");
  });

  it("fails when the venv moved: its scripts still name the python at the old path", () => {
    const builderAtBuild = fromImage("python:3.12", 0)
      .run(2, [
        dir("/build/.venv", { facts: [facts.venv("/usr/local/bin", "3.12")] }),
        dir("/build/.venv/lib/python3.12/site-packages/gunicorn", {
          facts: [
            facts.pythonPackage("gunicorn", "/build/.venv/lib/python3.12/site-packages", {
              scripts: ["/build/.venv/bin/gunicorn"],
            }),
          ],
        }),
      ])
      .build();
    const final = fromImage("python:3.12-slim", 1)
      .copy(
        5,
        dir("/app/.venv", {
          facts: [facts.venv("/usr/local/bin", "3.12")],
          from: { stage: 0, path: "/build/.venv" },
        }),
        dir("/app/.venv/lib/python3.12/site-packages/gunicorn", {
          facts: [
            facts.pythonPackage("gunicorn", "/build/.venv/lib/python3.12/site-packages", {
              scripts: ["/build/.venv/bin/gunicorn"],
            }),
          ],
          from: { stage: 0, path: "/build/.venv/lib/python3.12/site-packages/gunicorn" },
        }),
      )
      .cmd(["/app/.venv/bin/gunicorn", "app:app"], 6)
      .build();
    const reason = failure(verdictOf(final, builderAtBuild));
    expect(reason).toMatchObject({
      check: "interpreter",
      runtimeError: "exec /app/.venv/bin/gunicorn: no such file or directory",
    });
    expect(reason.message).toContain("#!/build/.venv/bin/python");
    expect(reason.message).toContain("made at /build/.venv and copied to /app/.venv");
  });
});

describe("where Python looks", () => {
  const userSite = "/root/.local/lib/python3.12/site-packages";
  const withUserInstall = (user: string | null) => {
    const stage = fromImage("python:3.12-slim")
      .run(2, [flaskIn(userSite)])
      .run(3, [
        file("/etc/passwd", { facts: [facts.passwd({ name: "root", uid: 0 }, { name: "app", uid: 1000 })] }),
      ])
      .workdir("/app")
      .copy(4, flaskApp())
      .cmd(["python", "app.py"], 6);
    return (user ? stage.user(user, 5) : stage).build();
  };

  it("finds pip install --user packages for root", () => {
    expect(failures(verdictOf(withUserInstall(null)))).toEqual([]);
  });

  it("does not look in /root/.local for another user", () => {
    const reason = failure(verdictOf(withUserInstall("app")));
    expect(reason.runtimeError).toBe("ModuleNotFoundError: No module named 'flask'");
    expect(reason.message).toContain("pip install --user");
    expect(reason.line).toBe(2);
  });

  it("looks in PYTHONPATH", () => {
    const stage = fromImage("python:3.12-slim")
      .run(2, [dir("/deps/flask", { facts: [facts.pythonPackage("flask", "/deps")] })])
      .env({ PYTHONPATH: "/deps" })
      .workdir("/app")
      .copy(3, flaskApp())
      .cmd(["python", "app.py"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("says packages installed for another Python version are not found", () => {
    const stage = fromImage("gcr.io/distroless/python3-debian12")
      .copy(2, {
        ...flaskIn(SITE_312),
        copiedFrom: { from: "python:3.12" as never, path: `${SITE_312}/flask`, line: 2 },
      })
      .workdir("/app")
      .copy(3, flaskApp())
      .cmd(["app.py"], 4)
      .build();
    const reason = failure(verdictOf(stage));
    expect(reason.runtimeError).toBe("ModuleNotFoundError: No module named 'flask'");
    expect(reason.message).toContain("Python 3.12");
  });

  it("says a glibc-only compiled package does not load on musl", () => {
    const numpy = dir(`${"/usr/local/lib/python3.7/site-packages"}/numpy`, {
      facts: [facts.pythonPackage("numpy", SITE_37, { nativeLibc: "glibc" })],
    });
    const app = file("/app/app.py", { facts: [facts.pythonSource("numpy")] });
    const stage = fromImage("python:alpine3.7")
      .copy(2, numpy)
      .workdir("/app")
      .copy(3, app)
      .cmd(["python", "app.py"], 4)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({ check: "libc", line: 2 });
    expect(failure(verdictOf(stage)).runtimeError).toContain("symbol not found");
  });
});

describe("import names that differ from project names", () => {
  const site = SITE_312;
  const pkg = (name: string, imports: string[]) =>
    dir(`${site}/${name}`, { facts: [facts.pythonPackage(name, site, { imports })] });
  const appImporting = (...names: string[]) => file("/app/app.py", { facts: [facts.pythonSource(...names)] });

  it("knows that Pillow is imported as PIL and PyYAML as yaml", () => {
    const stage = fromImage("python:3.12-slim")
      .run(2, [pkg("pillow", ["pillow"]), pkg("pyyaml", ["pyyaml"])])
      .workdir("/app")
      .copy(3, appImporting("PIL", "yaml"))
      .cmd(["python", "app.py"], 4)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });

  it("hedges a missing import when a package Stageplay cannot name is installed", () => {
    const stage = fromImage("python:3.12-slim")
      .run(2, [pkg("some-odd-dist", ["some_odd_dist"])])
      .workdir("/app")
      .copy(3, appImporting("oddmodule"))
      .cmd(["python", "app.py"], 4)
      .build();
    const verdict = verdictOf(stage);
    expect(verdict.runs).toBeNull();
    expect(verdict.certain).toBe(false);
    expect(failure(verdict).message).toContain("`some-odd-dist`");
  });
});

describe("an app started through a console script", () => {
  const site = SITE_312;
  const flask = dir(`${site}/flask`, {
    facts: [facts.pythonPackage("flask", site, { scripts: ["/usr/local/bin/flask"] })],
  });
  const script = file("/usr/local/bin/flask", {
    mode: 0o755,
    facts: [facts.script("/usr/local/bin/python3")],
  });
  const app = file("/app/app.py", { facts: [facts.pythonSource("flask", "redis")] });

  it("checks what app.py imports when flask run finds it", () => {
    const stage = fromImage("python:3.12-slim")
      .run(2, [flask, script])
      .workdir("/app")
      .copy(3, app)
      .cmd(["flask", "run"], 4)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("ModuleNotFoundError: No module named 'redis'");
  });

  it("checks the module named as module:attribute (flask --app app:app)", () => {
    const stage = fromImage("python:3.12-slim")
      .run(2, [flask, script])
      .workdir("/app")
      .copy(3, app)
      .cmd(["/usr/local/bin/flask", "--app", "app:app", "run"], 4)
      .build();
    expect(failure(verdictOf(stage)).runtimeError).toBe("ModuleNotFoundError: No module named 'redis'");
  });
});

describe("a package built against a system library", () => {
  const site = SITE_312;
  const psycopg2 = () =>
    dir(`${site}/psycopg2`, {
      facts: [facts.pythonPackage("psycopg2", site, { nativeLibc: "glibc" })],
      from: { stage: 0, path: `${site}/psycopg2` },
    });
  const app = () => file("/app/app.py", { facts: [facts.pythonSource("psycopg2")] });

  it("says libpq.so.5 is missing on python:3.12-slim (learner question 8)", () => {
    const stage = fromImage("python:3.12-slim", 1)
      .copy(2, psycopg2())
      .workdir("/app")
      .copy(3, app())
      .cmd(["python", "app.py"], 4)
      .build();
    expect(failure(verdictOf(stage))).toMatchObject({
      check: "libc",
      line: 2,
      runtimeError: "ImportError: libpq.so.5: cannot open shared object file: No such file or directory",
      fix: expect.stringContaining("libpq5"),
    });
  });

  it("runs once the runtime library is installed", () => {
    const stage = fromImage("python:3.12-slim", 1)
      .copy(2, psycopg2())
      .run(3, [file("/usr/lib/x86_64-linux-gnu/libpq.so.5")])
      .workdir("/app")
      .copy(4, app())
      .cmd(["python", "app.py"], 5)
      .build();
    expect(failures(verdictOf(stage))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { changed, factOf, paths, run } from "../testing/runFixture";

const REQUIREMENTS = [
  { path: "/app/requirements.txt", content: "# web\nflask==3.0.3\ngunicorn>=22 ; python_version >= '3.8'\n" },
];
const SITE = "/usr/local/lib/python3.12/site-packages";

describe("pip install", () => {
  it("installs into the image's site-packages and puts console scripts in /usr/local/bin (learner questions 1 and 3)", () => {
    const effect = run("pip install --no-cache-dir -r requirements.txt", { files: REQUIREMENTS });
    const flask = changed(effect, `${SITE}/flask`);
    expect(flask).toMatchObject({ type: "dir", bulk: true, sizeBytes: 5_500_000, estimated: true });
    expect(factOf(flask, "python-package")).toEqual({
      kind: "python-package",
      name: "flask",
      imports: ["flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click", "blinker"],
      sitePackages: SITE,
      pythonMinor: "3.12",
      nativeLibc: null,
      scripts: ["/usr/local/bin/flask"],
    });
    expect(factOf(changed(effect, "/usr/local/bin/gunicorn"), "script")).toEqual({
      kind: "script",
      interpreter: "/usr/local/bin/python3",
    });
    expect(effect.commands[0]?.note).toContain(
      "installed flask, gunicorn into /usr/local/lib/python3.12/site-packages",
    );
  });

  it("fails with pip's own error when the requirements file is not there", () => {
    const effect = run("pip install -r requirements.txt");
    expect(effect.failed?.message).toBe(
      "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'",
    );
    expect(effect.diagnostics).toEqual([expect.objectContaining({ severity: "error" })]);
    expect(effect.changes).toEqual([]);
  });

  it("keeps the downloaded wheels in /root/.cache/pip unless --no-cache-dir", () => {
    const cached = run("pip install flask");
    expect(changed(cached, "/root/.cache/pip")).toMatchObject({
      sizeBytes: 1_500_000,
      facts: [{ kind: "cache", tool: "pip" }],
    });
    expect(changed(run("pip install --no-cache-dir flask"), "/root/.cache/pip")).toBeUndefined();
    expect(
      changed(run("pip install flask", { env: { PIP_NO_CACHE_DIR: "1" } }), "/root/.cache/pip"),
    ).toBeUndefined();
  });

  it("installs under /root/.local with --user (learner question 2)", () => {
    const effect = run("pip install --user --no-cache-dir gunicorn");
    expect(changed(effect, "/root/.local/lib/python3.12/site-packages/gunicorn")).toBeDefined();
    expect(changed(effect, "/root/.local/bin/gunicorn")).toBeDefined();
  });

  it("installs under the prefix with --prefix=/install, scripts in /install/bin", () => {
    const effect = run("pip install --prefix=/install --no-cache-dir flask");
    expect(
      factOf(changed(effect, "/install/lib/python3.12/site-packages/flask"), "python-package")?.sitePackages,
    ).toBe("/install/lib/python3.12/site-packages");
    expect(factOf(changed(effect, "/install/bin/flask"), "script")?.interpreter).toBe(
      "/usr/local/bin/python3",
    );
  });

  it("installs straight into the directory with --target", () => {
    const effect = run("pip install --target /deps --no-cache-dir flask");
    expect(changed(effect, "/deps/flask")).toBeDefined();
  });

  it("installs into the venv whose bin comes first on PATH; its scripts point into the venv", () => {
    const venv = run("python -m venv /opt/venv && pip install --no-cache-dir flask", {
      env: { PATH: "/opt/venv/bin:/usr/local/bin:/usr/bin:/bin" },
    });
    expect(changed(venv, "/opt/venv/lib/python3.12/site-packages/flask")).toBeDefined();
    expect(factOf(changed(venv, "/opt/venv/bin/flask"), "script")?.interpreter).toBe("/opt/venv/bin/python");
    expect(changed(venv, `${SITE}/flask`)).toBeUndefined();
  });

  it("uses the venv's pip when called by path, and the system's otherwise", () => {
    const byPath = run("python -m venv /venv && /venv/bin/pip install --no-cache-dir flask");
    expect(changed(byPath, "/venv/lib/python3.12/site-packages/flask")).toBeDefined();
    const notOnPath = run("python -m venv /venv && pip install --no-cache-dir flask");
    expect(changed(notOnPath, `${SITE}/flask`)).toBeDefined();
  });

  it("finds a venv copied in from another stage through its venv fact", () => {
    const effect = run("pip install --no-cache-dir gunicorn", {
      env: { PATH: "/opt/venv/bin:/usr/local/bin:/usr/bin:/bin" },
      files: [
        {
          path: "/opt/venv",
          type: "dir",
          facts: [{ kind: "venv", home: "/usr/local/bin", pythonMinor: "3.12" }],
        },
        { path: "/opt/venv/bin/pip", content: "#!/opt/venv/bin/python\n" },
      ],
    });
    expect(changed(effect, "/opt/venv/lib/python3.12/site-packages/gunicorn")).toBeDefined();
  });

  it("reads -e . and . from pyproject.toml, with its dependencies", () => {
    const files = [
      { path: "/app/pyproject.toml", content: '[project]\nname = "My_App"\ndependencies = ["flask>=3"]\n' },
    ];
    const editable = run("pip install --no-cache-dir -e .", { files });
    expect(changed(editable, `${SITE}/__editable__.my_app.pth`)?.content).toBe("/app\n");
    expect(changed(editable, `${SITE}/flask`)).toBeDefined();
    expect(changed(run("pip install --no-cache-dir .", { files }), `${SITE}/my_app`)).toBeDefined();
  });

  it("marks compiled extensions with the stage's libc (manylinux on Debian, musllinux on Alpine)", () => {
    const slim = run("pip install --no-cache-dir numpy");
    expect(factOf(changed(slim, `${SITE}/numpy`), "python-package")?.nativeLibc).toBe("glibc");
    const alpine = run("pip install --no-cache-dir numpy", { base: "python:3.12-alpine3.23" });
    expect(alpine.failed).toBeUndefined();
    expect(factOf(changed(alpine, `${SITE}/numpy`), "python-package")?.nativeLibc).toBe("musl");
  });

  it("flags a package outside the catalog as an estimate", () => {
    const effect = run("pip install --no-cache-dir left-pad-py");
    expect(changed(effect, `${SITE}/left_pad_py`)).toMatchObject({ sizeBytes: 5_000_000, estimated: true });
    expect(effect.commands[0]?.note).toContain("partly estimated");
  });

  it("does not install a package twice, nor one a previous package brought in", () => {
    const effect = run("pip install --no-cache-dir flask && pip install --no-cache-dir werkzeug flask");
    expect(paths(effect.changes).filter((path) => path.includes("site-packages/"))).toEqual([
      `add ${SITE}/flask`,
    ]);
  });

  it("refuses Debian's own Python (PEP 668) and accepts --break-system-packages", () => {
    const files = [
      {
        path: "/usr/bin/python3",
        facts: [{ kind: "interpreter" as const, language: "python" as const, version: "3.11.2" }],
      },
    ];
    const refused = run("pip3 install flask", { base: "debian:bookworm-slim", files });
    expect(refused.failed?.message).toBe("error: externally-managed-environment");
    const forced = run("pip3 install --break-system-packages --no-cache-dir flask", {
      base: "debian:bookworm-slim",
      files,
    });
    expect(changed(forced, "/usr/local/lib/python3.11/dist-packages/flask")).toBeDefined();
  });

  it("builds wheels with pip wheel and installs them from a glob in another RUN", () => {
    const built = run("pip wheel --no-cache-dir -w /wheels -r requirements.txt", { files: REQUIREMENTS });
    const wheels = built.changes.flatMap((change) =>
      change.op === "add" && change.node.path.endsWith(".whl") ? [change.node] : [],
    );
    expect(wheels.map((node) => node.path)).toEqual([
      "/wheels/flask-0-py3-none-any.whl",
      "/wheels/gunicorn-0-py3-none-any.whl",
    ]);
    const installed = run("pip install --no-cache-dir /wheels/*", {
      files: wheels.map((node) => ({ path: node.path, sizeBytes: node.sizeBytes })),
    });
    expect(changed(installed, `${SITE}/flask`)).toBeDefined();
    expect(changed(installed, `${SITE}/gunicorn`)).toBeDefined();
  });

  it("estimates time per package", () => {
    const effect = run("pip install --no-cache-dir -r requirements.txt", { files: REQUIREMENTS });
    expect(effect.durationNote).toBe("pip install of 2 packages");
    expect(effect.durationMs).toBeGreaterThan(4000);
  });
});

describe("python -m venv", () => {
  it("makes a venv that records its interpreter's directory and points bin/python at it", () => {
    const effect = run("python3 -m venv /opt/venv");
    expect(factOf(changed(effect, "/opt/venv"), "venv")).toEqual({
      kind: "venv",
      home: "/usr/local/bin",
      pythonMinor: "3.12",
    });
    expect(changed(effect, "/opt/venv/bin/python")).toMatchObject({
      type: "symlink",
      target: "/usr/local/bin/python3",
    });
    expect(changed(effect, "/opt/venv/pyvenv.cfg")?.content).toContain("home = /usr/local/bin\n");
    expect(factOf(changed(effect, "/opt/venv/bin/pip"), "script")?.interpreter).toBe("/opt/venv/bin/python");
  });

  it("installs with python -m pip into the venv of that python", () => {
    const effect = run("python -m venv /v && /v/bin/python -m pip install --no-cache-dir flask");
    expect(changed(effect, "/v/lib/python3.12/site-packages/flask")).toBeDefined();
  });

  it("puts the venv first on PATH after . bin/activate", () => {
    const effect = run("python -m venv /v && . /v/bin/activate && pip install --no-cache-dir flask");
    expect(changed(effect, "/v/lib/python3.12/site-packages/flask")).toBeDefined();
  });
});

describe("pip on musl before musllinux wheels (learner question 16)", () => {
  it("compiles numpy from source on python:3.7-alpine, which fails without gcc", () => {
    const bare = run("pip install --no-cache-dir numpy", { base: "python:3.7-alpine" });
    expect(bare.failed?.message).toBe("error: command 'gcc' failed: No such file or directory");
    const withCompiler = run("apk add --no-cache build-base && pip install --no-cache-dir numpy", {
      base: "python:3.7-alpine",
    });
    expect(withCompiler.failed).toBeUndefined();
    expect(withCompiler.durationMs).toBeGreaterThan(90_000);
  });

  it("installs pure-Python packages there without a compiler", () => {
    expect(run("pip install --no-cache-dir flask", { base: "python:3.7-alpine" }).failed).toBeUndefined();
  });

  it("refuses Alpine's own python3 (PEP 668 since Alpine 3.19)", () => {
    const effect = run("apk add --no-cache python3 py3-pip && pip install flask", { base: "alpine:3.21" });
    expect(effect.failed?.message).toBe("error: externally-managed-environment");
  });
});

describe("packages pip compiles from source (psycopg2, mysqlclient)", () => {
  it("fails psycopg2 on a slim image without libpq-dev, as its setup does", () => {
    expect(run("pip install --no-cache-dir psycopg2").failed?.message).toBe(
      "Error: pg_config executable not found.",
    );
  });

  it("fails without a compiler once the headers are there, and builds with both", () => {
    const base = "python:3.12-slim-bookworm";
    const headers = run(
      "apt-get update && apt-get install -y libpq-dev && pip install --no-cache-dir psycopg2",
      { base },
    );
    expect(headers.failed?.message).toBe("error: command 'gcc' failed: No such file or directory");
    const both = run(
      "apt-get update && apt-get install -y libpq-dev gcc && pip install --no-cache-dir psycopg2",
      { base },
    );
    expect(both.failed).toBeUndefined();
  });

  it("needs neither for psycopg2-binary, nor on the full image (buildpack-deps has both)", () => {
    expect(run("pip install --no-cache-dir psycopg2-binary").failed).toBeUndefined();
    expect(
      run("pip install --no-cache-dir psycopg2", { base: "python:3.12-bookworm" }).failed,
    ).toBeUndefined();
  });
});

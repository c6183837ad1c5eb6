// What each teaching check means, for a learner: the page a finding's rule name links to. Text in
// `backticks` is shown as code. Every claim holds for Docker 27+ with BuildKit. BuildKit's own build
// checks are explained by Docker at their docs URL, so they have no entry here.

export type RuleGroup = "start" | "runtime" | "size" | "cache" | "stages" | "security";

/** The groups in the order the rules index shows them, each with its heading. */
export const RULE_GROUPS: readonly { id: RuleGroup; title: string }[] = [
  { id: "start", title: "The container would not start" },
  { id: "runtime", title: "It starts, then fails at run time" },
  { id: "size", title: "What makes the image big" },
  { id: "cache", title: "Build cache and repeatable builds" },
  { id: "stages", title: "Stages, targets and variables" },
  { id: "security", title: "Security" },
];

export interface RuleDoc {
  title: string;
  group: RuleGroup;
  /** What the finding says happened. */
  meaning: string;
  /** What a reader meets because of it: the error, or the cost. */
  why: string;
  fix: string;
  /** A tiny Dockerfile with the mistake, and the same one fixed. */
  example?: { bad: string; good: string };
}

const lines = (...text: string[]) => text.join("\n");

const APT_CLEAN = lines(
  "RUN apt-get update \\",
  "    && apt-get install -y --no-install-recommends curl \\",
  "    && rm -rf /var/lib/apt/lists/*",
);

const VENV_GOOD = lines(
  "FROM python:3.12-slim AS build",
  "RUN python -m venv /opt/venv",
  "ENV PATH=/opt/venv/bin:$PATH",
  "COPY requirements.txt .",
  "RUN pip install --no-cache-dir -r requirements.txt",
  "",
  "FROM python:3.12-slim",
  "COPY --from=build /opt/venv /opt/venv",
  "ENV PATH=/opt/venv/bin:$PATH",
  "WORKDIR /app",
  "COPY app.py .",
  'CMD ["python", "app.py"]',
);

export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  "python-deps-not-copied": {
    title: "Python packages left in the build stage",
    group: "start",
    meaning:
      "`pip install` put the app's packages into the build stage's site-packages (for example `/usr/local/lib/python3.12/site-packages`), but the final stage copies only the app's own folder. The packages stayed behind with the stage that installed them.",
    why: "The image builds without a complaint, and the container stops at the first import with `ModuleNotFoundError: No module named 'flask'`. A COPY --from copies exactly the paths it names, nothing else.",
    fix: "Install into a virtual environment (`python -m venv /opt/venv`) in the build stage and copy the whole venv to the same path in the final stage, with the same `ENV PATH`. Or `pip install --prefix=/install` and `COPY --from=build /install /usr/local`.",
    example: {
      bad: lines(
        "FROM python:3.12-slim AS build",
        "WORKDIR /app",
        "COPY . .",
        "RUN pip install -r requirements.txt",
        "",
        "FROM python:3.12-slim",
        "COPY --from=build /app /app",
        'CMD ["python", "/app/app.py"]',
      ),
      good: VENV_GOOD,
    },
  },
  "pip-user-site-not-copied": {
    title: "pip --user packages left in /root/.local",
    group: "start",
    meaning:
      "`pip install --user` put the packages into the home directory of the user who ran it (`/root/.local` for root), and the final stage does not copy that directory.",
    why: "The app fails with `ModuleNotFoundError` at its first import. Even when `/root/.local` is copied, it belongs to one user: a container that runs as another user does not look there.",
    fix: "Don't use `--user` in a build stage. Install into a venv and copy the venv to the same path, with `ENV PATH=/opt/venv/bin:$PATH`; or `pip install --prefix=/install` and copy `/install` to `/usr/local`.",
    example: {
      bad: lines(
        "FROM python:3.12-slim AS build",
        "COPY requirements.txt .",
        "RUN pip install --user -r requirements.txt",
        "",
        "FROM python:3.12-slim",
        "COPY app.py /app/",
        'CMD ["python", "/app/app.py"]',
      ),
      good: VENV_GOOD,
    },
  },
  "console-scripts-not-copied": {
    title: "A command pip installed, but its script was not copied",
    group: "start",
    meaning:
      "The container runs a command such as `gunicorn` or `uvicorn`. pip installed it as a small script in a `bin` directory (`/usr/local/bin`, `~/.local/bin` or a venv's `bin`), apart from the package's code in site-packages. The final stage did not copy that script.",
    why: 'Copying site-packages brings the module, not the command: the container fails with `exec: "gunicorn": executable file not found in $PATH`.',
    fix: "Install into a venv and copy the whole venv: its `bin/` holds the scripts. Put it on the path with `ENV PATH=/opt/venv/bin:$PATH`.",
    example: {
      bad: lines(
        "FROM python:3.12-slim AS build",
        "RUN pip install gunicorn flask",
        "",
        "FROM python:3.12-slim",
        "COPY --from=build /usr/local/lib/python3.12/site-packages \\",
        "     /usr/local/lib/python3.12/site-packages",
        "COPY app.py /app/",
        'CMD ["gunicorn", "--chdir", "/app", "app:app"]',
      ),
      good: lines(
        "FROM python:3.12-slim AS build",
        "RUN python -m venv /opt/venv",
        "RUN /opt/venv/bin/pip install --no-cache-dir gunicorn flask",
        "",
        "FROM python:3.12-slim",
        "COPY --from=build /opt/venv /opt/venv",
        "ENV PATH=/opt/venv/bin:$PATH",
        "COPY app.py /app/",
        'CMD ["gunicorn", "--chdir", "/app", "app:app"]',
      ),
    },
  },
  "venv-moved": {
    title: "A virtual environment copied to another path",
    group: "start",
    meaning:
      "The venv was created at one path in the build stage and copied to a different path in the final stage. A venv is not relocatable: the first line of every script in its `bin/` names the venv's python by its original absolute path, and `pyvenv.cfg` records where it came from.",
    why: "Starting a script such as `gunicorn` fails with `exec /app/.venv/bin/gunicorn: no such file or directory` (from a shell: `bad interpreter: No such file or directory`), about a file that is there: it is the interpreter on its first line that is missing.",
    fix: "Create the venv at the path it will have at run time, and copy it to exactly that path.",
    example: {
      bad: lines(
        "FROM python:3.12-slim AS build",
        "RUN python -m venv /build/.venv",
        "",
        "FROM python:3.12-slim",
        "COPY --from=build /build/.venv /app/.venv",
      ),
      good: lines(
        "FROM python:3.12-slim AS build",
        "RUN python -m venv /app/.venv",
        "",
        "FROM python:3.12-slim",
        "COPY --from=build /app/.venv /app/.venv",
      ),
    },
  },
  "python-version-mismatch": {
    title: "Packages built for another Python version",
    group: "start",
    meaning:
      "Packages or a venv installed for one Python minor version (say 3.12) are copied into an image whose python is another (say 3.11, as in Debian 12's distroless python3 image).",
    why: "Python looks for packages in `lib/python3.11`, not `lib/python3.12`, and compiled extensions only load on the minor version they were built for. The app fails with `ModuleNotFoundError`, or a venv fails before it starts.",
    fix: "Use the same Python version in the build and final stages, for example `python:3.12-slim` for both; or build with the final image's Python.",
  },
  "native-libc-mismatch": {
    title: "Compiled extensions for another C library",
    group: "start",
    meaning:
      "Python wheels or Node addons with compiled code were installed on one C library and copied into an image with the other: glibc (Debian, Ubuntu, -slim images) and musl (Alpine) are not interchangeable.",
    why: "Loading the extension fails, for example with `Error relocating …/bcrypt_lib.node: __snprintf_chk: symbol not found` on Alpine, or `libc.musl-x86_64.so.1: cannot open shared object file` on Debian.",
    fix: "Install the packages on the same libc family as the final image (an Alpine builder for an Alpine image, a Debian-based one for a -slim image), or install them in the final stage.",
    example: {
      bad: lines(
        "FROM node:22 AS build",
        "WORKDIR /app",
        "COPY package*.json ./",
        "RUN npm ci",
        "",
        "FROM node:22-alpine",
        "COPY --from=build /app/node_modules /app/node_modules",
      ),
      good: lines(
        "FROM node:22-alpine AS build",
        "WORKDIR /app",
        "COPY package*.json ./",
        "RUN npm ci",
        "",
        "FROM node:22-alpine",
        "COPY --from=build /app/node_modules /app/node_modules",
      ),
    },
  },
  "dynamic-binary-without-libc": {
    title: "A dynamically linked program on an image without its C library",
    group: "start",
    meaning:
      "The program was linked against a C library (a Go build with cgo on, the default on the Debian-based `golang` images, when the program imports `net`, `os/user` or C; a Rust build for the default glibc target), and the final image has none (`scratch`) or another one (Alpine's musl).",
    why: "Starting it fails with `exec /app: no such file or directory`, about a file that is there: what is missing is its loader, `/lib64/ld-linux-x86-64.so.2`.",
    fix: "Build a static binary (`CGO_ENABLED=0 go build`, or Rust's musl target), or run it on an image that has glibc, such as `gcr.io/distroless/base-debian12` or `debian:bookworm-slim`.",
    example: {
      bad: lines(
        "FROM golang:1.26 AS build",
        "WORKDIR /src",
        "COPY . .",
        "RUN go build -o /app .",
        "",
        "FROM scratch",
        "COPY --from=build /app /app",
        'ENTRYPOINT ["/app"]',
      ),
      good: lines(
        "FROM golang:1.26 AS build",
        "WORKDIR /src",
        "COPY . .",
        "RUN CGO_ENABLED=0 go build -o /app .",
        "",
        "FROM scratch",
        "COPY --from=build /app /app",
        'ENTRYPOINT ["/app"]',
      ),
    },
  },
  "glibc-too-old": {
    title: "Built on a newer glibc than it runs on",
    group: "start",
    meaning:
      "The program was built on a newer Debian (and glibc) than the final image has, for example on Debian 13 for a Debian 12 (`bookworm`) runtime. glibc runs programs built on older versions, not on newer ones.",
    why: "The program may need a glibc function version the old library lacks, and then fails with ``/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.38' not found``.",
    fix: "Build on the same Debian release as the final image (a `-bookworm` builder for a `bookworm` or distroless `-debian12` runtime), or build a static binary.",
    example: {
      bad: lines("FROM rust:latest AS build", "…", "FROM debian:bookworm-slim"),
      good: lines("FROM rust:1-bookworm AS build", "…", "FROM debian:bookworm-slim"),
    },
  },
  "shell-form-without-shell": {
    title: "Shell form on an image with no shell",
    group: "start",
    meaning:
      'An instruction in shell form (`CMD npm start`, `RUN apt-get …`, `HEALTHCHECK CMD curl …`) runs through `/bin/sh -c`, but the image has no shell: distroless and `scratch` images ship none. Exec form (`CMD ["node", "server.js"]`) runs the program directly.',
    why: 'A RUN stops the build and a CMD or ENTRYPOINT stops the container with `exec: "/bin/sh": stat /bin/sh: no such file or directory`; a HEALTHCHECK fails every time, and the container is marked unhealthy. On an image whose ENTRYPOINT is a program (distroless Java or Node), a shell-form CMD hands it `/bin/sh` as an argument instead: `Error: Unable to access jarfile /bin/sh`.',
    fix: "Write CMD, ENTRYPOINT and HEALTHCHECK in exec form, against a program the image has. Do shell work in a build stage that has a shell, and copy the result.",
    example: {
      bad: lines(
        "FROM gcr.io/distroless/static-debian12",
        "COPY --from=build /app /app",
        "CMD /app --port 8080",
      ),
      good: lines(
        "FROM gcr.io/distroless/static-debian12",
        "COPY --from=build /app /app",
        'CMD ["/app", "--port", "8080"]',
      ),
    },
  },
  "cmd-repeats-entrypoint": {
    title: "CMD repeats the ENTRYPOINT's program",
    group: "start",
    meaning:
      'The image\'s ENTRYPOINT already is the program (the distroless Node image\'s is `node`), and CMD only gives it arguments. `CMD ["node", "server.js"]` then runs `node node server.js`.',
    why: "The program takes its own name for the script to run: Node fails with `Error: Cannot find module '/app/node'`.",
    fix: 'Give CMD only the arguments: `CMD ["server.js"]`.',
    example: {
      bad: lines("FROM gcr.io/distroless/nodejs22-debian12", "WORKDIR /app", 'CMD ["node", "server.js"]'),
      good: lines("FROM gcr.io/distroless/nodejs22-debian12", "WORKDIR /app", 'CMD ["server.js"]'),
    },
  },
  "user-not-in-passwd": {
    title: "A user name the image does not know",
    group: "start",
    meaning:
      "`USER` names a user (`USER nobody`, `USER app`) that the image's `/etc/passwd` does not define. `scratch` has no `/etc/passwd` at all. The name is looked up inside the container when it starts.",
    why: "The container refuses to start: `unable to find user nobody: no matching entries in passwd file`.",
    fix: "Use a numeric uid, such as `USER 65534`, which needs no lookup; or create the user in the image before switching to it.",
    example: {
      bad: lines("FROM scratch", "COPY --from=build /app /app", "USER nobody"),
      good: lines("FROM scratch", "COPY --from=build /app /app", "USER 65534"),
    },
  },
  "cache-mount-not-in-image": {
    title: "Output written into a cache mount",
    group: "start",
    meaning:
      "`RUN --mount=type=cache,target=…` lends the RUN a directory that lives outside the image, kept between builds. Whatever the RUN writes there is not part of its layer. Here the mount's target is the output the image needs, such as `node_modules`.",
    why: 'A later `COPY --from` of that path fails with `failed to compute cache key: failed to calculate checksum of ref …: "/app/node_modules": not found`, or the container starts without the files and fails.',
    fix: "Point the cache mount at the tool's download cache (`/root/.npm`, `/root/.cache/pip`, `/root/.cache/go-build`), so the output lands in the layer; or copy the output out of the cache in the same RUN.",
    example: {
      bad: lines(
        "FROM node:22 AS build",
        "WORKDIR /app",
        "COPY package*.json ./",
        "RUN --mount=type=cache,target=/app/node_modules npm ci",
      ),
      good: lines(
        "FROM node:22 AS build",
        "WORKDIR /app",
        "COPY package*.json ./",
        "RUN --mount=type=cache,target=/root/.npm npm ci",
      ),
    },
  },
  "image-would-not-start": {
    title: "The image would not start",
    group: "start",
    meaning:
      "Stageplay followed the image's ENTRYPOINT and CMD through the final image's files and found that the command cannot start, for a reason none of the more specific checks names (a Java class that is missing, a file that is not executable).",
    why: "The build succeeds and the failure only shows when the container runs. The finding quotes the error the container would print.",
    fix: "Make the final image hold what the command needs at run time: copy it from the build stage, or start from a base image that has it.",
  },
  "missing-ca-certificates": {
    title: "No CA certificates for HTTPS",
    group: "runtime",
    meaning:
      "The final image has no CA certificate bundle (`/etc/ssl/certs/ca-certificates.crt`): `scratch` has none, and neither do `debian:bookworm-slim` or Ubuntu without the `ca-certificates` package. Programs check the servers they call against these certificates.",
    why: "The container starts, and the first HTTPS call fails: `x509: certificate signed by unknown authority` in Go, `CERTIFICATE_VERIFY_FAILED` in Python. A server that only answers requests does not need them.",
    fix: "Install `ca-certificates` in the final stage, copy the bundle from a build stage (`COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`), or start from `gcr.io/distroless/static-debian12`, which has it.",
    example: {
      bad: lines("FROM scratch", "COPY --from=build /app /app"),
      good: lines(
        "FROM scratch",
        "COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/",
        "COPY --from=build /app /app",
      ),
    },
  },
  "missing-zoneinfo": {
    title: "No time zone data",
    group: "runtime",
    meaning:
      "The final image has no `/usr/share/zoneinfo` (`scratch` and Alpine without `tzdata`), and the program loads time zones by name.",
    why: "Loading a zone fails: Go's `time.LoadLocation(\"America/New_York\")` returns `unknown time zone America/New_York`, Python's `ZoneInfo` raises `ZoneInfoNotFoundError`.",
    fix: 'Install `tzdata` in the final stage, or embed the data: `import _ "time/tzdata"` in Go, the `tzdata` package in Python.',
  },
  "files-owned-by-root": {
    title: "The app's files belong to root, the app does not",
    group: "runtime",
    meaning:
      "The app runs as a non-root `USER`, but the directory it works in and the files COPY put there belong to root: COPY and `COPY --from` give files to root unless told otherwise.",
    why: "Reading works; writing a log, an upload or a SQLite file fails with `Permission denied` (`EACCES` in Node).",
    fix: "Give the files to the user that runs the app where they are copied (`COPY --chown=app:app …`), or write to a directory that user owns.",
    example: {
      bad: lines("FROM node:22-slim", "WORKDIR /app", "COPY . .", "USER node", 'CMD ["node", "server.js"]'),
      good: lines(
        "FROM node:22-slim",
        "WORKDIR /app",
        "RUN chown node:node /app",
        "COPY --chown=node:node . .",
        "USER node",
        'CMD ["node", "server.js"]',
      ),
    },
  },
  "final-image-ships-compiler": {
    title: "A compiler in the image that runs the app",
    group: "size",
    meaning:
      "The final image holds a compiler or build tool (gcc, the Go toolchain, a JDK, build headers): it comes from a full base image such as `golang` or `python`, or a step of the final stage installed it. The build needed it; the running container does not.",
    why: "It makes the image hundreds of megabytes bigger to pull and store, and gives anyone who gets into the container a toolchain to use.",
    fix: "Build in a separate stage, then start the final stage from a runtime image without build tools (a `-slim`, distroless or `scratch` image) and copy only what the app needs with `COPY --from`.",
    example: {
      bad: lines(
        "FROM golang:1.26",
        "WORKDIR /src",
        "COPY . .",
        "RUN CGO_ENABLED=0 go build -o /app .",
        'ENTRYPOINT ["/app"]',
      ),
      good: lines(
        "FROM golang:1.26 AS build",
        "WORKDIR /src",
        "COPY . .",
        "RUN CGO_ENABLED=0 go build -o /app .",
        "",
        "FROM gcr.io/distroless/static-debian12",
        "COPY --from=build /app /app",
        'ENTRYPOINT ["/app"]',
      ),
    },
  },
  "pip-cache-in-image": {
    title: "pip's download cache in the image",
    group: "size",
    meaning:
      "`pip install` keeps the wheels it downloaded in `/root/.cache/pip`, and that directory ends up in a layer of the final image.",
    why: "Nothing reads the cache at run time, yet every pull downloads it.",
    fix: "Add `--no-cache-dir` to `pip install`, or keep the cache outside the image with `RUN --mount=type=cache,target=/root/.cache/pip pip install …`.",
    example: {
      bad: "RUN pip install -r requirements.txt",
      good: "RUN pip install --no-cache-dir -r requirements.txt",
    },
  },
  "build-cache-in-image": {
    title: "A build or download cache in the image",
    group: "size",
    meaning:
      "A tool's cache is left in the final image's layers: npm's `_cacache`, Go's build cache, Maven's `~/.m2`, apt's package lists in `/var/lib/apt/lists`.",
    why: "The files helped the build and nothing reads them at run time, but every pull downloads them.",
    fix: "Use a cache mount for the tool's cache (`RUN --mount=type=cache,target=/root/.npm npm ci`), clean up in the same RUN (`… && rm -rf /var/lib/apt/lists/*`, `apk add --no-cache`), or build in a stage the final image does not copy the cache from.",
    example: {
      bad: lines("RUN apt-get update", "RUN apt-get install -y curl"),
      good: APT_CLEAN,
    },
  },
  "removed-in-later-layer": {
    title: "Deleted in a later layer, still in the image",
    group: "size",
    meaning:
      "A RUN deletes files an earlier step added. Layers only add: the later layer records a whiteout that hides the files, and the earlier layer still carries every byte.",
    why: "The files disappear from the container's view, but the image is no smaller and every pull still downloads them.",
    fix: "Delete files in the same RUN that creates them, or create them in a build stage and copy only what the image needs.",
    example: {
      bad: lines(
        "RUN apt-get update \\",
        "    && apt-get install -y --no-install-recommends curl",
        "RUN rm -rf /var/lib/apt/lists/*",
      ),
      good: APT_CLEAN,
    },
  },
  "tests-copied-into-image": {
    title: "Tests or docs copied into the final image",
    group: "size",
    meaning:
      "A `COPY . .` (or `COPY . /app`) in the stage that ships copies the whole build context, and the context holds tests or documentation: `tests/`, `__tests__/`, `spec/`, `docs/`, `*_test.go` or `test_*.py` files. Nothing in the image runs them.",
    why: "They add bytes to every pull and every layer that copies them, and they ship whatever they hold: fixtures, sample data, internal notes. A change to a test also invalidates the COPY's cache, so every step after it runs again.",
    fix: "Add a `.dockerignore` next to the Dockerfile that lists them (`tests`, `docs`, `**/*_test.go`), or copy only what the app needs (`COPY app.py requirements.txt ./`, `COPY src/ ./src/`). Run tests in a stage of their own that the final image does not copy from.",
    example: {
      bad: lines("FROM python:3.12-slim", "WORKDIR /app", "COPY . .", 'CMD ["python", "app.py"]'),
      good: lines(
        "# .dockerignore: tests docs",
        "FROM python:3.12-slim",
        "WORKDIR /app",
        "COPY . .",
        'CMD ["python", "app.py"]',
      ),
    },
  },
  "chown-duplicates-files": {
    title: "chown -R copies every file again",
    group: "size",
    meaning:
      "A RUN changes only the owner or mode (`chown -R`, `chmod -R`) of files an earlier layer added. A layer stores whole files, so each changed file is stored again in the new layer.",
    why: "The image carries those files twice: a 100 MB directory becomes 200 MB.",
    fix: "Set the owner or mode where the files are added: `COPY --chown=app:app …` or `COPY --chmod=…`; or change them in the same RUN that creates them.",
    example: {
      bad: lines("COPY app /app", "RUN chown -R app:app /app"),
      good: "COPY --chown=app:app app /app",
    },
  },
  "source-copied-before-install": {
    title: "Source copied before the dependency install",
    group: "cache",
    meaning:
      "`COPY . .` copies the whole build context before the step that installs dependencies (`npm ci`, `pip install -r`, `go mod download`). A step's cache key covers every file copied before it.",
    why: "An edit to any source file changes the COPY, so the install re-runs and downloads every dependency again, although the manifest did not change.",
    fix: "Copy what the install reads first, install, then copy the rest: the install then re-runs only when the manifest changes.",
    example: {
      bad: lines("WORKDIR /app", "COPY . .", "RUN npm ci"),
      good: lines("WORKDIR /app", "COPY package.json package-lock.json ./", "RUN npm ci", "COPY . ."),
    },
  },
  "base-image-latest": {
    title: "A base image without a version",
    group: "cache",
    meaning:
      "`FROM python` or `FROM node:latest` follows the `latest` tag, which moves with every release: no tag at all means `latest`.",
    why: "The same Dockerfile builds a different image next month (a new Debian and glibc, a new language version), so a build that worked can break without any change of yours.",
    fix: "Name the version you tested (`FROM python:3.12-slim`) and update it on purpose; pin by digest (`@sha256:…`) to make the build repeatable byte for byte.",
    example: { bad: "FROM python", good: "FROM python:3.12-slim" },
  },
  "stage-never-built": {
    title: "A stage the target never builds",
    group: "stages",
    meaning:
      "BuildKit builds only the stages the target needs through `FROM`, `COPY --from` and `RUN --mount=from=`, and skips the rest without a word. This stage is one it skips. (The legacy builder, without BuildKit, runs every stage up to the target instead.)",
    why: "Whatever this stage would do, it does not happen in this build, and nothing says so.",
    fix: "Build it on purpose with `docker build --target <name> .` when you need it, or delete it if nothing does.",
  },
  "test-stage-never-runs": {
    title: "A test stage that never runs",
    group: "stages",
    meaning:
      "A stage that runs tests (`go test`, `npm test`, `pytest`) is not needed by the target, so BuildKit skips it.",
    why: "The tests never run and can never fail the build: the build is green whatever the tests would say.",
    fix: "Run it on purpose (`docker build --target test .`, for example in CI), or make the final stage depend on it, for example by copying a file the test stage writes only when the tests pass.",
    example: {
      bad: lines(
        "FROM golang:1.26 AS build",
        "…",
        "FROM build AS test",
        "RUN go test ./...",
        "",
        "FROM scratch",
        "COPY --from=build /app /app",
      ),
      good: lines(
        "FROM golang:1.26 AS build",
        "…",
        "FROM build AS test",
        "RUN go test ./... && touch /passed",
        "",
        "FROM scratch",
        "COPY --from=test /passed /passed",
        "COPY --from=build /app /app",
      ),
    },
  },
  "test-stage-is-default-target": {
    title: "The test stage is the default target",
    group: "stages",
    meaning:
      "The last stage of a Dockerfile is what `docker build .` builds without `--target`. Here that is a test stage, so the plain build makes the test image.",
    why: "The image you tag and ship is the test image, and the runtime stage is not built at all.",
    fix: "Put the runtime stage last, and build the test stage when you need it with `docker build --target test .`.",
  },
  "debug-stage-is-default-target": {
    title: "The debug stage is the default target",
    group: "stages",
    meaning:
      "The last stage of a Dockerfile is what `docker build .` builds without `--target`. Here that is a debug stage, so the plain build makes the debug image, with its shell and tools.",
    why: "The image you tag and ship is the debug image, and the runtime stage is not built at all.",
    fix: "Put the runtime stage last, and build the debug stage when you need it with `docker build --target debug .`.",
  },
  "global-arg-not-redeclared": {
    title: "A global ARG used in a stage that did not declare it",
    group: "stages",
    meaning:
      "An `ARG` before the first `FROM` is visible only to `FROM` lines. Inside a stage it exists only after the stage declares it again with `ARG NAME`. This RUN uses it without that.",
    why: "The shell runs the command with an empty value: `mkdir -p $BIN_DIR` becomes `mkdir -p`, which fails, and a path built from it points somewhere else.",
    fix: "Add `ARG NAME` (without a value, it takes the global default) to every stage that uses it, after its FROM.",
    example: {
      bad: lines("ARG BIN_DIR=/opt/bin", "FROM alpine", "RUN mkdir -p $BIN_DIR"),
      good: lines("ARG BIN_DIR=/opt/bin", "FROM alpine", "ARG BIN_DIR", "RUN mkdir -p $BIN_DIR"),
    },
  },
  "env-not-carried": {
    title: "An ENV that does not travel with COPY --from",
    group: "stages",
    meaning:
      "A stage sets a variable with `ENV`, and the final stage copies files from it with `COPY --from` and uses the variable. `COPY --from` copies files only, never a stage's config: the final stage has the ENV of its own `FROM` chain and base image, nothing else.",
    why: "The variable is unset in the final image: a RUN or a shell-form CMD expands it to nothing, so `$VIRTUAL_ENV/bin/python` becomes `/bin/python`. A `PATH` that put a venv's `bin` first is the final base image's `PATH` again, so `gunicorn` is not found, or `python` is the system one without the venv's packages.",
    fix: "Repeat the `ENV` line in the final stage, after its `FROM`. A stage built `FROM` another (`FROM base`) inherits its ENV, so ENV every stage needs can also live in a shared base stage.",
    example: {
      bad: lines(
        "FROM python:3.12-slim AS build",
        "ENV VIRTUAL_ENV=/opt/venv",
        "RUN python -m venv $VIRTUAL_ENV",
        "FROM python:3.12-slim",
        "COPY --from=build /opt/venv /opt/venv",
        "CMD $VIRTUAL_ENV/bin/python app.py",
      ),
      good: lines(
        "FROM python:3.12-slim AS build",
        "ENV VIRTUAL_ENV=/opt/venv",
        "RUN python -m venv $VIRTUAL_ENV",
        "FROM python:3.12-slim",
        "ENV VIRTUAL_ENV=/opt/venv",
        "COPY --from=build /opt/venv /opt/venv",
        "CMD $VIRTUAL_ENV/bin/python app.py",
      ),
    },
  },
  "runs-as-root": {
    title: "The app runs as root",
    group: "security",
    meaning:
      "The final image runs its program as root (uid 0), the default unless the Dockerfile or the base image sets a `USER`. Many official images start as root: this is a note, not a fault.",
    why: "A flaw in the app then lets an attacker change any file in the container, and Docker does not remap users by default: root in the container is uid 0 to the host's kernel too.",
    fix: "Switch to a non-root user after the last RUN: a user the base image has (`USER node`, distroless's `:nonroot` tags), or a numeric one (`USER 65532`); give it the files it writes with `COPY --chown`.",
    example: {
      bad: lines("FROM node:22-slim", "COPY . /app", 'CMD ["node", "/app/server.js"]'),
      good: lines("FROM node:22-slim", "COPY . /app", "USER node", 'CMD ["node", "/app/server.js"]'),
    },
  },
  "secret-in-layer": {
    title: "A secret written into a layer",
    group: "security",
    meaning:
      "A RUN writes a secret-looking ARG or ENV (a token, a password) into a file, such as `.npmrc`. The file is then part of that RUN's layer.",
    why: "Anyone who pulls the image can read the value from the layer, even if a later RUN deletes the file: the delete only hides it. ENV values, and the ARG values a RUN uses, also show in `docker history`.",
    fix: "Give the RUN the secret as a secret mount, which never reaches a layer: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, built with `docker build --secret id=npmrc,src=$HOME/.npmrc .`.",
    example: {
      bad: lines(
        "ARG NPM_TOKEN",
        'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci',
      ),
      good: lines("RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \\", "    npm ci"),
    },
  },
};

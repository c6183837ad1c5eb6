// The runtime errors of reference/learner-questions.md, end to end through analyze(): each Dockerfile
// is the mistake as learners make it, and the verdict must name the error the container would print.
import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";
import type { ContextFile, VerdictReason } from "../types";

function text(path: string, content: string, mode?: number): ContextFile {
  return { path, sizeBytes: content.length, content, ...(mode === undefined ? {} : { mode }) };
}

function firstFailure(dockerfile: string, context: ContextFile[]): VerdictReason | undefined {
  const verdict = analyze(dockerfile, { context }).simulation.image?.verdict;
  return verdict?.reasons.find((reason) => !reason.ok);
}

const FLASK = [
  text("app.py", "from flask import Flask\napp = Flask(__name__)\n"),
  text("requirements.txt", "flask\ngunicorn\n"),
];
const EXPRESS = [
  text(
    "package.json",
    JSON.stringify({ name: "api", dependencies: { express: "^5.0.0", bcrypt: "^5.1.0" } }),
  ),
  text("package-lock.json", "{}"),
  text(
    "server.js",
    "const express = require('express');\nconst bcrypt = require('bcrypt');\nexpress().listen(3000);\n",
  ),
];
const GO = [
  text("go.mod", "module example.com/app\n\ngo 1.22\n"),
  text("main.go", 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n'),
];

describe("learner problems (learner-questions.md)", () => {
  it("2: pip install --user, then a non-root USER: ModuleNotFoundError", () => {
    const dockerfile = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --user -r requirements.txt
COPY app.py .
RUN useradd app
USER app
CMD ["python", "app.py"]
`;
    expect(firstFailure(dockerfile, FLASK)).toMatchObject({
      line: 4,
      runtimeError: "ModuleNotFoundError: No module named 'flask'",
    });
  });

  it("3: only site-packages copied, so gunicorn's script is missing: executable file not found", () => {
    const dockerfile = `FROM python:3.12 AS build
COPY requirements.txt .
RUN pip install -r requirements.txt
FROM python:3.12-slim
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
WORKDIR /app
COPY app.py .
CMD ["gunicorn", "app:app"]
`;
    expect(firstFailure(dockerfile, FLASK)).toMatchObject({
      check: "command",
      line: 8,
      runtimeError: 'exec: "gunicorn": executable file not found in $PATH',
    });
  });

  it("4: a venv built at /build/.venv and copied to /app/.venv: its scripts name the old python", () => {
    const dockerfile = `FROM python:3.12 AS build
WORKDIR /build
RUN python -m venv .venv
COPY requirements.txt .
RUN .venv/bin/pip install -r requirements.txt
FROM python:3.12-slim
WORKDIR /app
COPY --from=build /build/.venv /app/.venv
COPY app.py .
CMD ["/app/.venv/bin/gunicorn", "app:app"]
`;
    const reason = firstFailure(dockerfile, FLASK);
    expect(reason).toMatchObject({
      check: "interpreter",
      runtimeError: "exec /app/.venv/bin/gunicorn: no such file or directory",
    });
    expect(reason?.message).toContain("#!/build/.venv/bin/python");
  });

  it("8: psycopg2 built against libpq-dev in the builder, run on slim: libpq.so.5 cannot be opened", () => {
    const dockerfile = `FROM python:3.12-slim AS build
RUN apt-get update && apt-get install -y gcc libpq-dev
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
RUN pip install psycopg2
FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
`;
    expect(firstFailure(dockerfile, [text("app.py", "import psycopg2\n")])).toMatchObject({
      line: 7,
      runtimeError: "ImportError: libpq.so.5: cannot open shared object file: No such file or directory",
    });
  });

  it("12: native addons built on glibc copied to node:alpine: Error relocating … symbol not found", () => {
    const dockerfile = `FROM node:22 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
FROM node:22-alpine
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY server.js .
CMD ["node", "server.js"]
`;
    expect(firstFailure(dockerfile, EXPRESS)).toMatchObject({
      check: "libc",
      line: 7,
      runtimeError: expect.stringMatching(/^Error relocating .*symbol not found$/),
    });
  });

  it("29: npm ci into a cache-mounted node_modules: the packages stay in the cache, Cannot find module", () => {
    const dockerfile = `FROM node:22-slim
WORKDIR /app
COPY package*.json ./
RUN --mount=type=cache,target=/app/node_modules npm ci --omit=dev
COPY server.js .
CMD ["node", "server.js"]
`;
    const reason = firstFailure(dockerfile, EXPRESS);
    expect(reason).toMatchObject({
      check: "dependencies",
      line: 4,
      runtimeError: "Error: Cannot find module 'express'",
    });
    expect(reason?.message).toContain(
      "/app/node_modules was a cache mount on line 4 (`--mount=type=cache,target=/app/node_modules`)",
    );
    expect(reason?.message).not.toContain("No step");
    const mounted = firstFailure(dockerfile.replace("/app/node_modules", "/root/.npm"), EXPRESS);
    expect(mounted?.check).not.toBe("dependencies");
  });

  it("15: a #!/bin/bash entrypoint on Alpine: no such file or directory", () => {
    const dockerfile = `FROM alpine:3.21
COPY --chmod=755 entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
`;
    const reason = firstFailure(dockerfile, [text("entrypoint.sh", "#!/bin/bash\necho ready\n")]);
    expect(reason).toMatchObject({
      check: "interpreter",
      line: 2,
      runtimeError: "exec /entrypoint.sh: no such file or directory",
    });
  });

  it("20: USER nobody on scratch: unable to find user", () => {
    const dockerfile = `FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /server .
FROM scratch
COPY --from=build /server /server
USER nobody
ENTRYPOINT ["/server"]
`;
    expect(firstFailure(dockerfile, GO)).toMatchObject({
      check: "user",
      line: 7,
      runtimeError: "unable to find user nobody: no matching entries in passwd file",
    });
  });

  it('22: CMD ["node", "server.js"] on distroless node: Cannot find module \'/app/node\'', () => {
    const dockerfile = `FROM node:22 AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY server.js .
FROM gcr.io/distroless/nodejs22-debian12
WORKDIR /app
COPY --from=build /app /app
CMD ["node", "server.js"]
`;
    const reason = firstFailure(dockerfile, EXPRESS);
    expect(reason).toMatchObject({ line: 9, runtimeError: "Error: Cannot find module '/app/node'" });
    expect(reason?.fix).toContain('CMD ["server.js"]');
  });

  it("24: a binary made root-only in the build stage, run as USER nobody: permission denied", () => {
    const dockerfile = `FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /server . && chmod 700 /server
FROM alpine:3.21
COPY --from=build /server /server
USER nobody
ENTRYPOINT ["/server"]
`;
    expect(firstFailure(dockerfile, GO)).toMatchObject({
      check: "permissions",
      line: 6,
      runtimeError: "exec /server: permission denied",
    });
  });
});

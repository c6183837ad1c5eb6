// Minimal forms of what real multistage Dockerfiles do (BuildKit's, uv's, Supabase's, Navidrome's,
// pixelfed's, uptime-kuma's …) that `docker build` accepts: Stageplay must not call them broken.
import { describe, expect, it } from "vitest";
import { analyze } from "./analyze";

function errors(dockerfile: string): string[] {
  return analyze(dockerfile)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => `${d.range.start.line} ${d.message}`);
}

const runs = (dockerfile: string) => analyze(dockerfile).simulation.image?.verdict.runs;

describe("patterns from real Dockerfiles that build", () => {
  it("COPY --chown to a user of an image outside the catalog", () => {
    expect(errors("FROM mycorp/base:2 AS build\nCOPY --chown=node:node package.json ./\n")).toEqual([]);
    // A catalog image that has no such user still fails, as BuildKit does.
    expect(errors("FROM python:3.12-slim\nCOPY --chown=app:app x.txt /x.txt\n")).toEqual([
      "2 unable to find user app: no matching entries in passwd file",
    ]);
  });

  it("chown and USER for a user that a step Stageplay cannot follow may have made", () => {
    expect(
      errors("FROM debian:bookworm-slim\nRUN ./make-users.sh\nRUN chown unit:root /srv\nUSER unit\nRUN id\n"),
    ).toEqual([]);
  });

  it("uv pip install --prefix with no virtual environment", () => {
    expect(
      errors(
        "FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv\nCOPY requirements.txt /r.txt\nRUN uv pip install --prefix=/install -r /r.txt\n",
      ),
    ).toEqual([]);
  });

  it("uv sync on an image without Python (uv downloads one)", () => {
    expect(
      errors(
        'FROM ubuntu:24.04\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /usr/local/bin/uv\nWORKDIR /root\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --locked\nRUN /root/.venv/bin/python -c "print(1)"\n',
      ),
    ).toEqual([]);
  });

  it("COPY --from=<stage> / / of a whole tool image", () => {
    expect(
      errors("FROM tonistiigi/xx:1.6 AS xx\nFROM golang:1.26-alpine\nCOPY --from=xx / /\nRUN xx-info env\n"),
    ).toEqual([]);
  });

  it("COPY --from an nginx stage of its /docker-entrypoint.d", () => {
    expect(
      errors(
        "FROM nginx:1.30 AS nginx-image\nFROM debian:bookworm-slim\nCOPY --from=nginx-image /docker-entrypoint.d /docker/entrypoint.d/\n",
      ),
    ).toEqual([]);
  });

  it("apt install --update, which reads the lists first", () => {
    expect(
      errors("FROM ubuntu:24.04\nRUN apt install -y --update --no-install-recommends ca-certificates curl\n"),
    ).toEqual([]);
  });

  it("test -s on a file a command of unknown output wrote", () => {
    expect(
      errors(
        "FROM debian:bookworm-slim\nRUN set -eux; curl -fsSL https://example.com/i.sh | bash -s v1; find / -name '*.wasm' > /tmp/list.txt; test -s /tmp/list.txt\n",
      ),
    ).toEqual([]);
  });

  it("a brace group whose output goes to a file", () => {
    expect(
      errors("FROM alpine:3.21\nRUN mkdir /out && { echo a; echo b; } > /out/f\nRUN cat /out/f\n"),
    ).toEqual([]);
  });

  it("userdel of ubuntu:24.04's ubuntu user, then useradd with its uid", () => {
    expect(
      errors("FROM ubuntu:24.04\nRUN userdel -r ubuntu && useradd -u 1000 -m app\nUSER app\nRUN id\n"),
    ).toEqual([]);
    expect(errors("FROM ubuntu:24.04\nRUN useradd -u 1000 app\n")).toEqual([
      "2 useradd: UID 1000 is not unique",
    ]);
  });

  it("an if block before a command that reads what it may have written", () => {
    expect(
      errors(
        'FROM alpine:3.21\nRUN if [ "$TARGETARCH" = arm64 ]; then wget -O /t.tgz https://e.x/a.tgz; fi && ls /t.tgz\n',
      ),
    ).toEqual([]);
  });
});

describe("RUN --mount=type=bind of the build context, as docker init writes it", () => {
  const DOCKERFILE =
    'FROM python:3.12-slim\nWORKDIR /app\nRUN --mount=type=bind,source=requirements.txt,target=requirements.txt pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nCMD ["python", "app.py"]\n';
  const context = (requirements: string) => [
    { path: "requirements.txt", sizeBytes: requirements.length, content: requirements },
    { path: "app.py", sizeBytes: 13, content: "import flask\n" },
  ];

  it("installs what the mounted requirements file lists", () => {
    const analysis = analyze(DOCKERFILE, { context: context("flask\n") });
    expect(analysis.simulation.image?.verdict.runs).toBe(true);
    expect(analysis.simulation.image?.verdict.certain).toBe(true);
  });

  it("runs again when the mounted file changes, as BuildKit's cache does", () => {
    const keys = (requirements: string) =>
      analyze(DOCKERFILE, { context: context(requirements) }).simulation.steps.map((step) => step.cacheKey);
    const [before, after] = [keys("flask\n"), keys("flask\ngunicorn\n")];
    expect(after[1]).toBe(before[1]);
    expect(after[2]).not.toBe(before[2]);
  });
});

describe("a Gradle build with the project's own task and installDist", () => {
  it("leaves what they make unknown: the start script is not surely missing", () => {
    const analysis = analyze(
      'FROM eclipse-temurin:21-jdk AS builder\nWORKDIR /app\nCOPY . .\nRUN ./gradlew downloadRepos\nRUN ./gradlew installDist\nFROM eclipse-temurin:21-jre\nWORKDIR /app\nCOPY --from=builder /app .\nENTRYPOINT ["/app/build/install/hipstershop/bin/AdService"]\n',
      {
        context: [
          { path: "gradlew", sizeBytes: 100, mode: 0o755, content: "#!/bin/sh\n" },
          { path: "build.gradle", sizeBytes: 40, content: "plugins { id 'application' }\n" },
        ],
      },
    );
    expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(analysis.simulation.image?.verdict.runs).toBeNull();
  });
});

describe("wheels built in one stage and installed in another", () => {
  it("install without compiling, so the final stage needs no -dev packages", () => {
    const dockerfile = `FROM python:3.12-slim AS builder
RUN apt-get update && apt-get install -y build-essential default-libmysqlclient-dev pkg-config
RUN pip wheel --wheel-dir /wheels mysqlclient
FROM python:3.12-slim
RUN --mount=type=bind,target=/wheels,source=/wheels,from=builder pip install --no-cache /wheels/*
`;
    expect(errors(dockerfile)).toEqual([]);
    // Installing the package by name in the final stage still needs its headers, as pip says.
    expect(errors("FROM python:3.12-slim\nRUN pip install mysqlclient\n")).toEqual([
      "2 Exception: Can not find valid pkg-config name.",
    ]);
  });
});

describe("programs copied from images outside the catalog", () => {
  it("may be the program the container starts", () => {
    expect(
      runs(
        'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /usr/local/bin/uv\nCMD ["uv", "--version"]\n',
      ),
    ).toBe(true);
  });

  it("and a COPY of unknown content is named as the step that may hold the app, never 'no COPY'", () => {
    const verdict = analyze(
      'FROM node:22-alpine AS builder\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM node:22-alpine\nWORKDIR /app\nCOPY --from=builder /app/.next/standalone ./\nCMD ["node", "server.js"]\n',
    ).simulation.image!.verdict;
    expect(verdict.runs).toBeNull();
    const message = verdict.reasons.find((r) => !r.ok)?.message ?? "";
    expect(message).not.toContain("No COPY puts it there");
    expect(message).toContain("cannot see whether line 7");
  });
});

describe("the .NET samples' shape", () => {
  it("gets no error and no warning: the image, its ENV and its programs are unknown, not absent", () => {
    const analysis = analyze(
      'FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /source\nCOPY --link . .\nRUN dotnet publish -o /app\n\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nWORKDIR /app\nCOPY --link --from=build /app .\nUSER $APP_UID\nENTRYPOINT ["./aspnetapp"]\n',
    );
    expect(analysis.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    // USER $APP_UID is the image's user, not root.
    expect(analysis.diagnostics.map((d) => d.rule)).not.toContain("runs-as-root");
    expect(analysis.simulation.image?.verdict.runs).toBeNull();
  });
});

describe("what a file of an unknown build context is", () => {
  it("a program COPY --chmod=755 makes starts", () => {
    expect(runs('FROM alpine:3.21\nCOPY --chmod=755 tool /bin/tool\nENTRYPOINT ["/bin/tool"]\n')).toBe(true);
  });

  it("a script with no mode given cannot be told", () => {
    const verdict = analyze('FROM alpine:3.21\nCOPY run.sh /run.sh\nCMD ["/run.sh"]\n').simulation.image!
      .verdict;
    expect(verdict.runs).toBeNull();
    expect(verdict.reasons.find((r) => !r.ok)?.message).toContain(
      "cannot tell whether /run.sh is an executable file",
    );
  });
});

describe("what is certain still fails loudly, at its line", () => {
  const ctx = (files: Record<string, string>) =>
    Object.entries(files).map(([path, content]) => ({ path, sizeBytes: content.length, content }));

  it("the classic /app mistake: Flask stays in the builder's site-packages", () => {
    const analysis = analyze(
      'FROM python:3.12 AS builder\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nFROM python:3.12-slim\nCOPY --from=builder /app /app\nCMD ["python", "/app/app.py"]\n',
      { context: ctx({ "requirements.txt": "flask\n", "app.py": "from flask import Flask\n" }) },
    );
    expect(analysis.simulation.image?.verdict.runs).toBe(false);
    const finding = analysis.diagnostics.find((d) => d.severity === "error");
    expect(finding?.message).toContain("No module named 'flask'");
  });

  it("a cgo Go server on scratch", () => {
    const analysis = analyze(
      'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      {
        context: ctx({
          "go.mod": "module x\n\ngo 1.26\n",
          "main.go": 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":80", nil) }\n',
        }),
      },
    );
    expect(analysis.simulation.image?.verdict.runs).toBe(false);
    expect(analysis.diagnostics.find((d) => d.rule === "dynamic-binary-without-libc")).toMatchObject({
      severity: "error",
      range: { start: { line: 6 } },
    });
  });

  it("a shell-form CMD on distroless", () => {
    const analysis = analyze(
      "FROM golang:1.26 AS build\nRUN mkdir /out\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out /out\nCMD /out/app --port 80\n",
    );
    expect(analysis.simulation.image?.verdict.runs).toBe(false);
    expect(analysis.diagnostics.find((d) => d.rule === "shell-form-without-shell")?.severity).toBe("error");
  });

  it("a jar with no Main-Class", () => {
    const analysis = analyze(
      'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /app\nCOPY . .\nRUN mvn -q package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /app/target/app-1.0.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
      {
        context: ctx({
          "pom.xml":
            "<project><artifactId>app</artifactId><version>1.0</version><properties><maven.compiler.release>21</maven.compiler.release></properties></project>\n",
          "src/main/java/App.java": "public class App { public static void main(String[] a) {} }\n",
        }),
      },
    );
    const verdict = analysis.simulation.image?.verdict;
    expect(verdict?.runs).toBe(false);
    expect(verdict?.reasons.find((r) => !r.ok)?.runtimeError).toBe("no main manifest attribute, in /app.jar");
  });
});

describe("shell forms real RUNs use", () => {
  it("a ${VAR%%pattern} expansion inside a download URL", () => {
    expect(
      errors(
        "FROM alpine:3.21\nARG V=1.2.3rc1\nRUN wget -O /tmp/x.tgz https://example.com/${V%%[a-z]*}/x.tgz && tar xzf /tmp/x.tgz -C /opt\n",
      ),
    ).toEqual([]);
  });

  it("ln -s to a Python, then a venv made through the link", () => {
    expect(
      errors(
        "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3 python3-venv && ln -s /usr/bin/python3 /usr/bin/python\nRUN /usr/bin/python -m venv /venv && /venv/bin/pip install flask\n",
      ),
    ).toEqual([]);
  });
});

describe("messages that do not contradict themselves", () => {
  it("a file on PATH that is not executable is not said to be off PATH", () => {
    const verdict = analyze('FROM alpine:3.21\nRUN echo "echo hi" > /usr/local/bin/hello\nCMD ["hello"]\n')
      .simulation.image!.verdict;
    const message = verdict.reasons.find((r) => !r.ok)?.message ?? "";
    expect(message).toContain("in a directory on PATH, but it is not an executable file");
    expect(message).not.toContain("is not on PATH (");
  });

  it("files a COPY --chown of unknown content puts in WORKDIR belong to that user", () => {
    const analysis = analyze(
      'FROM node:22-alpine AS builder\nWORKDIR /app\nRUN npm run build\nFROM node:22-alpine\nRUN addgroup -S nodejs && adduser -S nextjs -G nodejs\nWORKDIR /app\nCOPY --from=builder --chown=nextjs:nodejs /app/.next ./.next\nUSER nextjs\nCMD ["node", "server.js"]\n',
    );
    const copied = analysis.simulation.image!.layers.at(-1)!.added.find((node) => node.path === "/app/.next");
    expect(copied).toBeDefined();
    expect(copied?.uid).not.toBe(0);
    expect(analysis.diagnostics.find((d) => d.rule === "files-owned-by-root")?.range.start.line).not.toBe(7);
  });
});

describe("caches a command Stageplay cannot follow may have cleaned", () => {
  it("are a 'may' note, not a warning", () => {
    const analysis = analyze(
      "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && find /var/lib/apt/lists -type f -delete\n",
    );
    const finding = analysis.diagnostics.find((d) => d.rule === "build-cache-in-image");
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toContain("may leave");
    const plain = analyze("FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n");
    expect(plain.diagnostics.find((d) => d.rule === "build-cache-in-image")?.severity).toBe("warning");
  });
});

describe("awesome-compose's shapes, with their build contexts", () => {
  it("mvn assembly:single makes a jar Stageplay cannot name, so COPY of it is not surely missing", () => {
    const analysis = analyze(
      "FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /w\nCOPY pom.xml .\nRUN mvn --batch-mode clean compile assembly:single\nFROM eclipse-temurin:21-jre\nCOPY --from=build /w/target/app.jar /app.jar\nCMD java -jar /app.jar\n",
      {
        context: [
          { path: "pom.xml", sizeBytes: 60, content: "<project><artifactId>x</artifactId></project>\n" },
        ],
      },
    );
    expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a WebAssembly module as the command cannot be told, not 'not on PATH'", () => {
    const verdict = analyze('FROM scratch\nCOPY app.wasm /app.wasm\nENTRYPOINT ["app.wasm"]\n').simulation
      .image!.verdict;
    expect(verdict.runs).toBeNull();
    expect(verdict.reasons[0]?.message).toContain("WebAssembly module");
  });

  it("a global npm package's command is on PATH, so node's entrypoint runs it as it is", () => {
    expect(runs('FROM node:22\nRUN npm install -g @angular/cli@13\nCMD ["ng", "serve"]\n')).toBe(true);
  });
});

describe("a failure that is certain among others that are not", () => {
  it("makes the verdict 'would not start', and its finding an error", () => {
    // /app/main.py is only assumed (no context), but nothing can supply the user appuser.
    const analysis = analyze(
      'FROM python:3.12-slim\nCOPY . /app\nUSER appuser\nCMD ["python", "/app/main.py"]\n',
    );
    const verdict = analysis.simulation.image!.verdict;
    expect(verdict.runs).toBe(false);
    expect(verdict.certain).toBe(true);
    expect(verdict.reasons.find((r) => r.check === "user")?.unsure).toBeUndefined();
    expect(analysis.diagnostics.find((d) => d.rule === "user-not-in-passwd")?.severity).toBe("error");
  });
});

// The simulator's reference cases, end to end through analyze(): published before/after figures
// (reference/image-facts.md §4) and the learner problems of reference/learner-questions.md. Each
// test states its tolerance; figures come from the catalog and the RUN interpreter, never from here.
// The first block (written with the simulator core) needs no RUN: build products come from the
// context, so it tests base sizes and what COPY carries between stages. The rest runs the RUN
// interpreter and the start verdict.
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { REFERENCE_CASES } from "./catalog/products/referenceCases";
import { BINARIES } from "./catalog/products/binaries";
import { NODE_PROJECTS } from "./catalog/products/nodeProjects";
import type { ContextFile, ImageSummary, Verdict } from "./types";

const MB = 1_000_000;
const within = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(tolerance);
const caseNamed = (name: string) => {
  const found = REFERENCE_CASES.find((c) => c.name === name);
  if (!found) throw new Error(`no reference case ${name}`);
  return found;
};
const imageOf = (dockerfile: string, context: ContextFile[]) => {
  const analysis = analyze(dockerfile, { context });
  expect(analysis.simulation.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const image = analysis.simulation.image;
  if (!image) throw new Error("no image");
  return image;
};

const GO_STATIC = BINARIES.find((b) => b.toolchain === "go" && b.linkage === "static" && !b.stripped);
const goBinary: ContextFile = { path: "bin/server", sizeBytes: GO_STATIC?.size.bytes ?? 0, mode: 0o755 };

describe("reference cases that need no RUN", () => {
  it("a static Go binary on scratch is the binary alone (the published 6.5 MB, within 1%)", () => {
    const image = imageOf(
      'FROM golang:1.26-bookworm AS build\nCOPY bin/server /out/server\nFROM scratch\nCOPY --from=build /out/server /server\nENTRYPOINT ["/server"]\n',
      [goBinary],
    );
    within(image.sizeBytes, caseNamed("Go benchmark: scratch").after.bytes, 0.01);
    expect(image.layers.map((l) => l.instruction)).toEqual(["COPY --from=build /out/server /server"]);
  });

  it("the Docker docs Go guide's distroless image is base plus binary (28.1 MB, within 15%)", () => {
    const image = imageOf(
      "FROM golang:1.19 AS build\nCOPY bin/server /docker-gs-ping\nFROM gcr.io/distroless/base-debian11\nCOPY --from=build /docker-gs-ping /docker-gs-ping\n",
      [goBinary],
    );
    within(image.sizeBytes, caseNamed("Docker docs Go guide (docker-gs-ping)").after.bytes, 0.15);
  });

  it("the classic Flask comparison's 'multistage' image is not smaller than its python:alpine3.7 base", () => {
    const context: ContextFile[] = [
      { path: "requirements.txt", sizeBytes: 6, content: "flask\n" },
      { path: "app.py", sizeBytes: 200, content: "from flask import Flask\napp = Flask(__name__)\n" },
    ];
    const single = imageOf(
      "FROM python:alpine3.7\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD python ./app.py\n",
      context,
    );
    const multi = imageOf(
      "FROM python:alpine3.7 AS base\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nFROM python:alpine3.7\nCOPY --from=base /app /app\nWORKDIR /app\nCMD python ./app.py\n",
      context,
    );
    const base = 98.7 * MB;
    expect(multi.sizeBytes).toBeGreaterThanOrEqual(base);
    within(multi.sizeBytes, base, 0.01);
    expect(single.sizeBytes).toBeGreaterThan(multi.sizeBytes);
  });

  it("a React build served by nginx:alpine is nginx plus dist/ (within 1% of 62.6 MB)", () => {
    const dist = NODE_PROJECTS.find((p) => p.name === "vite-react")?.buildOutput?.size.bytes ?? 0;
    const image = imageOf("FROM nginx:alpine\nCOPY dist /usr/share/nginx/html\n", [
      { path: "dist/index.html", sizeBytes: 460 },
      { path: "dist/assets/index.js", sizeBytes: dist - 460 },
    ]);
    within(image.sizeBytes, 62.32 * MB + dist, 0.01);
  });

  it("a Spring Boot jar on a JRE is the JRE plus the jar (about 308 MB, within 15%)", () => {
    const image = imageOf(
      'FROM maven:3.9-eclipse-temurin-21 AS build\nCOPY target/app.jar /build/app.jar\nFROM eclipse-temurin:21-jre\nCOPY --from=build /build/app.jar /app.jar\nCMD ["java", "-jar", "/app.jar"]\n',
      [{ path: "target/app.jar", sizeBytes: 20 * MB }],
    );
    within(image.sizeBytes, 287.54 * MB + 20 * MB, 0.15);
    expect(image.layers[0]?.notes[0]).toContain("repos/eclipse-temurin/local/21-jre-noble.md");
  });
});

function text(path: string, content: string): ContextFile {
  return { path, sizeBytes: content.length, content };
}

function build(dockerfile: string, context: ContextFile[] = []) {
  const analysis = analyze(dockerfile, { context });
  const image = analysis.simulation.image;
  if (!image) throw new Error(`no image: ${analysis.diagnostics.map((d) => d.message).join("; ")}`);
  const stageBytes = (index: number) =>
    analysis.simulation.stages.find((s) => s.stage === index)?.sizeBytes ?? NaN;
  return { analysis, image, verdict: image.verdict, stageBytes };
}

/** The base image's own bytes: the image's bottom layer. */
function baseBytes(image: ImageSummary): number {
  return image.layers.find((layer) => layer.kind === "base")?.sizeBytes ?? NaN;
}

function failing(verdict: Verdict) {
  return verdict.reasons.filter((reason) => !reason.ok);
}

/** |actual − expected| ≤ tolerance × expected. */
function expectWithin(actual: number, expected: number, tolerance: number): void {
  expect(
    Math.abs(actual - expected) / expected,
    `${(actual / MB).toFixed(1)} MB vs ${(expected / MB).toFixed(1)} MB`,
  ).toBeLessThanOrEqual(tolerance);
}

// ─── Python: the classic comparison ──────────────────────────────────────────────────────────────

const FLASK_APP = [
  text(
    "app.py",
    "from flask import Flask\n\napp = Flask(__name__)\n\n@app.route('/')\ndef hello():\n    return 'Hello'\n\nif __name__ == '__main__':\n    app.run(host='0.0.0.0')\n",
  ),
  text("requirements.txt", "flask\n"),
];

const FLASK_SINGLE = `FROM python:alpine3.7
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
EXPOSE 5000
CMD python ./app.py
`;

const FLASK_FAKE_MULTISTAGE = `FROM python:alpine3.7 as base
FROM base as builder
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
FROM base
COPY --from=builder /app /app
WORKDIR /app
EXPOSE 5000
CMD python ./app.py
`;

describe("the classic comparison: Flask on python:alpine3.7", () => {
  it("single stage: runs, and weighs the 98.7 MB base plus Flask (3–15 MB: Flask ~5–6 MB and pip's cache, image-facts §3)", () => {
    const { image, verdict } = build(FLASK_SINGLE, FLASK_APP);
    expect(failing(verdict)).toEqual([]);
    expect(verdict.runs).toBe(true);
    expectWithin(baseBytes(image), 98.7 * MB, 0.01);
    const added = image.sizeBytes - baseBytes(image);
    expect(added).toBeGreaterThanOrEqual(3 * MB);
    expect(added).toBeLessThanOrEqual(15 * MB);
  });

  it("its 'multistage' version copies only /app: Flask is missing from the final image, so it does not start", () => {
    const { verdict } = build(FLASK_FAKE_MULTISTAGE, FLASK_APP);
    expect(verdict.runs).toBe(false);
    const [reason] = failing(verdict);
    expect(reason).toMatchObject({
      check: "dependencies",
      line: 7,
      runtimeError: "ModuleNotFoundError: No module named 'flask'",
    });
    expect(reason?.message).toContain("RUN pip install -r requirements.txt");
  });

  it("its 'multistage' version is not smaller than its base: it is the base plus /app (under 0.1 MB of source)", () => {
    const { image } = build(FLASK_FAKE_MULTISTAGE, FLASK_APP);
    expect(image.sizeBytes).toBeGreaterThanOrEqual(baseBytes(image));
    expect(image.sizeBytes - baseBytes(image)).toBeLessThan(0.1 * MB);
  });
});

// ─── Python: a working multistage build ─────────────────────────────────────────────────────────

const PYTHON_VENV = `FROM python:3.12 AS build
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY app.py .
CMD ["python", "app.py"]
`;

describe("a Python multistage build with a venv", () => {
  it("runs on python:3.12-slim: the venv keeps its path and is first on PATH", () => {
    const { verdict } = build(PYTHON_VENV, FLASK_APP);
    expect(failing(verdict)).toEqual([]);
    expect(verdict.reasons.find((r) => r.check === "dependencies")?.message).toContain(
      "/opt/venv/lib/python3.12/site-packages",
    );
  });

  it("weighs the slim base plus the venv (at most 30 MB: Flask ~5–6 MB, pip and setuptools in the venv), a fraction of the build stage", () => {
    const { image, stageBytes } = build(PYTHON_VENV, FLASK_APP);
    const added = image.sizeBytes - baseBytes(image);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThanOrEqual(30 * MB);
    expect(image.sizeBytes).toBeLessThan(0.25 * stageBytes(0));
  });

  it("does not start on python:3.12-slim when the venv was built on python:3.11, which the catalog stands 3.12 in for", () => {
    const dockerfile = PYTHON_VENV.replace("FROM python:3.12 AS build", "FROM python:3.11 AS build");
    const analysis = analyze(dockerfile, { context: FLASK_APP });
    expect(analysis.simulation.image?.verdict.runs).toBe(false);
    expect(analysis.diagnostics.map((d) => d.rule)).toContain("python-version-mismatch");
  });

  it("does not start when the venv is copied but not put on PATH", () => {
    const { verdict } = build(
      PYTHON_VENV.replace("ENV PATH=/opt/venv/bin:$PATH\nWORKDIR", "WORKDIR"),
      FLASK_APP,
    );
    expect(failing(verdict)[0]).toMatchObject({
      check: "dependencies",
      runtimeError: "ModuleNotFoundError: No module named 'flask'",
    });
  });
});

// ─── Go ─────────────────────────────────────────────────────────────────────────────────────────

// docker/docker-gs-ping as the Docker docs Go guide built it with Go 1.19 (an echo server).
const GS_PING = [
  text(
    "go.mod",
    `module github.com/docker/docker-gs-ping

go 1.19

require (
\tgithub.com/labstack/echo/v4 v4.10.2
\tgithub.com/labstack/gommon v0.4.0 // indirect
\tgithub.com/mattn/go-colorable v0.1.13 // indirect
\tgithub.com/mattn/go-isatty v0.0.17 // indirect
\tgithub.com/valyala/bytebufferpool v1.0.0 // indirect
\tgithub.com/valyala/fasttemplate v1.2.2 // indirect
\tgolang.org/x/crypto v0.6.0 // indirect
\tgolang.org/x/net v0.7.0 // indirect
\tgolang.org/x/sys v0.5.0 // indirect
\tgolang.org/x/text v0.7.0 // indirect
)
`,
  ),
  text("go.sum", "github.com/labstack/echo/v4 v4.10.2 h1:n1jAhnq/elIFTHr1EYpiYtyKgx4RW9ccVgkqByZaN2Q=\n"),
  text(
    "main.go",
    `package main

import (
\t"net/http"
\t"os"

\t"github.com/labstack/echo/v4"
\t"github.com/labstack/echo/v4/middleware"
)

func main() {
\te := echo.New()
\te.Use(middleware.Logger())
\te.GET("/", func(c echo.Context) error { return c.HTML(http.StatusOK, "Hello, Docker! <3") })
\te.Logger.Fatal(e.Start(":" + os.Getenv("PORT")))
}
`,
  ),
];

const GS_PING_SINGLE = `FROM golang:1.19
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY *.go ./
RUN CGO_ENABLED=0 GOOS=linux go build -o /docker-gs-ping
EXPOSE 8080
CMD ["/docker-gs-ping"]
`;

const GS_PING_MULTISTAGE = `FROM golang:1.19 AS build-stage
WORKDIR /app
COPY go.mod go.sum ./
RUN go mod download
COPY *.go ./
RUN CGO_ENABLED=0 GOOS=linux go build -o /docker-gs-ping

FROM build-stage AS run-test-stage
RUN go test -v ./...

FROM gcr.io/distroless/base-debian11 AS build-release-stage
WORKDIR /
COPY --from=build-stage /docker-gs-ping /docker-gs-ping
EXPOSE 8080
USER nonroot:nonroot
ENTRYPOINT ["/docker-gs-ping"]
`;

describe("the Docker docs Go guide (docker-gs-ping)", () => {
  it("single stage on golang:1.19 runs: a static binary needs nothing from the image", () => {
    expect(failing(build(GS_PING_SINGLE, GS_PING).verdict)).toEqual([]);
  });

  // The catalog's golang:1.19 is repo-info's golang:1.19.5-bullseye (992.47 MB, January 2023); the
  // module cache, the build cache and the binary come on top.
  it("single stage on golang:1.19 weighs about 1.11 GB (±15%)", () => {
    const { image } = build(GS_PING_SINGLE, GS_PING);
    expectWithin(image.sizeBytes, 1110 * MB, 0.15);
  });

  it("multistage on distroless/base weighs about 28.1 MB (±15%) and runs as nonroot", () => {
    const { image, verdict } = build(GS_PING_MULTISTAGE, GS_PING);
    expect(failing(verdict)).toEqual([]);
    expect(verdict.reasons.find((r) => r.check === "user")?.ok).toBe(true);
    expectWithin(image.sizeBytes, 28.1 * MB, 0.15);
  });
});

const GO_SERVER = [
  text("go.mod", "module example.com/server\n\ngo 1.22\n"),
  text(
    "main.go",
    'package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hi") })\n\thttp.ListenAndServe(":8080", nil)\n}\n',
  ),
];

const goOn = (final: string, cgo: boolean) => `FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN ${cgo ? "" : "CGO_ENABLED=0 "}go build -o /out/server .

FROM ${final}
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`;

describe("a Go server and its C library", () => {
  it("built with CGO_ENABLED=0, runs on scratch and weighs about 6.71 MB (±15%, golang:1.21 → scratch, image-facts §4)", () => {
    const { image, verdict } = build(goOn("scratch", false), GO_SERVER);
    expect(failing(verdict)).toEqual([]);
    expectWithin(image.sizeBytes, 6.71 * MB, 0.15);
  });

  it.each(["scratch", "alpine:3.21"])(
    "built with cgo on golang (bookworm), does not start on %s: exec … no such file or directory",
    (final) => {
      const { verdict } = build(goOn(final, true), GO_SERVER);
      expect(verdict.runs).toBe(false);
      const [reason] = failing(verdict);
      expect(reason).toMatchObject({
        check: "libc",
        line: 7,
        runtimeError: "exec /server: no such file or directory",
      });
      expect(reason?.message).toContain("/lib64/ld-linux-x86-64.so.2");
    },
  );

  it("built with cgo, runs on distroless/base, which has glibc", () => {
    const { verdict } = build(goOn("gcr.io/distroless/base-debian12", true), GO_SERVER);
    expect(failing(verdict)).toEqual([]);
  });
});

// ─── Node: a React build served by nginx ───────────────────────────────────────────────────────

const VITE_APP = [
  text(
    "package.json",
    JSON.stringify({
      name: "web",
      private: true,
      type: "module",
      scripts: { dev: "vite", build: "vite build" },
      dependencies: { react: "^19.0.0", "react-dom": "^19.0.0" },
      devDependencies: { "@vitejs/plugin-react": "^5.0.0", vite: "^7.0.0" },
    }),
  ),
  text("package-lock.json", "{}"),
  text("index.html", '<div id="root"></div><script type="module" src="/src/main.jsx"></script>\n'),
  text(
    "src/main.jsx",
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render('hi');\n",
  ),
];

const REACT_NGINX = `FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:alpine
COPY --from=build /app/dist /usr/share/nginx/html
`;

describe("a React build served by nginx:alpine", () => {
  it("runs nginx from the base image's own ENTRYPOINT and CMD", () => {
    const { verdict } = build(REACT_NGINX, VITE_APP);
    expect(verdict.command).toEqual(["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"]);
    expect(failing(verdict)).toEqual([]);
  });

  it("weighs nginx:alpine (62.3 MB) plus the 0.28 MB dist/ (±15%), without the build stage's node_modules", () => {
    const { image, analysis, stageBytes } = build(REACT_NGINX, VITE_APP);
    expectWithin(image.sizeBytes, (62.32 + 0.276) * MB, 0.15);
    const html = analysis.simulation.stages
      .find((s) => s.stage === image.target)
      ?.files.filter(
        (f) => f.path === "/usr/share/nginx/html" || f.path.startsWith("/usr/share/nginx/html/"),
      );
    expect(html?.some((f) => f.facts.some((fact) => fact.kind === "static-site"))).toBe(true);
    expect(image.sizeBytes).toBeLessThan(stageBytes(0));
  });
});

// ─── Java: a jar from maven to a JRE ───────────────────────────────────────────────────────────

const SPRING_APP = [
  text(
    "pom.xml",
    `<project>
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>
  <groupId>com.example</groupId>
  <artifactId>demo</artifactId>
  <version>0.0.1-SNAPSHOT</version>
  <properties><java.version>21</java.version></properties>
  <dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>
</project>
`,
  ),
  text(
    "src/main/java/com/example/DemoApplication.java",
    "package com.example;\npublic class DemoApplication {}\n",
  ),
];

const MAVEN_JRE = `FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /app
COPY pom.xml .
RUN mvn dependency:go-offline
COPY src ./src
RUN mvn package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /app/target/demo-0.0.1-SNAPSHOT.jar app.jar
ENTRYPOINT ["java", "-jar", "app.jar"]
`;

describe("a Spring Boot jar built by maven, run on a JRE", () => {
  it("runs: the JRE is Java 21, the jar's release", () => {
    const { verdict } = build(MAVEN_JRE, SPRING_APP);
    expect(failing(verdict)).toEqual([]);
    expect(verdict.reasons.map((r) => r.message).join(" ")).toContain("built for Java 21");
  });

  it("weighs the 287.5 MB JRE plus the ~20 MB fat jar (±15%, image-facts §1 and §3), far less than the maven stage", () => {
    const { image, stageBytes } = build(MAVEN_JRE, SPRING_APP);
    expectWithin(image.sizeBytes, (287.54 + 20) * MB, 0.15);
    expect(image.sizeBytes).toBeLessThan(stageBytes(0));
  });

  it("runs when the jar is copied as target/*.jar to app.jar: the one match becomes the file app.jar", () => {
    const { verdict, image } = build(
      MAVEN_JRE.replace("/app/target/demo-0.0.1-SNAPSHOT.jar", "/app/target/*.jar"),
      SPRING_APP,
    );
    expect(failing(verdict)).toEqual([]);
    expect(image.layers.at(-1)?.added.find((n) => n.path === "/app/app.jar")?.type).toBe("file");
  });

  it("does not start on debian:bookworm-slim, which has no java", () => {
    const { verdict } = build(
      MAVEN_JRE.replace("eclipse-temurin:21-jre", "debian:bookworm-slim"),
      SPRING_APP,
    );
    expect(failing(verdict)[0]).toMatchObject({
      check: "java",
      runtimeError: 'exec: "java": executable file not found in $PATH',
    });
  });
});

// ─── A shell-form CMD on distroless ────────────────────────────────────────────────────────────

describe("a shell-form CMD on distroless", () => {
  it("does not start: distroless has no /bin/sh, and exec form is the fix", () => {
    const dockerfile = goOn("gcr.io/distroless/static-debian12", false).replace(
      'ENTRYPOINT ["/server"]',
      "CMD /server",
    );
    const { verdict } = build(dockerfile, GO_SERVER);
    expect(verdict.runs).toBe(false);
    const [reason] = failing(verdict);
    expect(reason).toMatchObject({
      check: "shell",
      line: 8,
      runtimeError: 'exec: "/bin/sh": stat /bin/sh: no such file or directory',
    });
    expect(reason?.fix).toContain('CMD ["/server"]');
  });
});

// ─── apt-get cleanup: same RUN vs separate RUN ─────────────────────────────────────────────────

describe("apt-get cleanup", () => {
  const install =
    "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n";
  const separate = `${install}RUN rm -rf /var/lib/apt/lists/*\n`;
  const same =
    "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n";

  it("in a separate RUN saves nothing: the image weighs exactly what it did before the rm (0 bytes of tolerance)", () => {
    expect(build(separate).image.sizeBytes).toBe(build(install).image.sizeBytes);
  });

  it("in the same RUN saves the package lists, 19 MB (±15%, image-facts §3)", () => {
    expectWithin(build(separate).image.sizeBytes - build(same).image.sizeBytes, 19 * MB, 0.15);
  });
});

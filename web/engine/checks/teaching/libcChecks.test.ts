import { describe, expect, it } from "vitest";
import { analyzeWith, findings } from "./testing/teachingFindings";

// A server: net/http has a cgo implementation, so a cgo build links the C library.
const GO = {
  "main.go": 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
  "go.mod": "module example.com/app\ngo 1.22\n",
};
const RUST = {
  "Cargo.toml": '[package]\nname = "app"\nversion = "0.1.0"\n',
  "src/main.rs": "fn main() {}\n",
};

const goOn = (build: string, base: string) => `FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN ${build} -o /out/app .

FROM ${base}
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

describe("dynamic-binary-without-libc", () => {
  it("blames the COPY of a cgo Go binary onto scratch, quoting the loader's ENOENT", () => {
    const [finding, ...rest] = findings(goOn("go build", "scratch"), "dynamic-binary-without-libc", GO);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(7);
    expect(finding?.message).toContain("exec /app: no such file or directory");
    expect(finding?.fix).toContain("CGO_ENABLED=0");
  });

  it("says only 'may' when the Go sources are not there to read, and nothing for a program without net", () => {
    // main.go given by its size alone: its text, and so its imports, are unknown.
    const unread = { "main.go": 120, "go.mod": GO["go.mod"] };
    const [finding] = findings(goOn("go build", "scratch"), "dynamic-binary-without-libc", unread);
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toContain("may be dynamically linked");
    const hello = {
      "main.go": 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n',
      "go.mod": GO["go.mod"],
    };
    expect(findings(goOn("go build", "scratch"), "dynamic-binary-without-libc", hello)).toEqual([]);
    expect(analyzeWith(goOn("go build", "scratch"), hello).simulation.image?.verdict.runs).toBe(true);
  });

  it("agrees with the verdict's line and fix", () => {
    const analysis = analyzeWith(goOn("go build", "alpine:3.21"), GO);
    const reason = analysis.simulation.image?.verdict.reasons.find((r) => r.check === "libc" && !r.ok);
    const finding = analysis.diagnostics.find((d) => d.rule === "dynamic-binary-without-libc");
    expect(finding?.range.start.line).toBe(reason?.line);
    expect(finding?.fix).toBe(reason?.fix);
  });

  it("stays quiet for a static build, or on a glibc runtime", () => {
    expect(findings(goOn("CGO_ENABLED=0 go build", "scratch"), "dynamic-binary-without-libc", GO)).toEqual(
      [],
    );
    expect(
      findings(goOn("go build", "gcr.io/distroless/base-debian12"), "dynamic-binary-without-libc", GO),
    ).toEqual([]);
  });
});

describe("glibc-too-old", () => {
  const rustOn = (builder: string) => `FROM ${builder} AS build
WORKDIR /src
COPY . .
RUN cargo build --release

FROM debian:bookworm-slim
COPY --from=build /src/target/release/app /usr/local/bin/app
CMD ["app"]
`;
  it("warns when rust:latest (trixie, glibc 2.41) builds for debian:bookworm-slim (2.36)", () => {
    const [finding, ...rest] = findings(rustOn("rust:latest"), "glibc-too-old", RUST);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(7);
    expect(finding?.message).toContain("version `GLIBC_2.41' not found (required by /usr/local/bin/app)");
  });

  it("stays quiet when the builder is on the same Debian release", () => {
    expect(findings(rustOn("rust:1.98-bookworm"), "glibc-too-old", RUST)).toEqual([]);
  });
});

describe("native-libc-mismatch", () => {
  const numpyOn = (runtime: string, builder = "python:3.12") => `FROM ${builder} AS build
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM ${runtime}
COPY --from=build /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY app.py /app/app.py
CMD ["python", "/app/app.py"]
`;
  const NUMPY = { "requirements.txt": "numpy\n", "app.py": "import numpy\n" };

  it("blames the COPY of a glibc-built numpy into python:3.12-alpine", () => {
    const [finding, ...rest] = findings(numpyOn("python:3.12-alpine"), "native-libc-mismatch", NUMPY);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(8);
    expect(finding?.message).toContain("__snprintf_chk: symbol not found");
  });

  it("stays quiet when both stages use the same libc", () => {
    expect(findings(numpyOn("python:3.12-slim"), "native-libc-mismatch", NUMPY)).toEqual([]);
  });
});

describe("native-libc-mismatch in node_modules", () => {
  const bcryptOn = (runtime: string) => `FROM node:22 AS build
WORKDIR /app
COPY package.json .
RUN npm install --omit=dev
COPY server.js .

FROM ${runtime}
WORKDIR /app
COPY --from=build /app /app
CMD ["node", "server.js"]
`;
  const BCRYPT = {
    "package.json": '{"name":"app","dependencies":{"bcrypt":"5"}}',
    "server.js": "require('bcrypt')\n",
  };

  it("blames the COPY of node_modules with a glibc-built addon into node:22-alpine", () => {
    const [finding, ...rest] = findings(bcryptOn("node:22-alpine"), "native-libc-mismatch", BCRYPT);
    expect(rest).toEqual([]);
    expect(finding?.range.start.line).toBe(9);
    expect(finding?.message).toContain("symbol not found");
  });

  it("stays quiet on node:22-slim, which has glibc", () => {
    expect(findings(bcryptOn("node:22-slim"), "native-libc-mismatch", BCRYPT)).toEqual([]);
  });
});

describe("python-version-mismatch", () => {
  const venvInto = (runtime: string) => `FROM python:3.12-slim AS build
RUN python -m venv /opt/venv
COPY requirements.txt .
RUN /opt/venv/bin/pip install --no-cache-dir -r requirements.txt

FROM ${runtime}
COPY --from=build /opt/venv /opt/venv
COPY app.py /app/app.py
ENV PATH=/opt/venv/bin:$PATH
CMD ["/app/app.py"]
`;
  const FLASK = { "requirements.txt": "flask\n", "app.py": "import flask\n" };

  it("blames the COPY of a Python 3.12 venv into distroless python3 (Debian's 3.11)", () => {
    const [finding, ...rest] = findings(
      venvInto("gcr.io/distroless/python3-debian12"),
      "python-version-mismatch",
      FLASK,
    );
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(7);
    expect(finding?.message).toContain("Python 3.12");
    expect(finding?.message).toContain("3.11");
    expect(finding?.message).toContain("ModuleNotFoundError: No module named 'flask'");
  });

  it("agrees with the verdict on the line and the error", () => {
    const analysis = analyzeWith(venvInto("gcr.io/distroless/python3-debian12"), FLASK);
    const reasons = analysis.simulation.image?.verdict.reasons.filter((r) => !r.ok) ?? [];
    const finding = analysis.diagnostics.find((d) => d.rule === "python-version-mismatch");
    const same = reasons.find((r) => r.line === finding?.range.start.line);
    expect(same?.runtimeError).toBeTruthy();
    expect(finding?.message).toContain(same?.runtimeError ?? "(no verdict)");
  });

  it("stays quiet when the runtime has the same Python minor", () => {
    expect(findings(venvInto("python:3.12-slim"), "python-version-mismatch", FLASK)).toEqual([]);
  });
});

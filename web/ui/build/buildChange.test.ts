import { describe, expect, it } from "vitest";
import { createEngineSession, type AnalysisView, type ContextFile } from "../../engine";
import { changedPaths, covers, explainChange, type StepChange } from "./buildChange";

const CONTEXT: ContextFile[] = [
  { path: "app.py", sizeBytes: 15, content: "print('hello')\n" },
  { path: "requirements.txt", sizeBytes: 6, content: "flask\n" },
];
const EDITED = CONTEXT.map((f) =>
  f.path === "app.py" ? { ...f, content: "print('hi')\n", sizeBytes: 12 } : f,
);
const COPY_FIRST = `FROM python:3.12-slim
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
`;
const MANIFEST_FIRST = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
`;

function view(source: string, context = CONTEXT): AnalysisView {
  return createEngineSession().analyze(source, { context });
}

function byText(steps: StepChange[], start: string): StepChange {
  const step = steps.find((s) => s.text.startsWith(start));
  if (!step) throw new Error(`no step ${start}`);
  return step;
}

describe("explainChange", () => {
  it("names the edited file a COPY of the whole context takes, and the steps after it", () => {
    const steps = explainChange(view(COPY_FIRST), view(COPY_FIRST, EDITED), ["app.py"]);
    expect(byText(steps, "FROM").status).toBe("cached");
    expect(byText(steps, "COPY").because).toBe("it copies `app.py`, which changed");
    expect(byText(steps, "RUN").status).toBe("rerun");
    expect(byText(steps, "RUN").because).toBe("it comes after line 3 `WORKDIR /app`, which re-runs");
  });

  it("keeps the install CACHED when the manifest is copied first", () => {
    const steps = explainChange(view(MANIFEST_FIRST), view(MANIFEST_FIRST, EDITED), ["app.py"]);
    expect(byText(steps, "RUN pip").status).toBe("cached");
    expect(byText(steps, "COPY . .").because).toBe("it copies `app.py`, which changed");
  });

  it("says what the COPY copies when the changed files are unknown", () => {
    const requirements = CONTEXT.map((f) =>
      f.path === "requirements.txt" ? { ...f, content: "flask\ngunicorn\n", sizeBytes: 15 } : f,
    );
    const steps = explainChange(view(MANIFEST_FIRST), view(MANIFEST_FIRST, requirements), null);
    expect(byText(steps, "COPY requirements").because).toBe("it copies `requirements.txt`, which changed");
    expect(byText(steps, "COPY . .").because).toMatch(/^it comes after line 4/);
  });

  it("shows a changed line with what it was, and a new line as new", () => {
    const changed = MANIFEST_FIRST.replace("--no-cache-dir ", "");
    const steps = explainChange(view(MANIFEST_FIRST), view(changed), []);
    expect(byText(steps, "RUN").because).toBe(
      "line 4 changed: it was `RUN pip install --no-cache-dir -r requirements.txt`",
    );
    const added = MANIFEST_FIRST.replace("WORKDIR /app\n", "WORKDIR /app\nRUN adduser -D app\n");
    expect(byText(explainChange(view(MANIFEST_FIRST), view(added), []), "RUN adduser").because).toBe(
      "line 3 is new",
    );
  });

  it("says a step moved when the same instruction now follows another", () => {
    const moved = `FROM python:3.12-slim
WORKDIR /app
COPY . .
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["python", "app.py"]
`;
    const steps = explainChange(view(MANIFEST_FIRST), view(moved), []);
    expect(byText(steps, "COPY . .").because).toBe("line 3 moved: it now comes after line 2 `WORKDIR /app`");
  });

  it("re-runs nothing after a change that no step reads", () => {
    const steps = explainChange(view(MANIFEST_FIRST), view(`# a comment\n${MANIFEST_FIRST}`), []);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => s.status === "cached" && s.because === null)).toBe(true);
  });

  it("names the stage a COPY --from copies, when that stage re-runs", () => {
    const multistage = `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app .

FROM gcr.io/distroless/static
COPY --from=build /out/app /app
`;
    const go: ContextFile[] = [{ path: "main.go", sizeBytes: 13, content: "package main\n" }];
    const edited = [{ ...go[0]!, content: "package main\n\n", sizeBytes: 14 }];
    const steps = explainChange(view(multistage, go), view(multistage, edited), ["main.go"]);
    expect(byText(steps, "COPY --from").because).toBe(
      "it copies from stage build, whose line 4 `RUN go build -o /out/app .` re-runs",
    );
    expect(byText(steps, "FROM gcr").status).toBe("cached");
  });
});

describe("covers", () => {
  it("takes a file, a folder, the whole context and a glob as COPY does", () => {
    expect(covers(".", "src/app.py")).toBe(true);
    expect(covers("./", "app.py")).toBe(true);
    expect(covers("src", "src/app.py")).toBe(true);
    expect(covers("src/", "srcs/app.py")).toBe(false);
    expect(covers("app.py", "app.py")).toBe(true);
    expect(covers("*.txt", "requirements.txt")).toBe(true);
    expect(covers("*.txt", "docs/a.txt")).toBe(false);
    expect(covers("requirements.txt", "app.py")).toBe(false);
  });
});

describe("changedPaths", () => {
  it("lists added, removed and edited files, and knows nothing without both lists", () => {
    const added = [...EDITED.filter((f) => f.path !== "requirements.txt"), { path: "new.py", sizeBytes: 1 }];
    expect(changedPaths(CONTEXT, added)).toEqual(["app.py", "new.py", "requirements.txt"]);
    expect(changedPaths(CONTEXT, CONTEXT)).toEqual([]);
    expect(changedPaths(undefined, CONTEXT)).toBeNull();
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createEngineSession, type AnalysisView, type ContextFile } from "../../engine";
import { createAppStore } from "../../state/createAppStore";
import { StoreProvider } from "../storeContext";
import { BuildPlayerBody } from "./BuildPlayer";
import { RerunList } from "./RerunPicker";
import { memoryStorage } from "../../state/memoryStorage";

const CONTEXT: ContextFile[] = [
  { path: "app.py", sizeBytes: 20, content: "print('hello')\n" },
  { path: "requirements.txt", sizeBytes: 6, content: "flask\n" },
];
const STARTER = `FROM python:3.12-slim
COPY . /app
WORKDIR /app
RUN pip install -r requirements.txt
CMD ["python", "app.py"]
`;
const SOLUTION = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["python", "app.py"]
`;
const FAILING = `FROM python:3.12-slim
COPY . /app
RUN go build -o /app/server .
`;

function render(view: AnalysisView, clock: number | null = null, playing = false): string {
  const store = createAppStore({ storage: memoryStorage });
  return renderToStaticMarkup(
    <StoreProvider store={store}>
      <BuildPlayerBody view={view} clock={clock} playback={{ playing, speed: 10 }} />
    </StoreProvider>,
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&quot;/g, '"');

const viewOf = (source: string, builder: "buildkit" | "legacy" = "buildkit") =>
  createEngineSession().analyze(source, { context: CONTEXT, builder });

describe("the build player", () => {
  const view = viewOf(STARTER);

  it("at rest shows the whole log and the total time, with Play", () => {
    const shown = text(render(view));
    expect(shown).toContain("#1 [internal] load build definition from Dockerfile");
    expect(shown).toContain("[4/4] RUN pip install -r requirements.txt");
    expect(shown).toContain("exporting to image");
    expect(shown).toMatch(/Built in \d+\.\d s of simulated time\. Press Play/);
    expect(render(view)).toMatch(/<button[^>]*>Play<\/button>/);
  });

  it("at the start shows only the lines printed at 0 s, and where the build is on the timeline", () => {
    const html = render(view, 0);
    const shown = text(html);
    expect(shown).toContain("[1/4] FROM docker.io/library/python:3.12-slim");
    expect(shown).not.toContain("[4/4] RUN pip install -r requirements.txt");
    expect(shown).not.toContain("exporting to image");
    expect(shown).toContain("Paused at stage-0, line 1: FROM docker.io/library/python:3.12-slim");
    expect(html).toContain('class="gantt-now"');
  });

  it("shows a step's header once the step starts", () => {
    const install = view.steps.find((s) => s.text === "RUN pip install -r requirements.txt")!;
    expect(install.startMs).toBeGreaterThan(0);
    expect(text(render(view, install.startMs))).toContain("[4/4] RUN pip install -r requirements.txt");
  });

  it("names its play button after what it does next", () => {
    expect(render(view, 1000, true)).toMatch(/<button[^>]*>Pause<\/button>/);
    expect(render(view, view.times.buildkitMs)).toMatch(/<button[^>]*>Play again<\/button>/);
  });

  it("lists each built stage on the timeline with its start and end in words", () => {
    const shown = text(render(view));
    expect(shown).toMatch(/stage-00\.0 s–\d+\.\d s, 4 steps/);
  });

  it("marks the chosen builder's total time", () => {
    expect(text(render(view))).toMatch(/BuildKit \(this build\)/);
    expect(text(render(viewOf(STARTER, "legacy")))).toMatch(/Legacy builder \(this build\)/);
  });
});

describe("a failing build in the player", () => {
  const view = viewOf(FAILING);

  it("ends the log at the failing step with BuildKit's error under it, and says where it stops", () => {
    const shown = text(render(view));
    expect(shown).toContain("[3/3] RUN go build -o /app/server .");
    expect(shown).toMatch(
      /\/app\/server \.:\n0\.\d+ \/bin\/sh: 1: go: not found\n------\nERROR: failed to solve: process/,
    );
    expect(shown).not.toContain("exporting to image");
    expect(shown).toMatch(/The build fails at line 3: /);
  });
});

describe("what re-runs if I edit a context file", () => {
  const rerunsOf = (source: string, path: string) => {
    const session = createEngineSession();
    session.analyze(source, { context: CONTEXT });
    return text(renderToStaticMarkup(<RerunList reruns={session.reruns(path)} onLine={() => {}} />));
  };

  it("re-runs the install when app.py is copied before it", () => {
    const shown = rerunsOf(STARTER, "app.py");
    expect(shown).toContain("re-runs 3 of 4 steps; 1 stays CACHED.");
    expect(shown).toMatch(/re-runsline 4RUN pip install -r requirements\.txt/);
  });

  it("marks the list busy while the answer for the newest text is worked out", () => {
    const session = createEngineSession();
    session.analyze(STARTER, { context: CONTEXT });
    const list = (updating: boolean) =>
      renderToStaticMarkup(
        <RerunList reruns={session.reruns("app.py")} updating={updating} onLine={() => {}} />,
      );
    expect(list(true)).toContain('aria-busy="true"');
    expect(list(false)).toContain('aria-busy="false"');
  });

  it("keeps the install CACHED when only requirements.txt is copied before it", () => {
    const shown = rerunsOf(SOLUTION, "app.py");
    expect(shown).toMatch(/CACHEDline 4RUN pip install --no-cache-dir -r requirements\.txt/);
    expect(shown).toMatch(/re-runsline 5COPY \. \./);
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createEngineSession, type AnalysisView, type ContextFile } from "../../engine";
import { createAppStore } from "../../state/createAppStore";
import { memoryStorage } from "../../state/memoryStorage";
import { StoreProvider } from "../storeContext";
import { ChangeRerunsOf } from "./ChangeReruns";
import { trackPreviousBuild, usePreviousBuild, type BuildPair } from "./previousBuild";

const CONTEXT: ContextFile[] = [{ path: "app.py", sizeBytes: 15, content: "print('hello')\n" }];
const EDITED: ContextFile[] = [{ path: "app.py", sizeBytes: 12, content: "print('hi')\n" }];
const SOURCE = `FROM python:3.12-slim
COPY . /app
CMD ["python", "/app/app.py"]
`;

const analyze = (context: ContextFile[]) => createEngineSession().analyze(SOURCE, { context });

function render(view: AnalysisView, pair: BuildPair): string {
  return renderToStaticMarkup(
    <StoreProvider store={createAppStore({ storage: memoryStorage })}>
      <ChangeRerunsOf view={view} pair={pair} />
    </StoreProvider>,
  );
}

describe("ChangeReruns", () => {
  it("says in words which step re-runs and why, next to the step", () => {
    const after = analyze(EDITED);
    const html = render(after, { before: analyze(CONTEXT), after, changedFiles: ["app.py"] });
    expect(html).toContain("Your last change re-runs 1 of 2 steps; 1 stays CACHED.");
    expect(html).toContain('>re-runs</span> <span class="rerun-line">line 2</span>');
    expect(html).toContain("because it copies <code>app.py</code>, which changed");
  });

  it("asks for a change before there is a build to compare with", () => {
    const view = analyze(CONTEXT);
    const html = render(view, { before: null, after: view, changedFiles: null });
    expect(html).toContain("Change the Dockerfile or a context file");
    expect(html).not.toContain("<ol");
  });
});

describe("trackPreviousBuild", () => {
  it("pairs each new view with the one before it and the context files changed between them", () => {
    const store = createAppStore({ storage: memoryStorage });
    const first = analyze(CONTEXT);
    const second = analyze(EDITED);
    store.setState({ contexts: { playground: CONTEXT } });
    const stop = trackPreviousBuild(store);
    store.setState({ view: first });
    store.getState().setContext("playground", EDITED);
    store.setState({ view: second });
    const pair = pairOf(store);
    expect(pair.before).toBe(first);
    expect(pair.after).toBe(second);
    expect(pair.changedFiles).toEqual(["app.py"]);
    stop();
    expect(pairOf(store).before).toBeNull();
  });
});

// The pair as the Build tab reads it, through the same store.
function pairOf(store: ReturnType<typeof createAppStore>): BuildPair {
  let seen: BuildPair | null = null;
  renderToStaticMarkup(
    <StoreProvider store={store}>
      <Peek onPair={(p) => (seen = p)} />
    </StoreProvider>,
  );
  if (!seen) throw new Error("no pair");
  return seen;
}

function Peek({ onPair }: { onPair: (pair: BuildPair) => void }) {
  onPair(usePreviousBuild());
  return null;
}

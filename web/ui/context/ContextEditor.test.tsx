import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createEngineSession, type ContextFile } from "../../engine";
import { createAppStore } from "../../state/createAppStore";
import { memoryStorage } from "../../state/memoryStorage";
import { StoreProvider } from "../storeContext";
import { ContextEditor } from "./ContextEditor";

const DOCKERFILE = 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/app.py"]\n';
const LESSON_CONTEXT: ContextFile[] = [
  { path: "requirements.txt", sizeBytes: 13, content: "Flask==1.0.2\n" },
  { path: "app.py", sizeBytes: 185, content: "print('hi')\n" },
];

function render(starting: ContextFile[] | undefined, edited?: ContextFile[]): string {
  const storage = memoryStorage();
  const store = createAppStore({ storage: () => storage });
  if (edited) store.getState().setContext("playground", edited);
  const context = edited ?? starting;
  store.setState({ view: createEngineSession().analyze(DOCKERFILE, context ? { context } : {}) });
  // A server render reads the store's initial state: make it the state set up here.
  store.getInitialState = store.getState;
  return renderToStaticMarkup(
    <StoreProvider store={store}>
      <ContextEditor documentId="playground" startingContext={starting} />
    </StoreProvider>,
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");

describe("ContextEditor", () => {
  it("lists the starting files sorted by path, with sizes and totals, and nothing to reset", () => {
    const html = render(LESSON_CONTEXT);
    const shown = text(html);
    expect(shown).toMatch(/2 files, 198B/);
    expect(shown.indexOf("app.py 185B")).toBeLessThan(shown.indexOf("requirements.txt 13B"));
    expect(shown).toContain("Edit app.py");
    expect(shown).toContain("Rename requirements.txt");
    expect(html).toMatch(/<button type="button" disabled="">Reset the context<\/button>/);
    expect(shown).not.toContain("ignored");
  });

  it("marks what .dockerignore leaves out, and what reaches the builder", () => {
    const edited = [...LESSON_CONTEXT, { path: ".dockerignore", sizeBytes: 7, content: "app.py\n" }];
    const shown = text(render(LESSON_CONTEXT, edited));
    expect(shown).toMatch(/app\.py 185B ignored by \.dockerignore/);
    expect(shown).not.toMatch(/requirements\.txt 13B ignored/);
    expect(shown).toContain("sent to the builder: 2 files, 20B (1 ignored by .dockerignore)");
    expect(shown).toContain("You have changed it.");
  });

  it("offers a size, not an editor, for a file known only by its size", () => {
    const shown = text(render([{ path: "model.bin", sizeBytes: 50_000_000 }]));
    expect(shown).toMatch(/model\.bin 50MB size only/);
    expect(shown).toContain("Change size of model.bin");
    expect(shown).not.toContain("Edit model.bin");
  });

  it("says an empty context makes COPY of a named file fail", () => {
    const shown = text(render([]));
    expect(shown).toContain("The build context is empty.");
    expect(shown).toContain("fails with “not found”");
    expect(shown).toContain("Add a text file");
  });

  it("says when there is no context at all, and that adding a file gives it one", () => {
    const shown = text(render(undefined));
    expect(shown).toContain("has no build context");
    expect(shown).toContain("Add a file to give it one.");
  });
});

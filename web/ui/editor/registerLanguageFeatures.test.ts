import { afterEach, describe, expect, it, vi } from "vitest";
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { CompletionItem, LanguageAnswers, LanguageQuery, LanguageRequest, Range } from "../../engine";
import {
  NOTHING_TO_RENAME,
  registerLanguageFeatures,
  type LanguageFeatureOptions,
} from "./registerLanguageFeatures";
import { at, fakeModel, fakeMonaco, live, monacoRange, selection } from "./testing/fakeMonaco";

const SOURCE = "FROM golang:1.26 AS build\nFROM alpine:3.21\nCOPY --from=build /out /app\n";
const VERSION = 7;

const noCompletionContext = {} as MonacoApi.languages.CompletionContext;

type Answers = Partial<{ [Q in LanguageQuery]: LanguageAnswers[Q] }>;

/** The features of a fake model over an engine that records each question and answers from `answers`. */
function setup(answers: Answers = {}, options: Partial<LanguageFeatureOptions> = {}) {
  const { monaco, providers, disposed } = fakeMonaco();
  const model = fakeModel(SOURCE, VERSION);
  const requests: LanguageRequest[] = [];
  const ask = async (request: LanguageRequest) => {
    requests.push(request);
    return answers[request.query] ?? null;
  };
  const handle = registerLanguageFeatures(monaco, model, { ask, ...options });
  const complete = (position: MonacoApi.Position, token = live) =>
    providers.completion.provideCompletionItems(model, position, noCompletionContext, token);
  return { providers, disposed, model, requests, handle, complete };
}

const range = (line: number, start: number, end: number): Range => ({
  start: { line, column: start },
  end: { line, column: end },
});
const completion = (item: Partial<CompletionItem>): CompletionItem => ({
  label: "FROM",
  kind: "instruction",
  insertText: "FROM",
  snippet: false,
  detail: "",
  documentation: "",
  range: range(1, 1, 1),
  ...item,
});

describe("a provider's question", () => {
  it("is about the model's own text at the cursor, in Monaco's 1-based lines and columns", async () => {
    const { providers, model, requests } = setup();
    await providers.hover.provideHover(model, at(3, 13), live);
    await providers.references.provideReferences(model, at(1, 21), { includeDeclaration: true }, live);
    expect(requests).toEqual([
      { query: "hover", source: SOURCE, position: { line: 3, column: 13 } },
      { query: "references", source: SOURCE, position: { line: 1, column: 21 }, includeDefinition: true },
    ]);
  });

  it("gets its answer's ranges exactly as the engine wrote them", async () => {
    const { providers, model } = setup({ definition: [range(1, 21, 26)] });
    expect(await providers.definition.provideDefinition(model, at(3, 13), live)).toEqual([
      { uri: model.uri, range: monacoRange(1, 21, 26) },
    ]);
  });

  it("is not asked about another model, which gets no answer", async () => {
    const { providers, requests } = setup({ completions: [completion({})] });
    const other = fakeModel(SOURCE, VERSION);
    const noMarkers = { markers: [] } as unknown as MonacoApi.languages.CodeActionContext;
    const answers = [
      await providers.completion.provideCompletionItems(other, at(1, 1), noCompletionContext, live),
      await providers.hover.provideHover(other, at(1, 1), live),
      await providers.definition.provideDefinition(other, at(1, 1), live),
      await providers.references.provideReferences(other, at(1, 1), { includeDeclaration: false }, live),
      await providers.highlights.provideDocumentHighlights(other, at(1, 1), live),
      await providers.rename.resolveRenameLocation(other, at(1, 1), live),
      await providers.rename.provideRenameEdits(other, at(1, 1), "x", live),
      await providers.outline.provideDocumentSymbols(other, live),
      await providers.folding.provideFoldingRanges(other, {}, live),
      await providers.codeActions.provideCodeActions(other, selection(1, 1, 1), noMarkers, live),
    ];
    expect(answers).toEqual(Array(10).fill(undefined));
    expect(requests).toEqual([]);
  });

  it("is never sent once Monaco has cancelled it", async () => {
    const { complete, requests } = setup({ completions: [completion({})] });
    const cancelled = { isCancellationRequested: true } as MonacoApi.CancellationToken;
    const list = await complete(at(1, 1), cancelled);
    expect(list).toEqual({ suggestions: [] });
    expect(requests).toEqual([]);
  });

  it("has its answer dropped when Monaco cancels it while the engine is answering", async () => {
    const { monaco, providers } = fakeMonaco();
    const model = fakeModel(SOURCE, VERSION);
    const token = { isCancellationRequested: false };
    registerLanguageFeatures(monaco, model, {
      ask: async () => {
        token.isCancellationRequested = true;
        return [range(1, 21, 26)];
      },
    });
    expect(
      await providers.definition.provideDefinition(model, at(3, 13), token as MonacoApi.CancellationToken),
    ).toEqual([]);
  });

  it("gets no answer rather than an exception when the engine fails", async () => {
    const { monaco, providers } = fakeMonaco();
    const model = fakeModel(SOURCE, VERSION);
    registerLanguageFeatures(monaco, model, {
      ask: () => Promise.reject(new Error("The worker stopped.")),
    });
    expect(await providers.hover.provideHover(model, at(1, 1), live)).toBeUndefined();
    expect(await providers.outline.provideDocumentSymbols(model, live)).toEqual([]);
  });
});

describe("the highlights of a symbol", () => {
  it("mark where it is defined as written and where it is used as read", async () => {
    const { providers, model } = setup({
      occurrences: [
        { range: range(1, 21, 26), definition: true },
        { range: range(3, 13, 18), definition: false },
      ],
    });
    expect(await providers.highlights.provideDocumentHighlights(model, at(1, 22), live)).toEqual([
      { range: monacoRange(1, 21, 26), kind: "Write" },
      { range: monacoRange(3, 13, 18), kind: "Read" },
    ]);
  });
});

describe("a completion", () => {
  it("inserts a snippet as a snippet, and reopens the list when the engine asks", async () => {
    const { complete } = setup({
      completions: [completion({ insertText: "FROM ${1:image}", snippet: true, retrigger: true })],
    });
    const list = await complete(at(1, 1));
    expect(list?.suggestions[0]).toMatchObject({
      kind: "Keyword",
      insertText: "FROM ${1:image}",
      insertTextRules: "InsertAsSnippet",
      command: { id: "editor.action.triggerSuggest" },
    });
  });

  it("shows a path ending in `/` as a folder and any other as a file", async () => {
    const { complete } = setup({
      completions: [
        completion({ label: "/out/", kind: "path" }),
        completion({ label: "/out/app", kind: "path" }),
      ],
    });
    const list = await complete(at(3, 19));
    expect(list?.suggestions.map((item) => item.kind)).toEqual(["Folder", "File"]);
  });
});

describe("a hover", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("ends with the lesson that teaches its topic, linked by an absolute address", async () => {
    vi.stubGlobal("window", { location: { href: "http://127.0.0.1/#/playground" } });
    const topics: string[] = [];
    const lessonLink = (topic: string) => {
      topics.push(topic);
      return { title: "Multi-stage builds (COPY --from)", href: "#/lessons/multi-stage" };
    };
    const hover = {
      markdown: "**COPY --from** copies from a stage.",
      range: range(3, 6, 12),
      topic: "COPY --from",
    };
    const { providers, model } = setup({ hover }, { lessonLink });
    expect(await providers.hover.provideHover(model, at(3, 8), live)).toEqual({
      range: monacoRange(3, 6, 12),
      contents: [
        { value: "**COPY --from** copies from a stage." },
        {
          value:
            "Taught in the lesson [Multi-stage builds \\(COPY --from\\)](http://127.0.0.1/#/lessons/multi-stage).",
        },
      ],
    });
    expect(topics).toEqual(["COPY --from"]);
  });
});

describe("a rename", () => {
  it("edits the model at the version it was asked about, and says what was renamed", async () => {
    const renamed: unknown[] = [];
    const { providers, model } = setup(
      {
        rename: {
          edits: [
            { range: range(1, 21, 26), text: "compile" },
            { range: range(3, 13, 18), text: "compile" },
          ],
          renamed: { kind: "stage", from: "build", to: "compile" },
        },
      },
      { onRenamed: (what) => renamed.push(what) },
    );
    const result = await providers.rename.provideRenameEdits(model, at(1, 22), "compile", live);
    expect(result).toEqual({
      edits: [
        {
          resource: model.uri,
          versionId: VERSION,
          textEdit: { range: monacoRange(1, 21, 26), text: "compile" },
        },
        {
          resource: model.uri,
          versionId: VERSION,
          textEdit: { range: monacoRange(3, 13, 18), text: "compile" },
        },
      ],
    });
    expect(renamed).toEqual([{ kind: "stage", from: "build", to: "compile" }]);
  });

  it("is refused with the engine's sentence when the engine rejects the new name", async () => {
    const rejected = "A stage named alpine would shadow the image.";
    const { providers, model } = setup({ rename: { rejected } });
    expect(await providers.rename.provideRenameEdits(model, at(1, 22), "alpine", live)).toEqual({
      edits: [],
      rejectReason: rejected,
    });
  });

  it("starts at the name the engine finds under the cursor", async () => {
    const { providers, model } = setup({ renameTarget: { range: range(1, 21, 26), text: "build" } });
    expect(await providers.rename.resolveRenameLocation(model, at(1, 22), live)).toEqual({
      range: monacoRange(1, 21, 26),
      text: "build",
    });
  });

  it("is refused on a word that is no stage or ARG, covering that word", async () => {
    const { providers, model } = setup({ renameTarget: null });
    expect(await providers.rename.resolveRenameLocation(model, at(2, 8), live)).toEqual({
      range: monacoRange(2, 6, 12),
      text: "alpine",
      rejectReason: NOTHING_TO_RENAME,
    });
  });
});

describe("a quick fix", () => {
  it("is a preferred quickfix tied to the marker with exactly its finding's range", async () => {
    const finding = { ...monacoRange(1, 21, 26), message: "Stage names are lowercase." };
    const neighbour = { ...monacoRange(1, 21, 27), message: "Something else." };
    const { providers, model, requests } = setup({
      quickFixes: [
        {
          title: "Write the stage name in lowercase",
          rule: "StageNameCasing",
          diagnosticRange: range(1, 21, 26),
          edits: [{ range: range(1, 21, 26), text: "build" }],
          preferred: true,
        },
      ],
    });
    const context = { markers: [neighbour, finding] } as unknown as MonacoApi.languages.CodeActionContext;
    const list = await providers.codeActions.provideCodeActions(model, selection(1, 1, 30), context, live);
    expect(requests).toEqual([{ query: "quickFixes", source: SOURCE, range: range(1, 1, 30) }]);
    expect(list?.actions).toEqual([
      {
        title: "Write the stage name in lowercase",
        kind: "quickfix",
        isPreferred: true,
        diagnostics: [finding],
        edit: {
          edits: [
            {
              resource: model.uri,
              versionId: VERSION,
              textEdit: { range: monacoRange(1, 21, 26), text: "build" },
            },
          ],
        },
      },
    ]);
  });
});

it("disposing the features disposes every registration", () => {
  const { handle, disposed } = setup();
  handle.dispose();
  expect(disposed.sort()).toEqual([
    "codeActions",
    "completion",
    "definition",
    "folding",
    "highlights",
    "hover",
    "outline",
    "references",
    "rename",
  ]);
});

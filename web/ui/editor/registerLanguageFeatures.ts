// Monaco's side of the language features: each provider sends the model's text and the cursor to the
// engine worker and maps the plain-data answer to Monaco's types. Nothing is parsed here.
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type {
  CompletionItem,
  LanguageAnswers,
  LanguageQuery,
  LanguageRequest,
  OutlineSymbol,
  Range as EngineRange,
} from "../../engine";

type Monaco = typeof MonacoApi;
type Model = MonacoApi.editor.ITextModel;

export interface LanguageFeatureOptions {
  /** Asks the engine one question about the editor's text. */
  ask(request: LanguageRequest): Promise<unknown>;
  /** The lesson that teaches a hover's topic, with its link (a hash route), or null. */
  lessonLink?(topic: string): { title: string; href: string } | null;
  /** A rename's edits are on their way into the text: what was renamed, for settings that name it. */
  onRenamed?(renamed: { kind: "stage" | "arg"; from: string; to: string }): void;
}

/** What a rename is refused with when the cursor is on nothing a rename understands. */
export const NOTHING_TO_RENAME = "Put the cursor on a stage name or an ARG name to rename it.";

/** Registers completion, hover, navigation, rename, outline, folding and quick fixes for `model`. */
export function registerLanguageFeatures(
  monaco: Monaco,
  model: Model,
  options: LanguageFeatureOptions,
): MonacoApi.IDisposable {
  const language = model.getLanguageId();
  const mine = (m: Model) => m === model;
  // A question that fails (the engine stopped) shows nothing rather than an error; one Monaco no
  // longer wants (the text moved on, the widget closed) is not sent, nor its answer used.
  async function ask<Q extends LanguageQuery>(
    request: Extract<LanguageRequest, { query: Q }>,
    token: MonacoApi.CancellationToken,
  ): Promise<LanguageAnswers[Q] | null> {
    if (token.isCancellationRequested) return null;
    const start = performance.now();
    try {
      const answer = (await options.ask(request)) as LanguageAnswers[Q];
      return token.isCancellationRequested ? null : answer;
    } catch {
      return null;
    } finally {
      // How long the engine took to answer, for `npm run bench:ui` (only the last of each kind is kept).
      const mark = `stageplay:${request.query}`;
      performance.clearMeasures(mark);
      performance.measure(mark, { start, end: performance.now() });
    }
  }
  const at = (position: MonacoApi.Position) => ({ line: position.lineNumber, column: position.column });
  const toRange = (r: EngineRange) =>
    new monaco.Range(r.start.line, r.start.column, r.end.line, r.end.column);
  const fromRange = (r: MonacoApi.IRange): EngineRange => ({
    start: { line: r.startLineNumber, column: r.startColumn },
    end: { line: r.endLineNumber, column: r.endColumn },
  });
  const textEdits = (edits: readonly { range: EngineRange; text: string }[], versionId: number) =>
    edits.map((e) => ({
      resource: model.uri,
      versionId,
      textEdit: { range: toRange(e.range), text: e.text },
    }));

  const completionKinds: Record<CompletionItem["kind"], MonacoApi.languages.CompletionItemKind> = {
    instruction: monaco.languages.CompletionItemKind.Keyword,
    flag: monaco.languages.CompletionItemKind.Property,
    value: monaco.languages.CompletionItemKind.Value,
    stage: monaco.languages.CompletionItemKind.Reference,
    image: monaco.languages.CompletionItemKind.Module,
    tag: monaco.languages.CompletionItemKind.EnumMember,
    variable: monaco.languages.CompletionItemKind.Variable,
    path: monaco.languages.CompletionItemKind.File,
  };
  const toCompletion = (item: CompletionItem): MonacoApi.languages.CompletionItem => ({
    label: { label: item.label, description: item.detail },
    kind:
      item.kind === "path" && item.label.endsWith("/")
        ? monaco.languages.CompletionItemKind.Folder
        : completionKinds[item.kind],
    detail: item.detail,
    documentation: item.documentation ? { value: item.documentation } : undefined,
    insertText: item.insertText,
    insertTextRules: item.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
    range: toRange(item.range),
    sortText: item.sortText,
    command: item.retrigger ? { id: "editor.action.triggerSuggest", title: "Suggest" } : undefined,
  });

  const symbolKinds: Record<OutlineSymbol["kind"], MonacoApi.languages.SymbolKind> = {
    stage: monaco.languages.SymbolKind.Module,
    instruction: monaco.languages.SymbolKind.Field,
    arg: monaco.languages.SymbolKind.Variable,
  };
  const toSymbol = (symbol: OutlineSymbol): MonacoApi.languages.DocumentSymbol => ({
    name: symbol.name,
    detail: symbol.detail,
    kind: symbolKinds[symbol.kind],
    tags: [],
    range: toRange(symbol.range),
    selectionRange: toRange(symbol.selectionRange),
    children: symbol.children.map(toSymbol),
  });

  const lessonLine = (topic: string | null) => {
    const lesson = topic ? options.lessonLink?.(topic) : null;
    if (!lesson) return [];
    // Monaco opens a hover's links by absolute URI; the editor's link opener keeps this app's pages here.
    const url = new URL(lesson.href, window.location.href).toString();
    return [{ value: `Taught in the lesson [${escapeMarkdown(lesson.title)}](${url}).` }];
  };

  const registrations = [
    monaco.languages.registerCompletionItemProvider(language, {
      triggerCharacters: ["-", "=", "$", "{", "/", ":", ",", " "],
      async provideCompletionItems(m, position, _context, token) {
        if (!mine(m)) return undefined;
        const items = await ask(
          { query: "completions", source: m.getValue(), position: at(position) },
          token,
        );
        return { suggestions: (items ?? []).map(toCompletion) };
      },
    }),
    monaco.languages.registerHoverProvider(language, {
      async provideHover(m, position, token) {
        if (!mine(m)) return undefined;
        const hover = await ask({ query: "hover", source: m.getValue(), position: at(position) }, token);
        if (!hover) return undefined;
        return {
          range: toRange(hover.range),
          contents: [{ value: hover.markdown }, ...lessonLine(hover.topic)],
        };
      },
    }),
    monaco.languages.registerDefinitionProvider(language, {
      async provideDefinition(m, position, token) {
        if (!mine(m)) return undefined;
        const ranges = await ask(
          { query: "definition", source: m.getValue(), position: at(position) },
          token,
        );
        return (ranges ?? []).map((r) => ({ uri: m.uri, range: toRange(r) }));
      },
    }),
    monaco.languages.registerReferenceProvider(language, {
      async provideReferences(m, position, context, token) {
        if (!mine(m)) return undefined;
        const ranges = await ask(
          {
            query: "references",
            source: m.getValue(),
            position: at(position),
            includeDefinition: context.includeDeclaration,
          },
          token,
        );
        return (ranges ?? []).map((r) => ({ uri: m.uri, range: toRange(r) }));
      },
    }),
    monaco.languages.registerDocumentHighlightProvider(language, {
      async provideDocumentHighlights(m, position, token) {
        if (!mine(m)) return undefined;
        const found = await ask(
          { query: "occurrences", source: m.getValue(), position: at(position) },
          token,
        );
        // Only stages and ARGs are highlighted: Monaco's fallback (every copy of the word under the
        // cursor: FROM, RUN, /app) marks keywords with a background their colour does not read on.
        return (found ?? []).map((o) => ({
          range: toRange(o.range),
          kind: o.definition
            ? monaco.languages.DocumentHighlightKind.Write
            : monaco.languages.DocumentHighlightKind.Read,
        }));
      },
    }),
    monaco.languages.registerRenameProvider(language, {
      async resolveRenameLocation(m, position, token) {
        if (!mine(m)) return undefined;
        const target = await ask(
          { query: "renameTarget", source: m.getValue(), position: at(position) },
          token,
        );
        if (target && "range" in target) return { range: toRange(target.range), text: target.text };
        const word = m.getWordAtPosition(position);
        const range = new monaco.Range(
          position.lineNumber,
          word?.startColumn ?? position.column,
          position.lineNumber,
          word?.endColumn ?? position.column,
        );
        return { range, text: word?.word ?? "", rejectReason: target?.rejected ?? NOTHING_TO_RENAME };
      },
      async provideRenameEdits(m, position, newName, token) {
        if (!mine(m)) return undefined;
        const versionId = m.getVersionId();
        const result = await ask(
          { query: "rename", source: m.getValue(), position: at(position), newName },
          token,
        );
        if (!result) return { edits: [], rejectReason: "The rename could not be worked out; try again." };
        if ("rejected" in result) return { edits: [], rejectReason: result.rejected };
        options.onRenamed?.(result.renamed);
        return { edits: textEdits(result.edits, versionId) };
      },
    }),
    monaco.languages.registerDocumentSymbolProvider(language, {
      displayName: "Stages",
      async provideDocumentSymbols(m, token) {
        if (!mine(m)) return undefined;
        const symbols = await ask({ query: "outline", source: m.getValue() }, token);
        return (symbols ?? []).map(toSymbol);
      },
    }),
    monaco.languages.registerFoldingRangeProvider(language, {
      async provideFoldingRanges(m, _context, token) {
        if (!mine(m)) return undefined;
        const ranges = await ask({ query: "folding", source: m.getValue() }, token);
        return (ranges ?? []).map((r) => ({ start: r.start, end: r.end }));
      },
    }),
    monaco.languages.registerCodeActionProvider(
      language,
      {
        async provideCodeActions(m, range, context, token) {
          if (!mine(m)) return undefined;
          const versionId = m.getVersionId();
          const fixes = await ask(
            { query: "quickFixes", source: m.getValue(), range: fromRange(range) },
            token,
          );
          const actions = (fixes ?? []).map((fix) => ({
            title: fix.title,
            kind: "quickfix",
            isPreferred: fix.preferred,
            diagnostics: context.markers.filter((marker) => sameRange(marker, fix.diagnosticRange)),
            edit: { edits: textEdits(fix.edits, versionId) },
          }));
          return { actions, dispose() {} };
        },
      },
      { providedCodeActionKinds: ["quickfix"] },
    ),
  ];
  return { dispose: () => registrations.forEach((r) => r.dispose()) };
}

function sameRange(marker: MonacoApi.IRange, range: EngineRange): boolean {
  return (
    marker.startLineNumber === range.start.line &&
    marker.startColumn === range.start.column &&
    marker.endLineNumber === range.end.line &&
    marker.endColumn === range.end.column
  );
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()#<>]/g, "\\$&");
}

// A stand-in for the parts of Monaco the language features adapter touches, for tests in Node.
import type * as MonacoApi from "monaco-editor/editor/editor.api";

type Monaco = typeof MonacoApi;
type Model = MonacoApi.editor.ITextModel;

/** The providers registered, named by what they provide. */
export interface Providers {
  completion: MonacoApi.languages.CompletionItemProvider;
  hover: MonacoApi.languages.HoverProvider;
  definition: MonacoApi.languages.DefinitionProvider;
  references: MonacoApi.languages.ReferenceProvider;
  highlights: MonacoApi.languages.DocumentHighlightProvider;
  rename: Required<MonacoApi.languages.RenameProvider>;
  outline: MonacoApi.languages.DocumentSymbolProvider;
  folding: MonacoApi.languages.FoldingRangeProvider;
  codeActions: MonacoApi.languages.CodeActionProvider;
}

class FakeRange {
  constructor(
    readonly startLineNumber: number,
    readonly startColumn: number,
    readonly endLineNumber: number,
    readonly endColumn: number,
  ) {}
}

/**
 * A `monaco` whose `register*Provider` functions keep the provider and note which registrations were
 * disposed. Each enum member's value is its own name (`kind: "Folder"`), so answers read plainly.
 */
export function fakeMonaco(): { monaco: Monaco; providers: Providers; disposed: string[] } {
  const providers: Partial<Providers> = {};
  const disposed: string[] = [];
  const register = (name: keyof Providers) => (_language: string, provider: unknown) => {
    Object.assign(providers, { [name]: provider });
    return { dispose: () => disposed.push(name) };
  };
  const members = (...names: string[]) => Object.fromEntries(names.map((name) => [name, name]));
  const languages = {
    registerCompletionItemProvider: register("completion"),
    registerHoverProvider: register("hover"),
    registerDefinitionProvider: register("definition"),
    registerReferenceProvider: register("references"),
    registerDocumentHighlightProvider: register("highlights"),
    registerRenameProvider: register("rename"),
    registerDocumentSymbolProvider: register("outline"),
    registerFoldingRangeProvider: register("folding"),
    registerCodeActionProvider: register("codeActions"),
    CompletionItemKind: members(
      ...["Keyword", "Property", "Value", "Reference", "Module", "EnumMember", "Variable", "File", "Folder"],
    ),
    CompletionItemInsertTextRule: members("InsertAsSnippet"),
    SymbolKind: members("Module", "Field", "Variable"),
    DocumentHighlightKind: members("Read", "Write"),
  };
  const monaco = { Range: FakeRange, languages } as unknown as Monaco;
  return { monaco, providers: providers as Providers, disposed };
}

/** A model of `text` at `versionId`, whose words are runs of letters, digits and `_`. */
export function fakeModel(text: string, versionId: number): Model {
  const lines = text.split("\n");
  return {
    uri: { path: "/Dockerfile" },
    getLanguageId: () => "dockerfile",
    getValue: () => text,
    getVersionId: () => versionId,
    getWordAtPosition: ({ lineNumber, column }: MonacoApi.Position) => {
      for (const match of (lines[lineNumber - 1] ?? "").matchAll(/\w+/g)) {
        const startColumn = match.index + 1;
        const endColumn = startColumn + match[0].length;
        if (startColumn <= column && column <= endColumn) return { word: match[0], startColumn, endColumn };
      }
      return null;
    },
  } as unknown as Model;
}

/** A cursor position (1-based line and column, as Monaco counts). */
export const at = (lineNumber: number, column: number) => ({ lineNumber, column }) as MonacoApi.Position;

/** A token Monaco has not cancelled. */
export const live = { isCancellationRequested: false } as MonacoApi.CancellationToken;

/** A range within one line, as Monaco writes it. */
export const monacoRange = (line: number, start: number, end: number): MonacoApi.IRange => ({
  startLineNumber: line,
  startColumn: start,
  endLineNumber: line,
  endColumn: end,
});

/** A selection within one line, for a code action question (the adapter reads only its numbers). */
export const selection = (line: number, start: number, end: number) =>
  monacoRange(line, start, end) as MonacoApi.Range;

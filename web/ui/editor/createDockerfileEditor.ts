import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { Diagnostic } from "../../engine";
import { syncModel, themeName } from "./modelSync";
import { appPageHash, ruleTargetUrl } from "../rules/ruleMarkerLink";
import { registerLanguageFeatures, type LanguageFeatureOptions } from "./registerLanguageFeatures";

type Monaco = typeof MonacoApi;

export type EditorTheme = "light" | "dark";

export interface DockerfileEditorOptions {
  value: string;
  theme: EditorTheme;
  ariaLabel: string;
  /** Called on every edit the learner makes (not on `setValue`). */
  onChange: (text: string) => void;
  /** Called when the cursor moves to another line. */
  onCursorLine?: (line: number) => void;
  /** Completion, hover, navigation, rename, the outline and quick fixes, answered by the engine. */
  language?: LanguageFeatureOptions;
}

export interface DockerfileEditor {
  getValue(): string;
  /** Replaces the text as one undoable edit, so Ctrl+Z brings the learner's text back. */
  setValue(text: string): void;
  setTheme(theme: EditorTheme): void;
  setMarkers(diagnostics: readonly Diagnostic[]): void;
  /** Scrolls to a line, puts the cursor there and highlights it for a moment; focuses the editor unless told not to. */
  revealLine(line: number, focus?: boolean): void;
  focus(): void;
  dispose(): void;
}

const MARKER_OWNER = "stageplay";

/**
 * Creates a Monaco editor for one Dockerfile inside `element`. Monaco is passed in, not imported,
 * so this module stays cheap to load and React only has to mount and dispose the handle.
 */
export function createDockerfileEditor(
  monaco: Monaco,
  element: HTMLElement,
  options: DockerfileEditorOptions,
): DockerfileEditor {
  const model = monaco.editor.createModel(options.value, "dockerfile");
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  const editor = monaco.editor.create(element, {
    model,
    theme: themeName(options.theme),
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    lineNumbersMinChars: 3,
    scrollBeyondLastLine: false,
    renderWhitespace: "selection",
    // Monaco dims the number of a last, empty line on Linux, to a contrast nobody can read.
    renderFinalNewline: "on",
    fixedOverflowWidgets: true,
    tabSize: 4,
    insertSpaces: true,
    padding: { top: 8 },
    // Suggestions come from the engine, which knows the file; words seen elsewhere in it are noise.
    wordBasedSuggestions: "off",
  });

  const sync = syncModel(editor, model, options.onChange);
  const languageFeatures = options.language
    ? registerLanguageFeatures(monaco, model, options.language)
    : null;

  let lastLine = 0;
  const cursorSubscription = editor.onDidChangeCursorPosition((e) => {
    if (e.position.lineNumber === lastLine) return;
    lastLine = e.position.lineNumber;
    options.onCursorLine?.(lastLine);
  });
  // A rule name in a marker's hover that links a page of this app opens it here, not in a new window.
  const ruleLinks = monaco.editor.registerLinkOpener({
    open(uri) {
      const hash = appPageHash(uri.toString(true), window.location.href);
      if (hash === null) return false;
      window.location.hash = hash;
      return true;
    },
  });
  const markerCode = (rule: string | null) => {
    const target = ruleTargetUrl(rule, window.location.href);
    return target && rule ? { value: rule, target: monaco.Uri.parse(target) } : (rule ?? undefined);
  };
  const revealed = editor.createDecorationsCollection();
  let fade: ReturnType<typeof setTimeout> | undefined;

  const severities: Record<Diagnostic["severity"], MonacoApi.MarkerSeverity> = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };

  return {
    getValue: () => model.getValue(),
    setValue: sync.setValue,
    setTheme: (theme) => monaco.editor.setTheme(themeName(theme)),
    setMarkers(diagnostics) {
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        diagnostics.map((d) => ({
          severity: severities[d.severity],
          message: d.fix ? `${d.message}\n${d.fix}` : d.message,
          code: markerCode(d.rule),
          startLineNumber: d.range.start.line,
          startColumn: d.range.start.column,
          endLineNumber: d.range.end.line,
          endColumn: d.range.end.column,
        })),
      );
    },
    revealLine(line, focus = true) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: 1 });
      revealed.set([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, className: "revealed-line" },
        },
      ]);
      clearTimeout(fade);
      fade = setTimeout(() => revealed.clear(), 2000);
      if (focus) editor.focus();
    },
    focus: () => editor.focus(),
    dispose() {
      clearTimeout(fade);
      cursorSubscription.dispose();
      ruleLinks.dispose();
      languageFeatures?.dispose();
      sync.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}

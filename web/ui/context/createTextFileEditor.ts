import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { EditorTheme } from "../editor/createDockerfileEditor";
import { syncModel, themeName } from "../editor/modelSync";

type Monaco = typeof MonacoApi;

export interface TextFileEditorOptions {
  value: string;
  theme: EditorTheme;
  ariaLabel: string;
  /** Called on every edit the learner makes (not on `setValue`). */
  onChange: (text: string) => void;
}

export interface TextFileEditor {
  /** Replaces the text as one undoable edit (a reset, an undo of a reset). */
  setValue(text: string): void;
  setLabel(label: string): void;
  setTheme(theme: EditorTheme): void;
  focus(): void;
  dispose(): void;
}

/**
 * A small Monaco editor for one build-context file, in its own model. Plain text: only the
 * Dockerfile grammar is bundled, and requirements.txt or .dockerignore need no colours to be read.
 */
export function createTextFileEditor(
  monaco: Monaco,
  element: HTMLElement,
  options: TextFileEditorOptions,
): TextFileEditor {
  const model = monaco.editor.createModel(options.value, "plaintext");
  model.setEOL(monaco.editor.EndOfLineSequence.LF);
  const editor = monaco.editor.create(element, {
    model,
    theme: themeName(options.theme),
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    lineNumbersMinChars: 2,
    scrollBeyondLastLine: false,
    wordWrap: "on",
    renderLineHighlight: "none",
    overviewRulerLanes: 0,
    fixedOverflowWidgets: true,
    padding: { top: 6 },
    // Tab leaves the editor, as in any form field: these files never need a tab character.
    tabFocusMode: true,
  });

  const sync = syncModel(editor, model, options.onChange);

  return {
    setValue: sync.setValue,
    setLabel: (ariaLabel) => editor.updateOptions({ ariaLabel }),
    setTheme: (theme) => monaco.editor.setTheme(themeName(theme)),
    focus: () => editor.focus(),
    dispose() {
      sync.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}

// What every Monaco editor of the app shares: the theme names, and a model whose text the learner
// types and the store may replace.
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { EditorTheme } from "./createDockerfileEditor";

/** Monaco's theme for the app's resolved theme. */
export function themeName(theme: EditorTheme): string {
  return theme === "dark" ? "stageplay-dark" : "vs";
}

export interface ModelSync {
  /** Replaces the text as one undoable edit, so Ctrl+Z brings the learner's text back; no `onChange` for it. */
  setValue(text: string): void;
  dispose(): void;
}

/** Reports the learner's edits of `model` to `onChange`, and lets the store replace its text without echo. */
export function syncModel(
  editor: MonacoApi.editor.ICodeEditor,
  model: MonacoApi.editor.ITextModel,
  onChange: (text: string) => void,
): ModelSync {
  let applyingExternal = false;
  const subscription = model.onDidChangeContent(() => {
    if (!applyingExternal) onChange(model.getValue());
  });
  return {
    setValue(text) {
      if (text === model.getValue()) return;
      applyingExternal = true;
      try {
        editor.pushUndoStop();
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        editor.pushUndoStop();
      } finally {
        applyingExternal = false;
      }
    },
    dispose: () => subscription.dispose(),
  };
}

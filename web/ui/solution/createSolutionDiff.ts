import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { EditorTheme } from "../editor/createDockerfileEditor";
import { themeName } from "../editor/modelSync";
import type { DiffLayout } from "./diffLayout";

type Monaco = typeof MonacoApi;

export interface SolutionDiffOptions {
  /** The learner's text: the diff's original side. */
  current: string;
  /** The lesson's solution: the diff's modified side. */
  solution: string;
  theme: EditorTheme;
  layout: DiffLayout;
}

export interface SolutionDiff {
  setLayout(layout: DiffLayout): void;
  setTheme(theme: EditorTheme): void;
  /** Disposes the editor, then both texts' models. */
  dispose(): void;
}

/**
 * A read-only Monaco diff editor of the learner's Dockerfile against the solution, inside `element`.
 * Monaco is passed in, so this module costs nothing until the dialog opens.
 */
export function createSolutionDiff(
  monaco: Monaco,
  element: HTMLElement,
  options: SolutionDiffOptions,
): SolutionDiff {
  const original = monaco.editor.createModel(options.current, "dockerfile");
  const modified = monaco.editor.createModel(options.solution, "dockerfile");
  const editor = monaco.editor.createDiffEditor(element, {
    theme: themeName(options.theme),
    readOnly: true,
    originalEditable: false,
    renderSideBySide: options.layout === "side-by-side",
    // The dialog decides the layout and labels its columns to match; Monaco must not switch on its own.
    useInlineViewWhenSpaceIsLimited: false,
    enableSplitViewResizing: false,
    renderMarginRevertIcon: false,
    renderOverviewRuler: false,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    wordWrap: "on",
    fontSize: 14,
    lineNumbersMinChars: 3,
  });
  editor.setModel({ original, modified });
  // Monaco drops `originalAriaLabel`/`modifiedAriaLabel` and blanks the inner editors' labels at each
  // option change, which leaves a screen reader two unnamed text boxes: name them after each change.
  const label = () => {
    editor.getOriginalEditor().updateOptions({ ariaLabel: "Your Dockerfile" });
    editor.getModifiedEditor().updateOptions({ ariaLabel: "The solution's Dockerfile" });
  };
  label();
  return {
    setLayout(layout) {
      editor.updateOptions({ renderSideBySide: layout === "side-by-side" });
      label();
    },
    setTheme: (theme) => monaco.editor.setTheme(themeName(theme)),
    dispose() {
      editor.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}

// Loaded lazily (import("./monacoSetup")) once the shell is interactive. Only the editor API, the
// features a learner uses (find, folding, completion, hover, quick fixes, rename, go to definition,
// the outline, the diff editor, the keyboard and accessibility commands) and the dockerfile grammar:
// a bare `import "monaco-editor"` would pull every language worker (about 14 MB), and
// `features/register.all` adds inline completions, sticky scroll, colour pickers, code lenses and
// more that a Dockerfile editor never shows (about 470 kB). Everything is bundled; nothing comes
// from a CDN.
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/codeAction/register";
import "monaco-editor/features/codeEditor/register";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/diffEditor/register";
import "monaco-editor/features/documentSymbols/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/gotoLine/register";
import "monaco-editor/features/gotoSymbol/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/inlayHints/register";
import "monaco-editor/features/lineSelection/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/quickCommand/register";
import "monaco-editor/features/quickHelp/register";
import "monaco-editor/features/quickOutline/register";
import "monaco-editor/features/readOnlyMessage/register";
import "monaco-editor/features/referenceSearch/register";
import "monaco-editor/features/rename/register";
import "monaco-editor/features/smartSelect/register";
import "monaco-editor/features/snippet/register";
import "monaco-editor/features/suggest/register";
// features/suggest only adds the suggestions' inline mode; the list itself is this controller, which
// only features/inlineCompletions (left out) would otherwise pull in.
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/features/toggleHighContrast/register";
import "monaco-editor/features/toggleTabFocusMode/register";
import "monaco-editor/features/tokenization/register";
import "monaco-editor/features/unicodeHighlighter/register";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
import "monaco-editor/languages/definitions/dockerfile/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import { StandaloneServices } from "monaco-editor/editor/standalone/browser/standaloneServices";
import { IConfigurationService } from "monaco-editor/platform/configuration/common/configuration";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// The quick-fix menu's "Quick Fix" heading is a separator inside its listbox, carrying list-item
// attributes: screen readers and axe take it for a broken option. Each fix's title says what it is.
// A workbench setting with no editor option, so it is set on Monaco's configuration service.
StandaloneServices.get<{ updateValue(key: string, value: unknown): void }>(IConfigurationService).updateValue(
  "editor.codeActionWidget.showHeaders",
  false,
);

// vs-dark's comment green (#6A9955) is under 4.5:1 on its background; this one reads at about 7:1.
monaco.editor.defineTheme("stageplay-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [{ token: "comment", foreground: "8DB87A" }],
  colors: {},
});

export { monaco };
export type Monaco = typeof monaco;

// Loaded lazily (import("./monacoSetup")) once the shell is interactive. Only the editor API, its
// features and the dockerfile grammar: a bare `import "monaco-editor"` would pull every language
// worker (about 14 MB). Everything is bundled; nothing comes from a CDN.
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/dockerfile/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export { monaco };
export type Monaco = typeof monaco;

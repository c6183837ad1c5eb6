// Loaded lazily (import("./monacoSetup")) once the shell is interactive. Only the editor API, its
// features and the dockerfile grammar: a bare `import "monaco-editor"` would pull every language
// worker (about 14 MB). Everything is bundled; nothing comes from a CDN.
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/register.all";
import "monaco-editor/languages/definitions/dockerfile/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// vs-dark's comment green (#6A9955) is under 4.5:1 on its background; this one reads at about 7:1.
monaco.editor.defineTheme("stageplay-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [{ token: "comment", foreground: "8DB87A" }],
  colors: {},
});

export { monaco };
export type Monaco = typeof monaco;

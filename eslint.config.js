import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const engineBoundary =
  "web/engine is a pure library: it runs in Node (tests, CLI), the browser and a Web Worker, " +
  "so it must not depend on React, the DOM, Monaco or zustand. Put UI code in web/ui and state in web/state.";

export default tseslint.config(
  // Lessons' build-context files are the learner's sample apps (data for the simulated COPY), not Stageplay's code.
  {
    ignores: [
      "dist",
      "reports",
      "test-results",
      "playwright-report",
      "node_modules",
      ".scratch*",
      "lessons/*/context",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["web/ui/**/*.{ts,tsx}", "web/main.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["web/engine/**/*.ts"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react/*", "react-dom", "react-dom/*"], message: engineBoundary },
            { group: ["monaco-editor", "monaco-editor/*"], message: engineBoundary },
            { group: ["zustand", "zustand/*"], message: engineBoundary },
            { group: ["**/ui/**", "**/state/**", "**/content/**", "**/cli/**"], message: engineBoundary },
            { group: ["node:*", "fs", "path", "child_process"], message: engineBoundary },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "sessionStorage", "HTMLElement"].map(
          (name) => ({
            name,
            message: engineBoundary,
          }),
        ),
      ],
    },
  },
  {
    files: ["web/engine/**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);

import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";
import react from "@vitejs/plugin-react";
import { coursePlugin } from "./web/content/coursePlugin.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The built app may talk to its own origin only: Monaco and everything else are bundled, and this
// policy makes any request to another host fail loudly. Dev is left alone: React's refresh preamble
// is an inline script.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "stageplay-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  root: here("web"),
  publicDir: here("public"),
  plugins: [react(), coursePlugin(here("lessons")), contentSecurityPolicy()],
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      checks: { pluginTimings: false },
      // The engine is pure (DESIGN.md): its modules do nothing when imported, so a view that needs
      // only `formatSize` does not pull the image catalog into the first load.
      treeshake: { moduleSideEffects: [{ test: /[\\/]web[\\/]engine[\\/]/, sideEffects: false }] },
    },
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 },
  test: {
    root: here("."),
    include: ["web/**/*.test.{ts,tsx}", "tools/**/*.test.ts"],
    environment: "node",
    // Each test file in a fresh process spent 80 of the suite's 110 s importing the engine again;
    // files share worker threads instead (no test keeps global state between files).
    pool: "threads",
    isolate: false,
    // CI reads the JSON report to count tests (see .ci/run).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: "reports/unit.json" },
  },
});

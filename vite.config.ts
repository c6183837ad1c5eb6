import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    chunkSizeWarningLimit: 4096,
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  test: {
    include: ["web/**/*.test.{ts,tsx}", "tools/**/*.test.ts"],
    environment: "node",
  },
});

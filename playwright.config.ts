import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Which Chromium runs the suite: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's
// own download (`npx playwright install chromium`, on a machine with internet).
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

// Several checkouts (or builds) can be tested at once: E2E_PORT and E2E_DIST pick the server's port and
// the built app it serves.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The built app to serve: the build's own outDir unless E2E_DIST names another (an absolute path).
const OUT_DIR = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : "";

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_PORT ? `test-results-${process.env.E2E_PORT}` : "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["line"], ["json", { outputFile: "reports/e2e.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace costs every test a sixth of its time; in CI a failing test is retried once,
    // with a trace. Locally (no retries) a failing test keeps its trace.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath,
          // Without the background-networking flags Chromium keeps trying Google's hosts, which this
          // closed network refuses.
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort${OUT_DIR}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

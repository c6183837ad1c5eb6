// The browser context both UI benchmarks open: a desktop window whose saved playground document is
// `text` (typing or pasting thousands of lines into Monaco takes minutes).
import type { Browser, BrowserContext } from "@playwright/test";

export async function playgroundWith(browser: Browser, text: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx wraps named functions, those in page.evaluate's callbacks too, in a `__name` helper.
  await context.addInitScript("globalThis.__name = (f) => f");
  await context.addInitScript(
    (saved) => localStorage.setItem("stageplay", saved),
    JSON.stringify({ state: { documents: { playground: text } }, version: 1 }),
  );
  return context;
}

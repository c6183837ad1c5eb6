// The editor's answers for `npm run bench:ui`: completion and hover on a file, timed in Chromium as
// a learner meets them. For each, the engine's answer (the provider's question to its answer,
// `stageplay:completions` / `stageplay:hover`), the worker's share of it, and the keydown to the
// widget on screen.
import type { Browser, Page } from "@playwright/test";
import { playgroundWith } from "./benchPage";

interface Place {
  line: number;
  column: number;
}

/** Each figure's name and its samples in ms. */
export type EditorTimes = Record<string, number[]>;

/**
 * Opens the playground with `text` and asks `rounds` times: completion of the stage after
 * `COPY --from=` and of the image after `FROM ` (Ctrl+Space, the text settled), completion after
 * typing a new `COPY --from=` line (the "=" asks while its keystrokes are being analyzed), and the
 * hover on FROM and on a `--from=` stage (Ctrl+K Ctrl+I, Monaco's keyboard hover).
 */
export async function timeEditorAnswers(
  browser: Browser,
  address: string,
  text: string,
  rounds: number,
  settle: (page: Page) => Promise<void>,
): Promise<EditorTimes> {
  const context = await playgroundWith(browser, text);
  await context.addInitScript(() => {
    const w = window as unknown as { stageplayKeys: number[] };
    w.stageplayKeys = [];
    window.addEventListener("keydown", () => w.stageplayKeys.push(performance.now()), { capture: true });
  });
  const page = await context.newPage();
  // Where a learner completes: a stage named by its name, an image written out (not `${BASE}`).
  const copyFrom = placesAfter(text, /^COPY --from=(?=[a-z])/);
  const from = placesAfter(text, /^FROM (?=[a-z])/);
  const times: EditorTimes = {};
  const record = (what: string, ms: number | null) => {
    if (ms !== null) (times[what] ??= []).push(ms);
  };
  const goTo = async (place: Place) => {
    await page.keyboard.press("Control+G");
    await page.keyboard.type(`${place.line}:${place.column}`);
    await page.keyboard.press("Enter");
  };
  const timeIt = async (what: string, widget: "suggest" | "hover") => {
    const seen = await timeToWidget(page, widget);
    record(`${what}: the engine's answer`, seen.answer);
    record(`${what}: in the worker`, seen.inWorker);
    record(`${what}: keydown to the ${widget === "suggest" ? "list" : "hover"} on screen`, seen.shown);
    await page.keyboard.press("Escape");
    await page.waitForTimeout(50);
  };
  try {
    await page.goto(`${address}#/playground`);
    const view = page.locator(".monaco-editor .view-lines");
    await view.waitFor({ timeout: 180_000 });
    await settle(page);
    await view.click();
    for (let round = 0; round < rounds; round++) {
      const copy = copyFrom[round % copyFrom.length];
      const image = from[round % from.length];
      if (!copy || !image) break;
      await goTo(copy);
      await page.keyboard.press("Control+Space");
      await timeIt("completion after COPY --from=", "suggest");
      await goTo(image);
      await page.keyboard.press("Control+Space");
      await timeIt("completion after FROM", "suggest");
      // A new last line typed at the learner's pace ("=" opens the list by itself), then deleted
      // with Monaco's "Delete line", which leaves every other line where it was.
      await page.keyboard.press("Control+End");
      await page.keyboard.press("Enter");
      await page.keyboard.type("COPY --from=", { delay: 60 });
      await timeIt("completion while typing COPY --from=", "suggest");
      await page.keyboard.press("Control+Shift+K");
      await goTo({ line: image.line, column: 2 });
      await page.keyboard.press("Control+K");
      await page.keyboard.press("Control+I");
      await timeIt("hover on FROM", "hover");
      await goTo(copy);
      await page.keyboard.press("Control+K");
      await page.keyboard.press("Control+I");
      await timeIt("hover on a --from= stage", "hover");
    }
    // Each question starts from the same text: a round that left an edit behind would move the places.
    const after = await page.evaluate(() => localStorage.getItem("stageplay") ?? "");
    if (!after.includes(JSON.stringify(text)))
      console.warn("  (the editor's text changed during the questions: later places may be off)");
    return times;
  } finally {
    await context.close();
  }
}

/** Where the cursor goes just after each match of `pattern` at a line's start. */
function placesAfter(text: string, pattern: RegExp): Place[] {
  return text.split("\n").flatMap((line, i) => {
    const match = pattern.exec(line);
    return match ? [{ line: i + 1, column: match.index + match[0].length + 1 }] : [];
  });
}

/**
 * Time from the last keydown until Monaco's suggest list (with items) or hover shows, and how long
 * the engine and its worker took to answer; null where it did not happen within 5 s.
 */
async function timeToWidget(
  page: Page,
  widget: "suggest" | "hover",
): Promise<{ shown: number | null; answer: number | null; inWorker: number | null }> {
  return page.evaluate(async (widget) => {
    const w = window as unknown as { stageplayKeys: number[] };
    const pressed = w.stageplayKeys[w.stageplayKeys.length - 1] ?? 0;
    const shown = () =>
      widget === "suggest"
        ? // Monaco adds `.visible` 100 ms later, for its fade-in: the list is on screen before that.
          // (It is a fixed-position overflow widget: offsetParent is always null.)
          [...document.querySelectorAll<HTMLElement>(".suggest-widget")].some(
            (e) => e.getClientRects().length > 0 && e.querySelector(".monaco-list-row") !== null,
          )
        : [...document.querySelectorAll<HTMLElement>(".monaco-hover-content")].some(
            (e) => e.offsetParent !== null && (e.textContent ?? "").trim() !== "",
          );
    const onScreen = await new Promise<number | null>((resolve) => {
      const check = () => {
        if (!shown()) return false;
        observer.disconnect();
        resolve(performance.now() - pressed);
        return true;
      };
      const observer = new MutationObserver(check);
      if (check()) return;
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 5_000);
    });
    const after = (name: string) => performance.getEntriesByName(name).find((e) => e.startTime >= pressed);
    const answer = after(widget === "suggest" ? "stageplay:completions" : "stageplay:hover");
    const work = after("stageplay:language-in-worker");
    return { shown: onScreen, answer: answer?.duration ?? null, inWorker: work?.duration ?? null };
  }, widget);
}

import { expect, test, type Browser } from "@playwright/test";
import LZString from "lz-string";
import { ImageTab } from "./pages/ImageTab";
import { PlaygroundPage } from "./pages/PlaygroundPage";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";

/** A fresh browser profile: nothing saved, as on the machine of whoever the link was sent to. */
async function freshPlayground(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  return { context, playground: new PlaygroundPage(await context.newPage()) };
}

/** Makes a link from the static site example with a line of one's own, read from the clipboard. */
async function makeLink(playground: PlaygroundPage): Promise<string> {
  await playground.open();
  await playground.openExample("Static site, copied into nginx");
  await playground.app.typeAtStart("# shared by A\n");
  await playground.app.expectEditorToContain("# shared by A");
  await playground.shareButton.click();
  await expect(playground.shareStatus).toHaveText(/^Link copied\. .*\(3 files\)/);
  return playground.page.evaluate(() => navigator.clipboard.readText());
}

test.describe("a share link", () => {
  test("carries the Dockerfile and its build context to another browser", async ({ browser, baseURL }) => {
    test.slow(); // two browsers, each loading the editor
    const sender = await browser.newContext({ baseURL, permissions: ["clipboard-read", "clipboard-write"] });
    const link = await makeLink(new PlaygroundPage(await sender.newPage()));
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/share\/[A-Za-z0-9+\-$]+$/);
    await sender.close();

    const { context, playground } = await freshPlayground(browser, baseURL);
    await playground.page.goto(link);
    await expect(playground.page).toHaveURL(/#\/playground$/);
    await playground.editorReady();
    await playground.app.expectEditorToContain("# shared by A");
    await playground.app.expectEditorToContain("COPY site/ /usr/share/nginx/html/");
    // The three files arrived: the COPY layer weighs what they weigh.
    const image = new ImageTab(playground.app);
    await image.open();
    await expect(image.layers).toContainText("721B");
    await expect(image.verdict).toContainText("Starts");
    await playground.app.expectNoErrorsAndNoForeignRequests();
    await context.close();
  });

  test("is shown to copy by hand when the clipboard cannot be used", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    const playground = new PlaygroundPage(page);
    await playground.open();
    const link = await playground.shareLinkByHand();
    expect(link).toMatch(/\/#\/share\/[A-Za-z0-9+\-$]+$/);
    await expect(playground.shareStatus).toContainText("copy by hand");
    expect(
      await playground.linkField.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!),
    ).toBe(link.length);
    await expect(playground.linkField).toHaveAttribute("readonly", "");
  });

  test("asks before it replaces edited work, and Keep my playground keeps it", async ({
    page,
    browser,
    baseURL,
  }) => {
    const sender = await browser.newContext({ baseURL, permissions: ["clipboard-read", "clipboard-write"] });
    const link = await makeLink(new PlaygroundPage(await sender.newPage()));
    await sender.close();

    const playground = new PlaygroundPage(page);
    await playground.open();
    await playground.app.typeAtStart("# my own work\n");
    await playground.app.expectEditorToContain("# my own work");

    await page.goto(link);
    const question = playground.heading("Open the shared Dockerfile?");
    await expect(question).toBeFocused();
    await expect(page.getByRole("main")).toContainText(
      "This link holds a Dockerfile of 4 lines and a build context of 3 files (721B). Opening it replaces your playground's text and build context",
    );
    await expect(page.getByRole("region", { name: "The shared Dockerfile" })).toContainText("# shared by A");
    await page.getByRole("button", { name: "Keep my playground" }).click();
    await expect(page).toHaveURL(/#\/playground$/);
    await playground.app.expectEditorToContain("# my own work");

    await page.goto(link);
    await page.getByRole("button", { name: "Open the shared Dockerfile" }).click();
    await expect(page).toHaveURL(/#\/playground$/);
    await playground.app.expectEditorToContain("# shared by A");
    await expect(playground.app.editorText).not.toContainText("# my own work");
  });

  test("that is broken says what is wrong and changes nothing", async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open();
    await playground.app.typeAtStart("# my own work\n");
    await playground.app.expectEditorToContain("# my own work");

    await page.goto("/#/share/N4IgdghgtgpiBcIDCB7");
    await expect(playground.heading("This share link cannot be opened")).toBeFocused();
    await expect(page.getByRole("main")).toContainText("cannot be read");
    await expect(page.getByRole("main")).toContainText("Nothing was changed");
    await page.getByRole("link", { name: "go to your playground" }).click();
    await playground.app.expectEditorToContain("# my own work");
  });

  test("is not made for a playground too large for one, and says which file to remove", async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open();
    await playground.app.typeAtStart("# mine\n");
    await playground.app.expectEditorToContain("# mine");
    // The app saves after a pause in typing; change the saved state only once that save has landed.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("stageplay")?.includes("# mine") ?? false))
      .toBe(true);
    // A large text file in the build context, as the Context tab would add it; random text barely compresses.
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem("stageplay")!);
      const words = Array.from({ length: 2500 }, () => Math.random().toString(36).slice(2)).join("\n");
      saved.state.contexts = {
        playground: [{ path: "data/words.txt", sizeBytes: words.length, content: words }],
      };
      localStorage.setItem("stageplay", JSON.stringify(saved));
    });
    await page.reload();
    await playground.editorReady();
    await playground.shareButton.click();
    await expect(playground.shareStatus).toContainText("This playground is too large for a link");
    await expect(playground.shareStatus).toContainText("a share link holds at most 16,000");
    await expect(playground.shareStatus).toContainText(
      "Remove large text files from the build context (the largest: data/words.txt",
    );
    await expect(playground.linkField).toHaveCount(0);
  });

  test("pages have no serious or critical axe violation in the light and dark themes", async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open();
    await playground.app.typeAtStart("# mine\n");
    await playground.app.expectEditorToContain("# mine");

    const data = LZString.compressToEncodedURIComponent(
      JSON.stringify({
        v: 1,
        dockerfile: "FROM alpine:3.23\nCOPY notes.txt /\n",
        context: [
          { path: "notes.txt", sizeBytes: 6, content: "hello\n" },
          { path: "photo.jpg", sizeBytes: 120_000 },
        ],
      }),
    );
    await page.goto(`/#/share/${data}`);
    await expect(playground.heading("Open the shared Dockerfile?")).toBeFocused();
    await expect(page.getByRole("main")).toContainText("photo.jpg 120kB (its size only)");
    await expectNoSeriousViolationsInBothThemes(page, "main");

    await page.goto("/#/share/broken");
    await expect(playground.heading("This share link cannot be opened")).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page, "main");
  });
});

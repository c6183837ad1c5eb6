import { expect, test } from "@playwright/test";
import { ImageTab } from "./pages/ImageTab";
import { PlaygroundPage } from "./pages/PlaygroundPage";
import { expectNoSeriousViolations, expectNoSeriousViolationsInBothThemes } from "./pages/axe";

test.describe("the playground's example gallery", () => {
  test("opens an example with its build context", async ({ page }) => {
    const playground = new PlaygroundPage(page);
    const image = new ImageTab(playground.app);
    await playground.open();
    await playground.openExample("Static site, copied into nginx");

    await playground.app.expectEditorToContain("COPY site/ /usr/share/nginx/html/");
    await expect(playground.galleryStatus).toHaveText(/^Opened “Static site, copied into nginx”/);
    await expect(playground.example("Static site, copied into nginx")).toContainText("In the playground now");

    // The COPY finds the three files of the example's context: the layer weighs what they weigh.
    await image.open();
    await expect(image.verdict).toContainText("Starts");
    await expect(image.layers).toContainText("COPY site/ /usr/share/nginx/html/");
    await expect(image.layers).toContainText("721B");
    await playground.app.expectNoErrorsAndNoForeignRequests();
  });

  test("starts with a context that holds what the starter copies", async ({ page }) => {
    const playground = new PlaygroundPage(page);
    const image = new ImageTab(playground.app);
    await playground.open();
    await playground.app.tab("Checks").click();
    await expect(playground.app.tabPanel).not.toContainText("not found");
    await image.open();
    await expect(image.verdict).toContainText("Starts");
  });

  test("asks before replacing edited work, and Keep mine keeps it", async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open();
    await playground.app.typeAtStart("# my own work\n");
    await playground.app.expectEditorToContain("# my own work");

    const open = playground.gallery.getByRole("button", { name: "Open Go, static binary on scratch" });
    await open.click();
    await expect(playground.replaceDialog).toBeVisible();
    await expect(playground.replaceDialog).toContainText(
      "Opening “Go, static binary on scratch” replaces both",
    );
    await expect(playground.replaceDialog.getByRole("button", { name: "Keep mine" })).toBeFocused();
    await expectNoSeriousViolations(page);
    await playground.replaceDialog.getByRole("button", { name: "Keep mine" }).click();
    await expect(playground.replaceDialog).toBeHidden();
    await expect(open).toBeFocused();
    await playground.app.expectEditorToContain("# my own work");

    // Escape keeps it too.
    await open.click();
    await expect(playground.replaceDialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(playground.replaceDialog).toBeHidden();
    await page.reload();
    await playground.editorReady();
    await playground.app.expectEditorToContain("# my own work");

    await open.click();
    await playground.replaceDialog.getByRole("button", { name: "Replace" }).click();
    await playground.app.expectEditorToContain("FROM scratch");
    await expect(playground.app.editorText).not.toContainText("# my own work");
    await expect(playground.galleryStatus).toHaveText(/^Opened “Go, static binary on scratch”/);

    // An example holds nothing to lose: the next one opens without a question.
    await playground.openExample("Rust, static musl binary on scratch");
    await playground.app.expectEditorToContain("FROM rust:1.98-alpine AS build");
    await expect(playground.replaceDialog).toHaveCount(0);
    await playground.app.expectNoErrorsAndNoForeignRequests();
  });

  test("has no serious or critical axe violation in the light and dark themes", async ({ page }) => {
    // Without a clipboard the link shows in a field, which is checked too.
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    const playground = new PlaygroundPage(page);
    await playground.open();
    await playground.openExample("Java, JDK build, JRE runtime");
    await expect(playground.galleryStatus).toContainText("Opened");
    await playground.shareLinkByHand();
    await expectNoSeriousViolationsInBothThemes(page, '[role="region"][aria-label="Playground"]');
  });

  test("fits a 390 px wide phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const playground = new PlaygroundPage(page);
    await playground.open();
    const pane = playground.app.playground;
    expect(await pane.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await playground.openExample("Node build, served by nginx");
    await playground.app.expectEditorToContain("FROM nginx:1.30-alpine");
    await expect(playground.shareButton).toBeVisible();
  });
});

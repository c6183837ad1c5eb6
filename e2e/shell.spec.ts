import { expect, test } from "@playwright/test";
import { StageplayPage } from "./pages/StageplayPage";

test.describe("the app shell", () => {
  test("opens the playground with its own document", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    await page.getByRole("link", { name: "Playground" }).click();
    await expect(page).toHaveURL(/#\/playground$/);
    await expect(app.playground.getByRole("heading", { name: "Your own Dockerfile" })).toBeVisible();
    await app.editorReady();
    await app.expectEditorToContain("FROM golang:1.26-alpine AS build");
    await app.typeAtStart("# playground note\n");
    await page.getByRole("link", { name: "Course" }).click();
    await page.getByRole("link", { name: "Lesson 1: Why images get fat" }).click();
    await app.expectEditorToContain("FROM python:alpine3.7");
    await page.goBack();
    await page.goBack();
    await app.expectEditorToContain("# playground note");
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("says so when an address leads nowhere", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/no-such-lesson");
    await expect(page.getByRole("heading", { name: /There is nothing at/ })).toBeVisible();
    await page.getByRole("link", { name: "Start the course" }).click();
    await expect(app.lesson).toBeVisible();
  });

  test("switches between light and dark themes and remembers the choice", async ({ page }) => {
    const app = new StageplayPage(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await app.open("#/playground");
    const html = page.locator("html");
    await expect(html).toHaveAttribute("data-theme", "dark");
    await page.getByRole("button", { name: /Theme: System/ }).click();
    await expect(html).toHaveAttribute("data-theme", "light");
    await page.reload();
    await expect(html).toHaveAttribute("data-theme", "light");
    await page.getByRole("button", { name: /Theme: Light/ }).click();
    await expect(html).toHaveAttribute("data-theme", "dark");
  });

  test("recovers from unreadable saved data with a visible notice", async ({ page }) => {
    const app = new StageplayPage(page);
    // Damage the saved state from a page of the same origin where the app is not running, so the
    // app cannot save over it before it loads.
    await page.goto("/favicon.svg");
    await page.evaluate(() => localStorage.setItem("stageplay", "{ not json"));
    await app.open("#/playground");
    await expect(app.notice).toBeVisible();
    await app.editorReady();
    await app.expectEditorToContain("FROM golang");
    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(app.notice).toHaveCount(0);
  });

  test("resizes the lesson pane with the keyboard", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    const splitter = page.getByRole("separator", { name: "Resize lesson" });
    const before = await app.lesson.boundingBox();
    await splitter.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
    await expect
      .poll(async () => (await app.lesson.boundingBox())!.width)
      .toBeGreaterThan(before!.width + 80);
  });

  test("stacks the panes on a 390 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    await app.editorReady();
    const lesson = (await app.lesson.boundingBox())!;
    const editor = (await page.getByRole("region", { name: "Editor" }).boundingBox())!;
    expect(lesson.width).toBeLessThanOrEqual(390);
    expect(editor.y).toBeGreaterThan(lesson.y + lesson.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("two tabs", () => {
  test("a second tab picks up what the first one typed instead of overwriting it", async ({ context }) => {
    const first = new StageplayPage(await context.newPage());
    const second = new StageplayPage(await context.newPage());
    await first.open("#/playground");
    await second.open("#/playground");
    await second.editorReady();
    await first.typeAtStart("# typed in the first tab\n");
    await second.expectEditorToContain("# typed in the first tab");
    await second.typeAtStart("# and in the second\n");
    await first.expectEditorToContain("# and in the second");
    await first.expectEditorToContain("# typed in the first tab");
  });
});

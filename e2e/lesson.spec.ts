import { expect, test } from "@playwright/test";
import { StageplayPage } from "./pages/StageplayPage";

test.describe("a learner on lesson 1", () => {
  test("opens Stageplay and lands on the first lesson with its Dockerfile", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open();
    await expect(page).toHaveURL(/#\/lessons\/why-images-get-fat$/);
    await expect(
      app.lesson.getByRole("heading", { level: 1, name: "Why images get fat" }).first(),
    ).toBeVisible();
    await expect(app.lesson).toContainText("Layers only ever add");
    await expect(app.header).toContainText("Multistage builds, from fat to lean");
    await expect(app.progress).toBeVisible();
    await app.editorReady();
    await app.expectEditorToContain("FROM python:alpine3.7");
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("types into the editor, reloads, and still finds the text", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    await app.typeAtStart("# my note\n");
    await app.expectEditorToContain("# my note");
    await page.reload();
    await app.editorReady();
    await app.expectEditorToContain("# my note");
    await app.expectEditorToContain("FROM python:alpine3.7");

    await app.lesson.getByRole("button", { name: "Reset to starter" }).click();
    await expect(app.editorText).not.toContainText("# my note");
    await app.lesson.getByRole("button", { name: "Undo reset" }).click();
    await app.expectEditorToContain("# my note");
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("reveals hints one at a time and marks the lesson done", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    await app.lesson.getByRole("button", { name: /Show a hint/ }).click();
    await expect(app.hints.getByRole("listitem")).toHaveCount(1);
    await app.lesson.getByRole("button", { name: /Show another hint \(1 of 4 shown\)/ }).click();
    await expect(app.hints.getByRole("listitem")).toHaveCount(2);
    await expect(app.lesson).toContainText("--no-cache-dir");

    await expect(app.header).toContainText("0/1 done");
    await app.lesson.getByRole("button", { name: "Mark as done" }).click();
    await expect(app.header).toContainText("1/1 done");
    await page.reload();
    await expect(app.header).toContainText("1/1 done");
    await expect(app.hints.getByRole("listitem")).toHaveCount(2);
  });

  test("moves between the four result tabs with the keyboard, and is honest about lesson goals", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    for (const [name, region] of [
      ["Diagram", "Stage diagram"],
      ["Build", "Build player"],
      ["Image", "Image explorer"],
    ] as const) {
      await app.tab(name).click();
      await expect(app.tab(name)).toHaveAttribute("aria-selected", "true");
      await expect(app.tabPanel.getByRole("region", { name: region })).toBeVisible();
    }
    await app.tab("Checks").click();
    await expect(app.tabPanel).toContainText("Lesson goals: not available yet");
    await app.tab("Checks").press("ArrowRight");
    await expect(app.tab("Diagram")).toBeFocused();
    await expect(app.tabPanel.getByRole("region", { name: "Stage diagram" })).toBeVisible();
  });
});

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
    await expect(app.lesson).toContainText("regular, single-stage");
    await app.lesson.getByRole("button", { name: "Next step →" }).click();
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

  test("reveals hints one at a time, each once, and remembers them", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    await app.lesson.getByRole("button", { name: /Show a hint/ }).click();
    await expect(app.hints.getByRole("listitem")).toHaveCount(1);
    await app.lesson.getByRole("button", { name: /Show another hint \(1 of 4 shown\)/ }).click();
    await expect(app.hints.getByRole("listitem")).toHaveCount(2);
    await app.lesson.getByRole("button", { name: /Show another hint \(2 of 4 shown\)/ }).click();
    await app.lesson.getByRole("button", { name: /Show another hint \(3 of 4 shown\)/ }).click();
    await expect(app.hints.getByRole("listitem")).toHaveCount(4);
    await expect(app.hints).toContainText("That was the last hint.");
    await page.reload();
    await expect(app.hints.getByRole("listitem")).toHaveCount(4);
  });

  test("moves between the result tabs with the keyboard, and lists the lesson goals in Checks", async ({
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
    await expect(app.tabPanel.getByRole("region", { name: "Lesson goals" })).toContainText("1 of 4 passed");
    await app.tab("Checks").press("ArrowRight");
    await expect(app.tab("Diagram")).toBeFocused();
    await expect(app.tabPanel.getByRole("region", { name: "Stage diagram" })).toBeVisible();
  });
});

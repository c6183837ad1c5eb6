import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { CoursePage } from "./pages/CoursePage";
import { StageplayPage } from "./pages/StageplayPage";
import { expectNoSeriousViolations, expectNoSeriousViolationsInBothThemes } from "./pages/axe";

const LESSON = "Why images get fat";
const LESSON_ID = "why-images-get-fat";
const LESSON_DOC = `lesson:${LESSON_ID}`;

const jsonFile = (name: string, text: string) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(text),
});

const progressFile = (progress: object, fields: object = {}) =>
  JSON.stringify({
    format: "stageplay-progress",
    version: 1,
    exportedAt: "2026-01-01T00:00:00.000Z",
    progress,
    ...fields,
  });

test.describe("the course map", () => {
  test("lists every lesson with its state and starts with the first", async ({ page }) => {
    const app = new StageplayPage(page);
    const course = new CoursePage(page);
    await app.open(`#/lessons/${LESSON_ID}`);
    await expect(course.courseLink).toHaveAttribute("aria-current", "page");
    await course.courseLink.click();
    await expect(page).toHaveURL(/#\/lessons$/);
    await expect(page).toHaveTitle("Course · Stageplay");
    await expect(course.courseLink).toHaveAttribute("aria-current", "page");
    await expect(
      course.main.getByRole("heading", { level: 1, name: "Multistage builds, from fat to lean" }),
    ).toBeVisible();
    await expect(course.lessons.first().getByRole("link")).toHaveAccessibleName(`Lesson 1: ${LESSON}`);
    await expect(course.lessons.first()).toContainText("A regular single-stage Flask image");
    await expect(course.progress).toHaveAccessibleName(await course.doneText(0));
    for (const item of await course.lessons.all()) await expect(item).toContainText("Not started");
    await course.expectState(LESSON, "Not started");

    await expect(course.goOn).toHaveAccessibleName(`Start: lesson 1, ${LESSON}`);
    await course.goOn.click();
    await expect(page).toHaveURL(new RegExp(`#/lessons/${LESSON_ID}$`));
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("shows a lesson in progress once the learner edits its Dockerfile", async ({ page }) => {
    const app = new StageplayPage(page);
    const course = new CoursePage(page);
    await app.open(`#/lessons/${LESSON_ID}`);
    await app.typeAtStart("# trying something\n");
    await course.courseLink.click();
    await course.expectState(LESSON, "In progress");
    await expect(course.goOn).toHaveAccessibleName(`Continue: lesson 1, ${LESSON}`);
  });

  test("counts a lesson whose build context or step moved on as in progress", async ({ page }) => {
    const course = new CoursePage(page);
    await course.seed({ lessonSteps: { [LESSON_ID]: 2 } });
    await course.open();
    await course.expectState(LESSON, "In progress");

    await course.seed({ contexts: { [LESSON_DOC]: [{ path: "app.py", sizeBytes: 3, content: "x=1" }] } });
    await course.open();
    await course.expectState(LESSON, "In progress");
  });

  test("shows a done lesson as done and continues with the next one", async ({ page }) => {
    const course = new CoursePage(page);
    await course.seed({ completed: [LESSON_ID] });
    await course.open();
    await course.expectState(LESSON, "Done");
    await expect(course.progress).toHaveAccessibleName(await course.doneText(1));
    await expect(course.progress).toHaveAttribute("value", "1");
    if ((await course.lessons.count()) > 1) {
      const second = course.lessons.nth(1).getByRole("link");
      const title = (await second.textContent())!.replace(/^Lesson 2: /, "");
      await expect(course.goOn).toHaveAccessibleName(`Continue: lesson 2, ${title}`);
    } else {
      await expect(course.goOn).toHaveCount(0);
      await expect(course.main).toContainText("You have done every lesson of the course.");
    }
  });

  test("exports progress to a file that restores it in another browser", async ({ page, browser }) => {
    const course = new CoursePage(page);
    await course.seed({
      completed: [LESSON_ID],
      documents: { [LESSON_DOC]: "# exported text\nFROM python:3.13-slim\n" },
      hintsShown: { [LESSON_ID]: [0, 1] },
    });
    await course.open();
    const download = await course.exportProgress();
    expect(download.suggestedFilename()).toBe("stageplay-progress.json");
    await expect(course.status).toHaveText("Exported your progress to stageplay-progress.json.");
    const file = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(file).toMatchObject({ format: "stageplay-progress", version: 1 });
    expect(file.progress.completed).toEqual([LESSON_ID]);
    expect(file.progress).not.toHaveProperty("theme");

    const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const elsewhere = new CoursePage(await other.newPage());
    await elsewhere.open();
    await elsewhere.expectState(LESSON, "Not started");
    await elsewhere.importProgress((await download.path())!);
    await expect(elsewhere.status).toHaveText(`Imported progress: ${await elsewhere.doneText(1)}.`);
    await elsewhere.expectState(LESSON, "Done");
    await expect(elsewhere.progress).toHaveAccessibleName(await elsewhere.doneText(1));

    await elsewhere.lessonLink(LESSON).click();
    const app = new StageplayPage(elsewhere.page);
    await app.editorReady();
    await app.expectEditorToContain("# exported text");
    await expect(app.hints.getByRole("listitem")).toHaveCount(2);
    await other.close();
  });

  test("asks before an import replaces the learner's own text, and changes nothing on Cancel", async ({
    page,
  }) => {
    const course = new CoursePage(page);
    const app = new StageplayPage(page);
    await course.seed({ documents: { [LESSON_DOC]: "# mine\nFROM alpine\n" } });
    const file = jsonFile(
      "progress.json",
      progressFile({ documents: { [LESSON_DOC]: "# theirs\nFROM alpine\n" } }),
    );
    await course.open();
    await course.importProgress(file);
    await expect(course.question).toContainText(
      `Importing replaces your work in lesson 1 (${LESSON}) with the file’s.`,
    );
    await expect(course.question.getByRole("button", { name: "Import" })).toBeFocused();
    await course.question.getByRole("button", { name: "Cancel" }).click();
    await expect(course.question).toHaveCount(0);
    await expect(course.status).toHaveText("Nothing was imported.");
    await expect(course.main.getByRole("button", { name: "Import progress…" })).toBeFocused();

    await course.importProgress(file);
    await course.question.getByRole("button", { name: "Import" }).click();
    await expect(course.status).toHaveText(`Imported progress: ${await course.doneText(0)}.`);
    await course.lessonLink(LESSON).click();
    await app.editorReady();
    await app.expectEditorToContain("# theirs");
  });

  test("says what is wrong with a file it cannot import, and imports nothing", async ({ page }) => {
    const course = new CoursePage(page);
    await course.open();
    await course.importProgress(jsonFile("notes.json", "{ this is not json"));
    await expect(course.error).toHaveText(
      "The file is not a Stageplay progress file: it is not readable JSON. Nothing was imported.",
    );

    const damaged = { completed: [LESSON_ID], lessonSteps: { [LESSON_ID]: "two" } };
    await course.importProgress(jsonFile("damaged.json", progressFile(damaged)));
    await expect(course.error).toHaveText(
      "The progress file is damaged: the saved lesson steps are unreadable. Nothing was imported.",
    );
    await course.expectState(LESSON, "Not started");

    await course.importProgress(jsonFile("newer.json", progressFile(damaged, { version: 2 })));
    await expect(course.error).toContainText("comes from a newer Stageplay");
    await course.importProgress(jsonFile("big.json", " ".repeat(5 * 1024 * 1024 + 1)));
    await expect(course.error).toContainText("too large");
    await course.expectState(LESSON, "Not started");
  });

  test("fits a 390 px phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const course = new CoursePage(page);
    await course.seed({ lessonSteps: { [LESSON_ID]: 1 } });
    await course.open();
    await course.expectState(LESSON, "In progress");
    await expect(course.goOn).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("show the solution", () => {
  test("asks first, then compares the learner's text with the solution in a modal dialog", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    await app.open(`#/lessons/${LESSON_ID}`);
    await app.typeAtStart("# my attempt\n");
    const show = app.lesson.getByRole("button", { name: "Show the solution" });
    const ask = app.lesson.getByRole("group", { name: /Seeing the solution ends the puzzle/ });
    const dialog = page.getByRole("dialog", { name: "Solution" });
    await show.click();
    await expect(ask.getByRole("button", { name: "Not yet" })).toBeFocused();
    await ask.getByRole("button", { name: "Not yet" }).click();
    await expect(ask).toHaveCount(0);
    await expect(show).toBeFocused();
    await expect(dialog).toHaveCount(0);

    await show.click();
    await ask.getByRole("button", { name: "Show it" }).click();
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
    await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
    await expect(dialog).toContainText("Your Dockerfile is on the left, the solution on the right");
    await expect(dialog.getByRole("textbox", { name: "Your Dockerfile" })).toBeAttached();
    await expect(dialog.getByRole("textbox", { name: "The solution's Dockerfile" })).toBeAttached();
    await expect(dialog.locator(".original .view-lines")).toContainText("#\u00a0my\u00a0attempt");
    await expect(dialog.locator(".modified .view-lines")).not.toContainText("my\u00a0attempt");
    await expectNoSeriousViolations(page);

    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(show).toBeFocused();

    await show.click();
    await ask.getByRole("button", { name: "Show it" }).click();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(show).toBeFocused();
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("shows one column on a 390 px phone, in the dark theme", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: "dark" });
    const app = new StageplayPage(page);
    await app.open(`#/lessons/${LESSON_ID}`);
    await app.typeAtStart("# my attempt\n");
    await app.lesson.getByRole("button", { name: "Show the solution" }).click();
    await app.lesson.getByRole("button", { name: "Show it" }).click();
    const dialog = page.getByRole("dialog", { name: "Solution" });
    await expect(dialog).toContainText("Lines marked − are only in your Dockerfile");
    await expect(dialog.locator(".modified .view-lines").first()).toContainText("#\u00a0my\u00a0attempt");
    expect((await dialog.boundingBox())!.width).toBeLessThanOrEqual(390);
    await expectNoSeriousViolations(page);
  });
});

test.describe("the course map in the light and dark themes", () => {
  test("has no serious or critical axe violation, with a question and an error shown", async ({ page }) => {
    const course = new CoursePage(page);
    await course.seed({ completed: [LESSON_ID], documents: { [LESSON_DOC]: "FROM mine\n" } });
    await course.open();
    await course.expectState(LESSON, "Done");
    await expectNoSeriousViolationsInBothThemes(page);

    await course.importProgress(jsonFile("bad.json", "[]"));
    await expect(course.error).toContainText("not a Stageplay progress file");
    await course.importProgress(
      jsonFile("progress.json", progressFile({ documents: { [LESSON_DOC]: "FROM theirs\n" } })),
    );
    await expect(course.question).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);
  });
});

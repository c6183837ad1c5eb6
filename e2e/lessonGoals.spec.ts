import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { LessonPane } from "./pages/LessonPane";

// The course as the build saw it (Playwright runs from the project root).
const COURSE = JSON.parse(readFileSync("lessons/course.json", "utf8")) as { lessons: string[] };
const TOTAL = COURSE.lessons.length;
const SECOND = COURSE.lessons[1]!;
const SECOND_TITLE = (JSON.parse(readFileSync(`lessons/${SECOND}/lesson.json`, "utf8")) as { title: string })
  .title;

const NO_CACHE = "The image carries no pip download cache";
const CACHE_ORDER = "Editing app.py no longer re-installs Flask";
const EXEC_FORM = "CMD starts Python directly, in exec form";
const STARTS = "The app still starts";

test("a failing goal explains itself, a hint tied to it comes first, and its line is one press away", async ({
  page,
}) => {
  const lesson = new LessonPane(page);
  await lesson.app.open("#/lessons/why-images-get-fat");
  await lesson.expectGoal(NO_CACHE, "failed");
  await lesson.expectGoal(STARTS, "passed");

  // The first hint offered is about a goal that fails now, not the general one listed first.
  await lesson.pane.getByRole("button", { name: /Show a hint/ }).click();
  await expect(lesson.app.hints.getByRole("listitem")).toHaveCount(1);
  await expect(lesson.app.hints).toContainText("--no-cache-dir");

  await lesson.app.tab("Checks").click();
  const goal = lesson.checksGoal(NO_CACHE);
  await expect(goal).toContainText(
    "Found: the final image still has pip's cache (/root/.cache/pip), added by line 4",
  );
  await expect(lesson.checksGoals).toContainText("1 of 4 passed");
  await goal.getByRole("button", { name: "Go to line 4" }).click();
  await expect(page.getByRole("textbox", { name: /Dockerfile for lesson 1/ })).toBeFocused();
  await page.keyboard.insertText("# the cache line ");
  await lesson.app.expectEditorToContain("# the cache line RUN pip install");

  await lesson.app.expectNoErrorsAndNoForeignRequests();
});

test("a line asked for while the editor is still loading is shown once it has loaded", async ({ page }) => {
  // Monaco arrives only when the test lets it: the goal's button is pressed before.
  let deliver: () => void = () => {};
  const held = new Promise<void>((resolve) => (deliver = resolve));
  await page.route(/\/assets\/monacoSetup-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  const lesson = new LessonPane(page);
  await lesson.app.open("#/lessons/why-images-get-fat");
  await expect(page.getByText("Loading the editor…")).toBeVisible();
  await lesson.app.tab("Checks").click();
  await lesson.checksGoal(NO_CACHE).getByRole("button", { name: "Go to line 4" }).click();
  deliver();
  await expect(page.getByRole("textbox", { name: /Dockerfile for lesson 1/ })).toBeFocused();
  await page.keyboard.insertText("# the cache line ");
  await lesson.app.expectEditorToContain("# the cache line RUN pip install");
});

test("a learner completes lesson 1 by typing, and keeps the progress after a reload", async ({ page }) => {
  test.slow(); // a whole lesson: two dozen edits, each analysed, and a reload
  const lesson = new LessonPane(page);
  await lesson.app.open("#/lessons/why-images-get-fat");
  await expect(lesson.app.header).toContainText(`0/${TOTAL} done`);
  await lesson.pane.getByRole("button", { name: "Next step →" }).click();
  await expect(lesson.stepHeading).toHaveText("Step 2 of 4: An image is a stack of layers");
  await expect(lesson.stepHeading).toBeFocused();
  await lesson.pane.getByRole("button", { name: /Show a hint/ }).click();

  await lesson.app.editorReady();
  await lesson.app.editorText.click();
  await lesson.solveLessonOneByTyping();
  for (const sentence of [NO_CACHE, CACHE_ORDER, EXEC_FORM, STARTS])
    await lesson.expectGoal(sentence, "passed");
  await expect(lesson.completion).toContainText("Every goal passes");
  await expect(lesson.completion.getByRole("link", { name: `Next lesson: ${SECOND_TITLE} →` })).toBeVisible();
  await expect(lesson.app.header).toContainText(`1/${TOTAL} done`);
  await expect(lesson.pane.getByRole("button", { name: "Mark as done" })).toHaveCount(0);

  await page.reload();
  await lesson.app.editorReady();
  await expect(lesson.app.header).toContainText(`1/${TOTAL} done`);
  await expect(lesson.stepHeading).toHaveText("Step 2 of 4: An image is a stack of layers");
  await expect(lesson.app.hints.getByRole("listitem")).toHaveCount(1);
  await lesson.expectGoal(EXEC_FORM, "passed");
  await expect(lesson.completion).toBeVisible();
  await lesson.app.expectNoErrorsAndNoForeignRequests();
});

test("keyboard only: steps, a hint, the edit, and on to the next lesson", async ({ page }) => {
  test.slow(); // a whole lesson by keyboard
  const lesson = new LessonPane(page);
  await lesson.app.open("#/lessons/why-images-get-fat");
  await lesson.app.editorReady();
  const next = lesson.pane.getByRole("button", { name: "Next step →" });
  for (const title of ["An image is a stack of layers", "What this build leaves behind", "Your turn"]) {
    await lesson.tabTo(next);
    await page.keyboard.press("Enter");
    await expect(lesson.stepHeading).toHaveText(new RegExp(`${title}$`));
    await expect(lesson.stepHeading).toBeFocused();
  }
  await lesson.tabTo(lesson.pane.getByRole("button", { name: /Show a hint/ }));
  await page.keyboard.press("Enter");
  await expect(lesson.app.hints.getByRole("listitem")).toHaveCount(1);

  await lesson.tabTo(page.getByRole("textbox", { name: /Dockerfile for lesson 1/ }));
  await lesson.solveLessonOneByTyping();
  await expect(lesson.completion).toBeVisible();
  // Monaco keeps Tab for indenting until Ctrl+M hands it back to moving the focus.
  await page.keyboard.press("Control+m");
  const onward = lesson.completion.getByRole("link", { name: /Next lesson/ });
  await lesson.tabTo(onward, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#/lessons/${SECOND}$`));
  await expect(lesson.pane.getByRole("heading", { level: 1 })).toHaveText(SECOND_TITLE);
});

test("every lesson lists its goals, and its starter fails at least one", async ({ page }) => {
  test.slow(); // one page per lesson of the course
  const lesson = new LessonPane(page);
  for (const [i, id] of COURSE.lessons.entries()) {
    await lesson.app.open(`#/lessons/${id}`);
    await expect(lesson.pane.getByText(`Lesson ${i + 1} of ${COURSE.lessons.length}`)).toBeVisible();
    const goals = lesson.pane.getByRole("region", { name: "Goals" }).getByRole("listitem");
    await expect(goals.first()).toHaveAccessibleName(/: (passed|failed)$/);
    await expect(goals.filter({ hasText: /failed$/ }).first()).toBeVisible();
  }
  await lesson.app.expectNoErrorsAndNoForeignRequests();
});

import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { BuildTab } from "./pages/BuildTab";
import { ContextTab } from "./pages/ContextTab";
import { LessonPane } from "./pages/LessonPane";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";

// Lessons of the course completed the way a learner does it: read the failing goals, edit the starter
// a few lines at a time, watch each goal turn, and see the lesson complete.
const COURSE = JSON.parse(readFileSync("lessons/course.json", "utf8")) as { lessons: string[] };
const FIRST_MULTISTAGE = "your-first-multistage-build";
const APP_MISTAKE = "the-classic-app-mistake";

/** Puts the cursor at the start of line `line` of the focused editor, with the keyboard. */
async function toLine(page: Page, line: number) {
  await page.keyboard.press("Escape"); // closes a completion list, which would take the arrow keys
  await page.keyboard.press("ControlOrMeta+Home");
  for (let i = 1; i < line; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Home");
}

/** Replaces the whole of line `line` with `text`, as selecting it and typing over it would. */
async function retypeLine(page: Page, line: number, text: string) {
  await toLine(page, line);
  await page.keyboard.press("Shift+End");
  await page.keyboard.insertText(text);
}

async function openLesson(lesson: LessonPane, id: string) {
  await lesson.app.open(`#/lessons/${id}`);
  const position = COURSE.lessons.indexOf(id) + 1;
  await expect(lesson.pane.getByText(`Lesson ${position} of ${COURSE.lessons.length}`)).toBeVisible();
  await lesson.app.editorReady();
}

test("a learner turns the Go server of lesson 3 into two stages, goal by goal", async ({ page }) => {
  test.slow(); // a whole lesson, each edit analysed
  const lesson = new LessonPane(page);
  await openLesson(lesson, FIRST_MULTISTAGE);
  const TWO_STAGES = "The Dockerfile has a build stage and a final stage";
  const COPIES = "The final stage takes the binary from the build stage with COPY --from=build";
  const NO_COMPILER = "The final image ships no compiler";
  const NO_TOOLCHAIN = "The Go toolchain in /usr/local/go stays behind";
  const SMALLER = "The image is at least 20 times smaller than the starter's";
  const STARTS = "The server still starts";
  for (const goal of [TWO_STAGES, COPIES, NO_COMPILER, NO_TOOLCHAIN, SMALLER])
    await lesson.expectGoal(goal, "failed");
  await lesson.expectGoal(STARTS, "passed");
  await expect(lesson.completion).toHaveCount(0);

  await lesson.app.editorText.click();
  // Name the stage and build a static binary somewhere of its own: still one stage.
  await toLine(page, 1);
  await page.keyboard.press("End");
  await page.keyboard.insertText(" AS build");
  await retypeLine(page, 4, "RUN CGO_ENABLED=0 go build -o /out/hello .");
  await lesson.app.expectEditorToContain("FROM golang:1.26 AS build");
  await lesson.expectGoal(TWO_STAGES, "failed");
  await lesson.expectGoal(STARTS, "failed"); // `hello` is no longer on PATH

  // A second FROM starts the final stage: the compiler and the toolchain stay behind.
  await toLine(page, 5);
  await page.keyboard.insertText("\nFROM gcr.io/distroless/static-debian12:nonroot AS final\n");
  for (const goal of [TWO_STAGES, NO_COMPILER, NO_TOOLCHAIN, SMALLER])
    await lesson.expectGoal(goal, "passed");
  await lesson.expectGoal(COPIES, "failed");

  // The cursor is on EXPOSE, line 7: the binary comes over from the build stage.
  await page.keyboard.insertText("COPY --from=build /out/hello /hello\n");
  await lesson.expectGoal(COPIES, "passed");
  await lesson.expectGoal(STARTS, "failed");

  await retypeLine(page, 9, 'CMD ["/hello"]');
  await lesson.app.expectEditorToContain('CMD ["/hello"]');
  for (const goal of [TWO_STAGES, COPIES, NO_COMPILER, NO_TOOLCHAIN, SMALLER, STARTS])
    await lesson.expectGoal(goal, "passed");
  await expect(lesson.completion).toContainText("Every goal passes");
  await expect(lesson.app.header).toContainText(`1/${COURSE.lessons.length} done`);

  // The last edit changed only CMD, which is the image's settings: a rebuild re-runs no step.
  const build = new BuildTab(lesson.app);
  await build.open();
  await expect(build.lastChange).toContainText("Your last change re-runs no step");
  await expect(build.changedStep("COPY --from=build /out/hello /hello")).toHaveAccessibleName(
    /^CACHED line 7 /,
  );
  await lesson.app.expectNoErrorsAndNoForeignRequests();
});

test("a learner fixes the classic /app mistake of lesson 5 with a venv, then sees what editing app.py re-runs", async ({
  page,
}) => {
  test.slow(); // a whole lesson, each edit analysed, then a context file edited
  const lesson = new LessonPane(page);
  await openLesson(lesson, APP_MISTAKE);
  const STARTS = "The app starts: Python finds Flask in the final image";
  const COPIES_VENV = "The final stage copies the virtual environment /opt/venv from the builder";
  const FLASK = "Flask is in the final image, inside the venv";
  const APP = "The app's code is still in /app";
  for (const goal of [STARTS, COPIES_VENV, FLASK]) await lesson.expectGoal(goal, "failed");
  await lesson.expectGoal(APP, "passed");

  await lesson.app.editorText.click();
  // In the builder, before anything is installed: a venv, first on PATH.
  await toLine(page, 3);
  await page.keyboard.insertText("RUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\n");
  await lesson.app.expectEditorToContain("ENV PATH=/opt/venv/bin:$PATH");
  await lesson.expectGoal(FLASK, "failed"); // installed into the venv, but still left in the builder

  // The final stage takes the venv instead of /app: Flask arrives, the app's code does not.
  await retypeLine(page, 9, "COPY --from=builder /opt/venv /opt/venv");
  await lesson.expectGoal(COPIES_VENV, "passed");
  await lesson.expectGoal(FLASK, "passed");
  await lesson.expectGoal(APP, "failed");
  await lesson.expectGoal(STARTS, "failed");

  await page.keyboard.insertText("\nENV PATH=/opt/venv/bin:$PATH");
  await toLine(page, 11); // WORKDIR /app
  await page.keyboard.press("End");
  await page.keyboard.insertText("\nCOPY app.py .");
  await lesson.app.expectEditorToContain("COPY app.py .");
  for (const goal of [STARTS, COPIES_VENV, FLASK, APP]) await lesson.expectGoal(goal, "passed");
  await expect(lesson.completion).toContainText("Every goal passes");

  // Editing the app's source: the builder copies the whole context before installing, so the
  // install re-runs too, and the Build tab says why, step by step.
  const context = new ContextTab(lesson.app);
  await context.open();
  await context.typeAtEnd("app.py", "\n# edited");
  const build = new BuildTab(lesson.app);
  await build.open();
  await expect(build.lastChange).toContainText(/Your last change re-runs \d+ of \d+ steps/);
  await expect(build.changedStep("RUN python -m venv /opt/venv")).toHaveAccessibleName(
    "CACHED line 3 RUN python -m venv /opt/venv",
  );
  // The file is named once the Build tab has seen two versions of the edited context (every keystroke
  // but the first, unless the analyses of the whole edit arrive as one).
  await expect(build.changedStep("COPY . /app")).toHaveAccessibleName(
    /^re-runs line 5 COPY \. \/app because (it copies app\.py, which changed|a file it copies from the build context \(\.\) changed)$/,
  );
  await expect(build.changedStep("RUN pip install -r requirements.txt")).toHaveAccessibleName(
    "re-runs line 7 RUN pip install -r requirements.txt because it comes after line 6 WORKDIR /app, which re-runs",
  );
  await expect(build.changedStep("COPY --from=builder /opt/venv /opt/venv")).toHaveAccessibleName(
    /because it copies from stage builder, whose line 7 RUN pip install -r requirements\.txt re-runs$/,
  );
  await expect(build.changedStep("COPY app.py .")).toContainText("re-runs");
  await lesson.app.expectNoErrorsAndNoForeignRequests();
});

test.describe("the Build tab's re-run causes in the light and dark themes", () => {
  test("have no serious or critical axe violation", async ({ page }) => {
    const lesson = new LessonPane(page);
    await openLesson(lesson, APP_MISTAKE);
    await lesson.app.editorText.click();
    await retypeLine(page, 5, "RUN pip install --no-cache-dir -r requirements.txt");
    const build = new BuildTab(lesson.app);
    await build.open();
    await expect(
      build.changedStep("RUN pip install --no-cache-dir -r requirements.txt"),
    ).toHaveAccessibleName(
      "re-runs line 5 RUN pip install --no-cache-dir -r requirements.txt because line 5 changed: it was RUN pip install -r requirements.txt",
    );
    await expectNoSeriousViolationsInBothThemes(page);
  });
});

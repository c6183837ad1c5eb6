import { expect, test, type Page } from "@playwright/test";
import { ContextTab } from "./pages/ContextTab";
import { ImageTab } from "./pages/ImageTab";
import { StageplayPage } from "./pages/StageplayPage";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";

// Its context is app.py and requirements.txt; the Dockerfile runs `COPY . /app` and
// `pip install -r requirements.txt`, and starts `python ./app.py`.
const LESSON = "#/lessons/why-images-get-fat";

async function openContext(page: Page) {
  const app = new StageplayPage(page);
  await app.open(LESSON);
  const context = new ContextTab(app);
  const image = new ImageTab(app);
  await context.open();
  return { app, context, image };
}

/** The final image's summary line in the Image tab: its size, files and layers. */
const finalImage = (image: ImageTab) => image.region.getByRole("region", { name: /^Final image/ });

test("the context lists the lesson's files with their sizes, sorted by path", async ({ page }) => {
  const { context } = await openContext(page);
  expect(await context.paths()).toEqual(["app.py", "requirements.txt"]);
  await expect(context.file("requirements.txt")).toContainText("13B");
  await expect(context.totals).toHaveText(/^2 files, 198B/);
  await expect(context.button("Reset the context")).toBeDisabled();
});

test("editing requirements.txt in the Context tab changes the image the build makes", async ({ page }) => {
  const { app, context, image } = await openContext(page);
  await image.open();
  await expect(finalImage(image)).toContainText("106MB");

  await context.open();
  await context.typeAtEnd("requirements.txt", "requests==2.32.3\n");
  await expect(context.editorText("requirements.txt")).toContainText("requests==2.32.3");
  await expect(context.file("requirements.txt")).toContainText("30B");

  await image.open();
  await expect(finalImage(image)).toContainText("112MB");
  // The Dockerfile in the main editor is untouched.
  await app.expectEditorToContain("RUN pip install -r requirements.txt");
});

test("a .dockerignore that names app.py leaves it out: marked ignored, and the image no longer starts", async ({
  page,
}) => {
  const { context, image } = await openContext(page);
  await context.addTextFile(".dockerignore");
  // The new file opens in its editor with the keyboard in it.
  await expect(context.editor(".dockerignore")).toBeFocused();
  await page.keyboard.type("app.py\n");

  await expect(context.file("app.py")).toContainText("ignored by .dockerignore");
  await expect(context.file("requirements.txt")).not.toContainText("ignored");
  await expect(context.totals).toContainText("sent to the builder: 2 files");

  await image.open();
  await expect(image.verdict).toContainText("Would not start");
  await expect(image.verdict).toContainText("/app/app.py is not in the image");

  // Taking the pattern out brings app.py back.
  await context.open();
  await context.edit(".dockerignore");
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  await expect(context.file("app.py")).not.toContainText("ignored");
  await image.open();
  await expect(image.verdict).toContainText("Starts");
});

test("a 50 MB file added by its size makes the image about 50 MB bigger", async ({ page }) => {
  const { context, image } = await openContext(page);
  await context.addLargeFile("data/model.bin", "50", "MB");
  await expect(context.file("data/model.bin")).toContainText("50MB");
  await expect(context.file("data/model.bin")).toContainText("size only");
  await expect(context.totals).toHaveText(/^3 files, 50MB/);

  await image.open();
  await expect(finalImage(image)).toContainText("156MB");

  await context.open();
  await context.button("Change size of data/model.bin").click();
  await context.region.getByLabel("New size of data/model.bin", { exact: true }).fill("1");
  await context.region.getByLabel("Unit of the new size of data/model.bin").selectOption("GB");
  await page.keyboard.press("Enter");
  await expect(context.file("data/model.bin")).toContainText("1GB");
  await expect(context.button("Change size of data/model.bin")).toBeFocused();
  await image.open();
  await expect(finalImage(image)).toContainText("1.11GB");
});

test("paths that cannot be in a context are refused next to the field, and nothing is added", async ({
  page,
}) => {
  const { context } = await openContext(page);
  const field = context.region.getByLabel("Path of the text file");
  for (const [path, message] of [
    ["/etc/app.conf", 'Start the path without "/"'],
    ["../secret.txt", 'Leave out ".."'],
    ["app.py", "There is already a file app.py."],
    ["", "Type a path"],
  ]) {
    await context.addTextFile(path!);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(`^${escape(message!)}`));
    await expect(context.region.getByRole("alert").filter({ hasText: message! })).toBeVisible();
    await expect(field).toBeFocused();
  }
  expect(await context.paths()).toEqual(["app.py", "requirements.txt"]);

  await context.addLargeFile("big.bin", "lots", "MB");
  await expect(context.region.getByLabel("Size", { exact: true })).toHaveAccessibleDescription(
    /^Type the size as a number/,
  );
});

test("delete with undo, rename, and reset with undo", async ({ page }) => {
  const { context, image } = await openContext(page);

  await context.button("Delete app.py").click();
  expect(await context.paths()).toEqual(["requirements.txt"]);
  // The row is gone: the keyboard lands on the way back.
  const undo = context.button("Undo delete of app.py");
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  expect(await context.paths()).toEqual(["app.py", "requirements.txt"]);
  await expect(context.button("Edit app.py")).toBeFocused();
  await expect(undo).toHaveCount(0);

  await context.rename("app.py", "src/server.py");
  expect(await context.paths()).toEqual(["requirements.txt", "src/server.py"]);
  await expect(context.button("Rename src/server.py")).toBeFocused();
  await image.open();
  await expect(image.verdict).toContainText("/app/app.py is not in the image");

  await context.open();
  await context.button("Reset the context").click();
  expect(await context.paths()).toEqual(["app.py", "requirements.txt"]);
  await context.button("Undo reset").click();
  expect(await context.paths()).toEqual(["requirements.txt", "src/server.py"]);
});

test("a rename to a taken path is refused, and Escape leaves the form", async ({ page }) => {
  const { context } = await openContext(page);
  await context.rename("app.py", "requirements.txt");
  await expect(context.region.getByLabel("New path for app.py")).toHaveAccessibleDescription(
    "There is already a file requirements.txt.",
  );
  await page.keyboard.press("Escape");
  await expect(context.region.getByLabel("New path for app.py")).toHaveCount(0);
  await expect(context.button("Rename app.py")).toBeFocused();
  expect(await context.paths()).toEqual(["app.py", "requirements.txt"]);
});

test("the edited context survives a reload", async ({ page }) => {
  const { context } = await openContext(page);
  await context.addLargeFile("data.bin", "2", "kB");
  await context.typeAtEnd("requirements.txt", "gunicorn==22.0.0\n");
  await expect(context.file("requirements.txt")).toContainText("30B");
  await page.reload();
  await context.open();
  expect(await context.paths()).toEqual(["app.py", "data.bin", "requirements.txt"]);
  await expect(context.file("data.bin")).toContainText("2kB");
  await context.edit("requirements.txt");
  await expect(context.editorText("requirements.txt")).toContainText("gunicorn==22.0.0");
  await expect(context.button("Reset the context")).toBeEnabled();
});

test("every action is reachable with Tab, in the file's row", async ({ page }) => {
  const { context } = await openContext(page);
  await context.button("Reset the context").focus();
  const names: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    names.push(await page.evaluate(() => document.activeElement?.textContent ?? ""));
  }
  expect(names).toEqual([
    "Edit app.py",
    "Rename app.py",
    "Delete app.py",
    "Edit requirements.txt",
    "Rename requirements.txt",
    "Delete requirements.txt",
  ]);
  // Tab leaves the file editor, as it leaves any text field.
  await context.edit("app.py");
  await page.keyboard.press("Tab");
  await expect(context.button("Done editing app.py")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(context.button("Edit app.py")).toBeFocused();
  await expect(context.editor("app.py")).toHaveCount(0);
});

test("the Context tab has no serious or critical axe violation in the light and dark themes", async ({
  page,
}) => {
  test.slow();
  const { context } = await openContext(page);
  await context.addTextFile(".dockerignore");
  // The new file opens in its editor once Monaco has loaded; type only then.
  await expect(page.getByRole("textbox", { name: "Contents of .dockerignore" })).toBeFocused();
  await page.keyboard.type("app.py\n");
  await context.addLargeFile("data.bin", "50", "MB");
  await context.button("Delete data.bin").click();
  await context.addTextFile("/bad");
  await expect(context.file("app.py")).toContainText("ignored by .dockerignore");
  await expectNoSeriousViolationsInBothThemes(page, ".tabpanel");
});

test("at 390 px the Context tab fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const { context } = await openContext(page);
  await context.edit("requirements.txt");
  await context.addTextFile("/bad");
  const overflow = await context.region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await context.region.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await context.region.screenshot({ path: test.info().outputPath("context-390.png") });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

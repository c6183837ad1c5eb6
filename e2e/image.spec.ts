import { expect, test } from "@playwright/test";
import { ImageTab } from "./pages/ImageTab";
import { StageplayPage } from "./pages/StageplayPage";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";

test("the image explorer finds the file the final image copied from the builder", async ({ page }) => {
  const app = new StageplayPage(page);
  const image = new ImageTab(app);
  await app.open("#/playground");
  await image.open();

  await expect(image.stagePicker).toHaveValue("1");
  await expect(image.verdict).toContainText("Starts");
  await expect(image.sizeByOrigin).toContainText("Copied from other stages: 7.5MB");

  const server = image.file(/^server 7\.5MB/);
  await expect(server).toBeVisible();
  await server.click();
  await expect(server).toHaveAttribute("aria-selected", "true");
  await expect(image.chosenFile).toContainText("copied from build:/out/server (line 12)");
  await expect(image.chosenFile).toContainText("COPY --from=build /out/server /server");

  // The line shows in the editor while the keyboard stays in the explorer.
  const line = image.chosenFile.getByRole("button", { name: /^Line 12/ });
  await line.click();
  await expect(line).toBeFocused();

  await expect(image.leftBehind).toContainText("Stage build");
  await expect(image.leftBehind).toContainText("go (compiler)");
  await app.expectNoErrorsAndNoForeignRequests();
});

test("the file tree is operable with the keyboard", async ({ page }) => {
  const app = new StageplayPage(page);
  const image = new ImageTab(app);
  await app.open("#/playground");
  await image.open();

  const root = image.file(/^\/ /);
  await root.focus();
  await expect(root).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("End");
  await expect(image.file(/^server /)).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(image.file(/^usr /)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(image.file(/^usr /)).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  await expect(image.file(/^share /)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(image.file(/^usr /)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(image.file(/^usr /)).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Home");
  await expect(root).toBeFocused();
  await page.keyboard.press(" ");
  await expect(root).toHaveAttribute("aria-expanded", "false");
  await expect(image.file(/^server /)).toHaveCount(0);
});

test("a builder stage shows its own layers and files, and follows the text as it changes", async ({
  page,
}) => {
  const app = new StageplayPage(page);
  const image = new ImageTab(app);
  await app.open("#/playground");
  await image.open();

  await image.pickStage("build");
  await expect(image.verdict).toHaveCount(0);
  await expect(image.layers).toContainText("RUN CGO_ENABLED=0 go build -o /out/server .");
  await expect(image.file(/^out /)).toHaveAttribute("aria-expanded", "true");
  await expect(image.file(/^server .*added by line 9/)).toBeVisible();

  await app.replaceText(
    'FROM alpine:3.20 AS build\nRUN echo hi > /note.txt\n\nFROM scratch\nCOPY --from=build /note.txt /\nCMD ["/note.txt"]\n',
  );
  await expect(image.layers).toContainText("RUN echo hi > /note.txt");
  await expect(image.file(/^note\.txt .*added by line 2/)).toBeVisible();
});

test("the chosen file names the step that added it after a step is inserted before it", async ({ page }) => {
  const app = new StageplayPage(page);
  const image = new ImageTab(app);
  await app.open("#/playground");
  await image.open();
  await app.replaceText('FROM alpine:3.20\nRUN echo hi > /note.txt\nCMD ["cat", "/note.txt"]\n');
  const note = image.file(/^note\.txt .*added by line 2/);
  await note.click();
  await expect(image.chosenFile).toContainText("RUN echo hi > /note.txt");

  await app.replaceText(
    'FROM alpine:3.20\nRUN mkdir /data\nRUN echo hi > /note.txt\nCMD ["cat", "/note.txt"]\n',
  );
  await expect(image.file(/^note\.txt .*added by line 3/)).toBeVisible();
  await expect(image.files).toHaveAttribute("aria-busy", "false");
  await expect(image.chosenFile).toContainText("RUN echo hi > /note.txt");
  await expect(image.chosenFile).not.toContainText("RUN mkdir /data");
  await expect(image.chosenFile.getByRole("button", { name: /^Line 3/ })).toBeVisible();
});

test("a stage the target does not build is listed as not built, with the reason", async ({ page }) => {
  const app = new StageplayPage(page);
  const image = new ImageTab(app);
  await app.open("#/playground");
  await image.open();
  await app.replaceText(
    'FROM alpine:3.20 AS test\nRUN echo test\n\nFROM alpine:3.20 AS final\nCMD ["/app/server"]\n',
  );
  await expect(image.stagePicker).toContainText("test (not built: not needed for target final)");
  await expect(image.verdict).toContainText("Would not start");
  await expect(image.verdict.getByRole("button", { name: /^Line 5/ })).toBeVisible();
  await image.pickStage("test");
  await expect(image.region).toContainText("Stage test is not built: not needed for target final.");
});

test("the image explorer has no serious or critical axe violation in the light and dark themes", async ({
  page,
}) => {
  test.slow();
  const app = new StageplayPage(page);
  const image = new ImageTab(app);
  await app.open("#/playground");
  await image.open();
  await image.file(/^server /).click();
  await image.layers.getByText("Notes (4)").click();
  await expectNoSeriousViolationsInBothThemes(page, '[aria-label="Image explorer"]');
});

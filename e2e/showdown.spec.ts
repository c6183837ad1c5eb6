import { expect, test } from "@playwright/test";
import { ShowdownPage } from "./pages/ShowdownPage";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";

test.describe("the showdown", () => {
  test("opens for lesson 1 from the lesson, comparing its starter with its solution", async ({ page }) => {
    const showdown = new ShowdownPage(page);
    await showdown.app.open("#/lessons/why-images-get-fat");
    await showdown.app.lesson.getByRole("link", { name: "Compare starter and solution" }).click();
    await expect(page).toHaveURL(/#\/showdown\/why-images-get-fat$/);
    await showdown.expectMeasured();

    await expect(showdown.heading()).toHaveText("Showdown: Why images get fat");
    await expect(showdown.app.header.getByRole("link", { name: "Showdown" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(showdown.picker("A")).toHaveValue("lesson:why-images-get-fat:starter");
    await expect(showdown.picker("B")).toHaveValue("lesson:why-images-get-fat:solution");
    await expect(showdown.dockerfile("A")).toContainText("CMD python ./app.py");
    await expect(showdown.dockerfile("B")).toContainText("pip install --no-cache-dir");
    await expect(showdown.side("A")).toContainText("requirements.txt");

    await expect(showdown.row("Image size")).toHaveText([/^106MB/, /^104MB/]);
    await expect(showdown.row("Base image")).toHaveText([
      "python:alpine3.7 (98.7MB)",
      "python:alpine3.7 (98.7MB)",
    ]);
    await expect(showdown.row("Starts\\?")).toHaveText(["Starts", "Starts"]);
    await expect(showdown.row("Tools left").first()).toContainText("package managers: apk, pip");
    await expect(showdown.results).toContainText("Both images would start.");
    await expect(showdown.chart("Image size")).toBeVisible();
    await expect(showdown.chart("Build time, simulated")).toBeVisible();
    await showdown.app.expectNoErrorsAndNoForeignRequests();
  });

  test("reads the seed pair honestly: the smaller 'multistage' image is its base and would not start", async ({
    page,
  }) => {
    const showdown = new ShowdownPage(page);
    await showdown.open();
    await expect(showdown.picker("A")).toHaveValue("example:flask-regular");
    await expect(showdown.picker("B")).toHaveValue("example:flask-multistage-as-published");

    await expect(showdown.results).toContainText(
      "Flask, 'multistage' as often published would not start: /app/app.py imports flask",
    );
    await expect(showdown.results).toContainText("ModuleNotFoundError: No module named 'flask'");
    await expect(showdown.results).toContainText("a smaller image that does not start is not a win");
    await expect(showdown.results).toContainText(
      "Flask, 'multistage' as often published is not smaller than its base image",
    );
    await expect(showdown.row("Image size").nth(1)).toContainText("not smaller than its base");
    await expect(showdown.row("Image size").nth(1)).toContainText("would not start");
    await expect(showdown.row("Starts\\?").nth(1)).toContainText("Would not start");
    await expect(showdown.chart("Image size")).toHaveAccessibleName(
      /119MB, of which the base image is 119MB, and it would not start/,
    );
    await showdown.app.expectNoErrorsAndNoForeignRequests();
  });

  test("compares the playground with an example picked from the list", async ({ page }) => {
    const showdown = new ShowdownPage(page);
    await showdown.open();
    await showdown.pick("A", "Your playground");
    await expect(showdown.dockerfile("A")).toContainText("FROM golang:1.26-alpine AS build");
    await expect(showdown.row("Image size").first()).toHaveText(/^10\.5MB/);
    await expect(showdown.row("Starts\\?").first()).toHaveText("Starts");
    await showdown.pick("B", "Go, static binary on distroless");
    await expect(showdown.row("Base image").nth(1)).toHaveText(
      /^gcr\.io\/distroless\/static-debian12:nonroot/,
    );
    await expect(showdown.row("Tools left").nth(1)).toHaveText("none");
    await expect(showdown.results).toContainText(
      "Go, static binary on distroless keeps no shell, package manager or compiler.",
    );
    await showdown.app.expectNoErrorsAndNoForeignRequests();
  });

  test("shows a playground whose build stops as having no image, not as a tiny one", async ({ page }) => {
    const showdown = new ShowdownPage(page);
    await showdown.app.open("#/playground");
    await showdown.app.replaceText('FROM alpine\nRUN exit 1\nCMD ["/x"]\n');
    await showdown.app.expectEditorToContain('CMD ["/x"]');
    await showdown.app.header.getByRole("link", { name: "Showdown" }).click();
    await showdown.expectMeasured();
    await showdown.pick("A", "Your playground");
    await expect(showdown.row("Image size").first()).toHaveText(/^no image/);
    await expect(showdown.row("Starts\\?").first()).toContainText("The build stops at line 2");
    await expect(showdown.results).toContainText("Your playground has no image: The build stops at line 2");
    await showdown.app.expectNoErrorsAndNoForeignRequests();
  });

  test("fits a 390 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const showdown = new ShowdownPage(page);
    await showdown.open("why-images-get-fat");
    await expect(showdown.row("Image size")).toHaveCount(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await showdown.table.scrollIntoViewIfNeeded();
    await expect(showdown.row("Starts\\?").nth(1)).toBeInViewport();
  });
});

test("the showdown has no serious or critical axe violation in the light and dark themes", async ({
  page,
}) => {
  const showdown = new ShowdownPage(page);
  await showdown.open();
  await expect(showdown.row("Starts\\?").nth(1)).toContainText("Would not start");
  await expectNoSeriousViolationsInBothThemes(page);
});

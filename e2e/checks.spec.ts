import { expect, test } from "@playwright/test";
import { StageplayPage } from "./pages/StageplayPage";

test.describe("findings in the Checks tab", () => {
  test("a typo in an instruction is reported at its line with BuildKit's suggestion", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/playground");
    await app.tab("Checks").click();
    await app.typeAtStart("FORM alpine\n");
    const finding = app.tabPanel.getByRole("button", {
      name: /unknown instruction: FORM \(did you mean FROM\?\)/,
    });
    await expect(finding).toBeVisible();
    await expect(finding).toContainText("Error · line 1");
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("a COPY --from a stage defined later is an error once the target needs it", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/playground");
    await app.tab("Checks").click();
    await app.replaceText(
      "FROM alpine AS first\nCOPY --from=later /x /x\nFROM alpine AS later\nFROM alpine AS final\nCOPY --from=first /x /x\n",
    );
    await app.expectEditorToContain("FROM alpine AS final");
    await expect(app.tabPanel).toContainText(
      'cannot copy from stage "later", it needs to be defined before current stage "first"',
    );
  });
});

test.describe("findings on lesson 1's starter", () => {
  test("include Docker's JSONArgsRecommended and the pip cache the image keeps, with their fixes", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    await app.tab("Checks").click();
    await expect(app.tabPanel.getByRole("button", { name: /line 6 · JSONArgsRecommended/ })).toBeVisible();
    await expect(app.tabPanel.getByRole("button", { name: /line 4 · pip-cache-in-image/ })).toContainText(
      "--no-cache-dir",
    );
    await app.expectNoErrorsAndNoForeignRequests();
  });
});

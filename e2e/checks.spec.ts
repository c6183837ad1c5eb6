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

test.describe("a practitioner's own Dockerfile, pasted without its build context", () => {
  test("gets notes that say what Stageplay cannot tell, never a false error", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/playground");
    await app.tab("Checks").click();
    // The .NET sample's shape: an image outside the catalog, its ENV ($APP_UID) and a program it ships.
    await app.replaceText(
      [
        "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build",
        "WORKDIR /source",
        "COPY --link . .",
        "RUN dotnet publish -o /app",
        "",
        "FROM mcr.microsoft.com/dotnet/aspnet:10.0",
        "WORKDIR /app",
        "COPY --link --from=build /app .",
        "USER $APP_UID",
        'ENTRYPOINT ["./aspnetapp"]',
        "",
      ].join("\n"),
    );
    await app.expectEditorToContain('ENTRYPOINT ["./aspnetapp"]');
    await expect(app.tabPanel.getByRole("heading", { name: /^No errors/ })).toBeVisible();
    const note = app.tabPanel.getByRole("button", { name: /Note · line 10 · image-would-not-start/ });
    await expect(note).toContainText("cannot tell whether the image starts");
    await expect(app.tabPanel.getByRole("button", { name: /^Warning/ })).toHaveCount(0);
    await app.expectNoErrorsAndNoForeignRequests();
  });
});

test("a finding a lesson explains links to that lesson, and the lesson links its findings", async ({
  page,
}) => {
  const app = new StageplayPage(page);
  await app.open("#/playground");
  await app.tab("Checks").click();
  await app.replaceText("FROM alpine:3.21\nCMD echo hello\n");
  await app.expectEditorToContain("CMD echo hello");
  await app.tabPanel.getByRole("link", { name: "Explained in lesson 1: Why images get fat" }).click();
  await expect(page).toHaveURL(/#\/lessons\/why-images-get-fat$/);
  const taught = app.lesson.getByRole("region", { name: "Findings this lesson explains" });
  await expect(taught.getByRole("link", { name: /JSONArgsRecommended/ })).toHaveAttribute(
    "href",
    /^https:\/\/docs\.docker\.com\//,
  );
  await app.tab("Checks").click();
  await expect(app.tabPanel.getByText("Explained in this lesson").first()).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";
import { RulesPage } from "./pages/RulesPage";
import { StageplayPage } from "./pages/StageplayPage";

const RULE = "removed-in-later-layer";

test("a lesson's finding leads to what its rule means, and the explanation leads back to the lesson", async ({
  page,
}) => {
  const app = new StageplayPage(page);
  const rules = new RulesPage(page);
  await app.open("#/lessons/layers-only-add");
  await app.tab("Checks").click();
  const finding = app.tabPanel.getByRole("listitem").filter({
    has: page.getByRole("button", { name: new RegExp(`line 4 · ${RULE}`) }),
  });
  await finding.getByRole("link", { name: `What ${RULE} means` }).click();

  await expect(page).toHaveURL(new RegExp(`#/checks/${RULE}$`));
  await expect(rules.title).toHaveText("Deleted in a later layer, still in the image");
  await expect(rules.main).toContainText(`Rule name: ${RULE}`);
  await expect(rules.section("What it means")).toContainText("Layers only add");
  await expect(rules.section("How to fix it")).toContainText("in the same RUN");
  await expect(rules.main.getByRole("figure")).toHaveCount(2);
  await expect(page).toHaveTitle(`${RULE} · Checks · Stageplay`);

  await rules.lessonLink("Lesson 2: Layers only add").click();
  await expect(page).toHaveURL(/#\/lessons\/layers-only-add$/);
  await expect(app.lesson.getByRole("heading", { name: "Layers only add", level: 1 })).toBeVisible();
  await app.expectNoErrorsAndNoForeignRequests();
});

test("a BuildKit finding links Docker's page for its rule, in a new tab", async ({ page }) => {
  const app = new StageplayPage(page);
  await app.open("#/lessons/why-images-get-fat");
  await app.tab("Checks").click();
  const link = app.tabPanel.getByRole("link", { name: /What JSONArgsRecommended means/ });
  await expect(link).toHaveAttribute(
    "href",
    "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/",
  );
  await expect(link).toHaveAttribute("target", "_blank");
});

test("the index lists every kind of check and opens a check's page", async ({ page }) => {
  const app = new StageplayPage(page);
  const rules = new RulesPage(page);
  // The Checks tab leads to the index.
  await app.open("#/lessons/layers-only-add");
  await app.tab("Checks").click();
  await app.tabPanel.getByRole("link", { name: "Every check Stageplay runs, explained" }).click();
  await expect(page).toHaveURL(/#\/checks$/);
  await expect(rules.title).toHaveText("Checks");
  await expect(rules.main.getByRole("heading", { name: "BuildKit's build checks" })).toBeVisible();
  await expect(rules.ruleLink("UndefinedVar")).toHaveAttribute("href", /^https:\/\/docs\.docker\.com\//);
  await rules.ruleLink("cache-mount-not-in-image").click();
  await expect(rules.title).toHaveText("Output written into a cache mount");
  await rules.allChecksLink.click();
  await expect(rules.title).toHaveText("Checks");
});

test("a check's page and the index have no serious accessibility problem in either theme and fit 390 px", async ({
  page,
}) => {
  const rules = new RulesPage(page);
  await rules.open(RULE);
  await expect(rules.title).toBeVisible();
  await expectNoSeriousViolationsInBothThemes(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rules.title).toBeVisible();
  await rules.expectNoSidewaysScroll();
  await rules.open();
  await expect(rules.title).toHaveText("Checks");
  await rules.expectNoSidewaysScroll();
  await expectNoSeriousViolationsInBothThemes(page);
});

test("lesson text links a rule name it quotes", async ({ page }) => {
  const app = new StageplayPage(page);
  await app.open("#/lessons/layers-only-add");
  // Step 2 of the lesson names the finding the learner will meet.
  await app.lesson.getByRole("button", { name: /Next step/ }).click();
  // The step's own text, not the list of findings the lesson explains further down.
  const link = app.lesson.getByRole("region", { name: /^Step 2 of/ }).getByRole("link", { name: RULE });
  await expect(link).toHaveAttribute("href", `#/checks/${RULE}`);
  await link.click();
  await expect(new RulesPage(page).title).toHaveText("Deleted in a later layer, still in the image");
});

test("the editor's marker hover links its rule name to the same page", async ({ page }) => {
  const app = new StageplayPage(page);
  await app.open("#/lessons/layers-only-add");
  await app.editorReady();
  await app.editorText.getByText("rm -rf /var/lib/apt/lists/*").hover();
  const link = page.getByRole("tooltip").getByRole("link", { name: RULE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/checks/${RULE}$`));
  await expect(new RulesPage(page).title).toHaveText("Deleted in a later layer, still in the image");
});

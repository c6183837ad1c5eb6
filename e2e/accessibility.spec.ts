import { expect, test } from "@playwright/test";
import { DiagramTab } from "./pages/DiagramTab";
import { StageplayPage } from "./pages/StageplayPage";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";

// axe on the screens a learner and a practitioner use, in both themes: no serious or critical
// violation. The Checks tab is open with findings in it, notes included.
test.describe("accessibility in the light and dark themes", () => {
  test("lesson 1 with its findings has no serious or critical axe violation", async ({ page }) => {
    const app = new StageplayPage(page);
    await app.open("#/lessons/why-images-get-fat");
    await app.tab("Checks").click();
    await expect(app.tabPanel.getByRole("button", { name: /JSONArgsRecommended/ })).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);
  });

  test("the playground with a note it cannot tell has no serious or critical axe violation", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    await app.open("#/playground");
    await app.tab("Checks").click();
    await app.replaceText('FROM mycorp/base:1.0\nCOPY . /app\nCMD ["/app/run"]\n');
    await app.expectEditorToContain('CMD ["/app/run"]');
    await expect(app.tabPanel.getByRole("button", { name: /^Note/ }).first()).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);
  });

  test("the stage diagram and the build options have no serious or critical axe violation", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await expect(diagram.stage("final")).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);
  });
});

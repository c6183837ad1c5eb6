import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations, expectNoSeriousViolationsInBothThemes } from "./pages/axe";
import { DiagramTab } from "./pages/DiagramTab";
import { EditorTools } from "./pages/EditorTools";
import { StageplayPage } from "./pages/StageplayPage";

const TWO_STAGES = `FROM golang:1.26 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

test.describe("the editor that teaches", () => {
  // This machine's own platform. Playwright's "Desktop Chrome" claims Windows, where Monaco gives its
  // suggestion rows the role listitem (for NVDA) inside a listbox, which axe reports; on Linux and
  // macOS they are options.
  test.use({
    userAgent:
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
  });

  test("a warning appears under its line while typing, and its quick fix removes it in one undoable edit", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    const tools = new EditorTools(page);
    await app.open("#/playground");
    await app.tab("Checks").click();
    await app.replaceText(TWO_STAGES);
    await tools.goTo(1, 18);
    await page.keyboard.press("Shift+End");
    await page.keyboard.type("as build");
    const finding = app.tabPanel.getByRole("button", { name: /line 1 · FromAsCasing/ });
    await expect(finding).toBeVisible();
    await tools.goTo(1, 18);
    await tools.quickFixes();
    await expect(tools.quickFix(/AS/).first()).toBeVisible();
    await expectNoSeriousViolations(page);
    await tools.quickFix(/AS/).first().click();
    await app.expectEditorToContain("FROM golang:1.26 AS build");
    await expect(finding).toHaveCount(0);
    // The fix was one edit: a single undo brings the warning back.
    await page.keyboard.press("ControlOrMeta+Z");
    await app.expectEditorToContain("FROM golang:1.26 as build");
    await expect(finding).toBeVisible();
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("typing COPY --from= offers the stages defined above", async ({ page }) => {
    const app = new StageplayPage(page);
    const tools = new EditorTools(page);
    await app.open("#/playground");
    await app.replaceText(TWO_STAGES.replace("--from=build", "--fro"));
    await tools.goTo(7, 11);
    // "=" asks for suggestions by itself: no Ctrl+Space.
    await page.keyboard.type("m=");
    await expect(tools.suggestion(/^build/)).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press("Enter");
    await app.expectEditorToContain("COPY --from=build /out/app /app");
  });

  test("hover on FROM explains it, with the lesson that teaches it", async ({ page }) => {
    const app = new StageplayPage(page);
    const tools = new EditorTools(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await app.open("#/playground");
    await app.replaceText(TWO_STAGES);
    await tools.goTo(1, 2);
    await tools.hover();
    await expect(tools.hoverText).toContainText("FROM");
    await expect(tools.hoverText).toContainText("stage");
    await expect(tools.hoverText.getByRole("link", { name: "Your first multistage build" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("renaming a stage renames every --from= and from= that names it, and the target follows", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    const tools = new EditorTools(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await app.replaceText(
      TWO_STAGES.replace(
        'ENTRYPOINT ["/app"]',
        'COPY --from=build /src/LICENSE /LICENSE\nRUN --mount=from=build,source=/src,target=/s ["/app", "--check"]\nENTRYPOINT ["/app"]',
      ),
    );
    await diagram.chooseTarget("build");
    await tools.goTo(7, 14);
    await tools.rename("compile");
    await app.expectEditorToContain("FROM golang:1.26 AS compile");
    await app.expectEditorToContain("COPY --from=compile /out/app /app");
    await app.expectEditorToContain("COPY --from=compile /src/LICENSE /LICENSE");
    await app.expectEditorToContain("RUN --mount=from=compile,source=/src,target=/s");
    await expect(diagram.options.getByLabel("Target")).toHaveValue("compile");
    await expect(diagram.stage("compile")).toBeVisible();
  });

  test("go to definition from --from=build lands on the build stage's FROM", async ({ page }) => {
    const app = new StageplayPage(page);
    const tools = new EditorTools(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await app.replaceText(TWO_STAGES);
    await tools.goTo(7, 14);
    await expect(diagram.stage("final")).toHaveAttribute("aria-current", "location");
    await page.keyboard.press("F12");
    // The cursor is now on the build stage's line: the diagram marks that stage.
    await expect(diagram.stage("build")).toHaveAttribute("aria-current", "location");
    // Every use of the name under the cursor is highlighted, and still reads in both themes.
    await expectNoSeriousViolationsInBothThemes(page);
  });

  test("the editor's problems and the Checks tab list the same findings, before and after a quick fix", async ({
    page,
  }) => {
    const app = new StageplayPage(page);
    const tools = new EditorTools(page);
    await app.open("#/lessons/why-images-get-fat");
    await app.tab("Checks").click();
    await expect(app.tabPanel.getByRole("heading", { name: "No errors, 4 other findings" })).toBeVisible();
    await app.editorReady();
    await app.editorText.click();
    await tools.nextProblem();
    await expect(tools.problemCount(4)).toBeVisible();
    await page.keyboard.press("Escape");
    // The pip cache finding on line 4, fixed from the keyboard: Ctrl+. then Enter.
    await tools.goTo(4, 5);
    await tools.quickFixes();
    await expect(tools.quickFix(/--no-cache-dir/)).toBeVisible();
    await page.keyboard.press("Enter");
    await app.expectEditorToContain("pip install --no-cache-dir -r requirements.txt");
    await expect(app.tabPanel.getByRole("heading", { name: "No errors, 3 other findings" })).toBeVisible();
    await tools.nextProblem();
    await expect(tools.problemCount(3)).toBeVisible();
  });

  test("the number of a file's last, empty line stays readable", async ({ page }) => {
    // Monaco dims it on Linux by default, below any readable contrast.
    const app = new StageplayPage(page);
    await app.open("#/playground");
    await app.replaceText(TWO_STAGES);
    await expect(page.locator(".line-numbers").filter({ hasText: /^9$/ })).toBeVisible();
    await expect(page.locator(".line-numbers.dimmed-line-number")).toHaveCount(0);
    await expectNoSeriousViolationsInBothThemes(page, ".editor");
  });
});

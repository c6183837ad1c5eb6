import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { BuildTab } from "./pages/BuildTab";
import { DiagramTab } from "./pages/DiagramTab";
import { StageplayPage } from "./pages/StageplayPage";

const TWO_STAGES = `FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM build AS test
RUN go test ./...

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`;

test.describe("the stage diagram", () => {
  test("draws a new COPY --from edge as the learner types it", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await app.replaceText("FROM golang:1.26-alpine AS build\nRUN go build -o /out/app .\n");
    await expect(diagram.stage("build")).toBeVisible();
    await expect(diagram.edge(/^COPY --from/)).toHaveCount(0);
    await app.page.keyboard.insertText("\nFROM alpine:3.20\nCOPY --from=build /out/app /ap");
    await app.page.keyboard.type("p\n");
    await expect(diagram.stage("stage-1")).toHaveAccessibleName(/^Stage stage-1, target/);
    // A straight edge has no height, so it is checked as present rather than visible.
    await expect(diagram.edge(/^COPY --from build into stage-1: \/out\/app to \/app/)).toHaveCount(1);
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("fades the stages the target does not need, and the legacy builder builds them", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await app.replaceText(TWO_STAGES);
    await expect(diagram.stage("test")).toHaveAccessibleName(/^Stage test, not needed for target final/);
    await expect(diagram.stage("final")).toHaveAccessibleName(/^Stage final, target/);

    await diagram.chooseTarget("test");
    await expect(diagram.stage("test")).toHaveAccessibleName(/^Stage test, target/);
    await expect(diagram.stage("final")).toHaveAccessibleName(
      /^Stage final, after the target test: not built/,
    );

    await diagram.chooseTarget("final (default: last stage)");
    await diagram.chooseBuilder("Legacy builder");
    await expect(diagram.stage("test")).toHaveAccessibleName(
      /^Stage test, built, .*built only by the legacy builder/,
    );
    await expect(diagram.region).toContainText(/legacy/);
  });

  test("builds with the build args and the platform the learner sets", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await app.replaceText(
      `ARG GO_VERSION=1.26\n${TWO_STAGES.replace("golang:1.26-alpine", "golang:${GO_VERSION}-alpine")}`,
    );
    await expect(diagram.stage("build")).toHaveAccessibleName(/from golang:1\.26-alpine/);
    await diagram.options.getByText(/^Build args/).click();
    await diagram.options.getByLabel(/^GO_VERSION/).fill("1.25");
    await expect(diagram.stage("build")).toHaveAccessibleName(/from golang:1\.25-alpine/);
    await diagram.options.getByLabel("Platform").selectOption("linux/arm64");
    await expect(diagram.region).toContainText("for linux/arm64, with sizes measured on linux/amd64");
  });

  test("links nodes and the editor both ways", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await app.replaceText(TWO_STAGES);
    // The new file's diagram is drawn (its final stage is a new node, not the playground's).
    await expect(diagram.stage("test")).toBeVisible();
    // Enter on a focused node puts the editor's cursor on its FROM line; the node stays focused.
    await diagram.stage("final").focus();
    await page.keyboard.press("Enter");
    await expect(diagram.stage("final")).toBeFocused();
    await expect(diagram.stage("final")).toHaveAttribute("aria-current", "location");
    await expect(diagram.stage("test")).not.toHaveAttribute("aria-current", "location");
    // A click on the editor's line 7 marks the stage it belongs to.
    await app.editorText.getByText("go test").click();
    await expect(diagram.stage("test")).toHaveAttribute("aria-current", "location");
  });

  test("keeps the last diagram, marked out of date, while the file does not parse", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await app.replaceText(TWO_STAGES);
    await expect(diagram.stage("test")).toBeVisible();
    // A build that fails at line 3 still parses; the line that does not parse is what makes the diagram old.
    const failing = TWO_STAGES.replace("WORKDIR /src\n", "WORKDIR /src\nRUN exit 1\n");
    await app.replaceText(`${failing}HEALTHCHECK --interval=oops CMD true\n`);
    await expect(diagram.outOfDate).toBeVisible();
    await expect(diagram.outOfDate).toContainText("line 13:");
    await expect(diagram.stage("test")).toBeVisible();
  });

  test("exports the diagram as SVG and as Mermaid text", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await expect(diagram.stage("final")).toBeVisible();
    const svg = await diagram.export("SVG");
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
    const svgText = await readFile((await svg.path())!, "utf8");
    expect(svgText).toContain("<svg");
    expect(svgText).toContain("final");
    const png = await diagram.export("PNG");
    expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe("PNG");
    const mermaid = await diagram.export("Mermaid");
    expect(await readFile((await mermaid.path())!, "utf8")).toMatch(/^flowchart LR\n/);
    await app.expectNoErrorsAndNoForeignRequests();
  });

  test("lists the stages and edges as text", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    await app.open("#/playground");
    await diagram.open();
    await diagram.region.getByText("Stages and edges as a list").click();
    await expect(
      diagram.region.getByRole("listitem").filter({ hasText: /^COPY --from build into final/ }),
    ).toBeVisible();
  });

  test("lights the stage the build player is running", async ({ page }) => {
    const app = new StageplayPage(page);
    const diagram = new DiagramTab(page);
    const build = new BuildTab(app);
    await app.open("#/playground");
    await build.open();
    // 20 s into the example's simulated build, `go build` runs in the build stage.
    await build.position.fill("20000");
    await diagram.open();
    await expect(diagram.stage("build")).toHaveAccessibleName(/, running now in the build player$/);
    await expect(diagram.stage("final")).not.toHaveAccessibleName(/running now/);
  });
});

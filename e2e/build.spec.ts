import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { BuildTab } from "./pages/BuildTab";
import { StageplayPage } from "./pages/StageplayPage";
import { expectNoSeriousViolationsInBothThemes } from "./pages/axe";

const LESSON = "#/lessons/why-images-get-fat";
const SOLUTION = readFileSync("lessons/why-images-get-fat/solution.Dockerfile", "utf8");
const FAILING = "FROM python:3.12-slim\nCOPY . /app\nRUN go build -o /app/server .\n";

async function openBuild(page: Page, hash = LESSON) {
  const app = new StageplayPage(page);
  await app.open(hash);
  const build = new BuildTab(app);
  await build.open();
  return { app, build };
}

test("play the build to the end: the log grows as it plays and ends with the exported image", async ({
  page,
}) => {
  const { app, build } = await openBuild(page);
  await expect(build.status).toContainText("Press Play to watch it run");
  await build.speed.selectOption("2");
  await build.playButton.focus();
  await page.keyboard.press("Enter");
  await expect(build.playButton).toHaveText("Pause");
  await expect(build.log).not.toContainText("exporting to image");
  await expect(build.status).toContainText(/^Running stage-0, line \d+/);
  await expect(build.announcement).toHaveText("Playing the build.");
  await expect(build.playButton).toHaveText("Play again", { timeout: 15_000 });
  await expect(build.announcement).toHaveText(/^Built in \d+\.\d s of simulated time\.$/);
  await expect(build.log).toContainText("[4/4] RUN pip install -r requirements.txt");
  await expect(build.log).toContainText(/writing image sha256:[0-9a-f]{64} done/);
  await expect(build.status).toContainText(/^Built in \d+\.\d s of simulated time\.$/);
  await expect(build.timeline.getByRole("listitem")).toHaveText([/^stage-0\s*0\.0 s–\d+\.\d s, 4 steps/]);
  await expect(build.totals).toContainText("BuildKit (this build)");
  await app.expectNoErrorsAndNoForeignRequests();
});

test("step moves from one step boundary to the next, and restart starts over", async ({ page }) => {
  const { build } = await openBuild(page);
  await build.button("Step").click();
  await expect(build.log).toContainText("[1/4] FROM docker.io/library/python:alpine3.7");
  await expect(build.log).not.toContainText("COPY . /app");
  await build.button("Step").click();
  await expect(build.log).toContainText("[2/4] COPY . /app");
  await expect(build.log).not.toContainText("[3/4] WORKDIR /app");
  expect(await build.positionMs()).toBeGreaterThan(0);
  await build.speed.selectOption("1");
  await build.button("Restart").click();
  await expect(build.playButton).toHaveText("Pause");
  await expect(build.log).not.toContainText("COPY . /app");
});

test("the build keeps playing while the diagram is shown", async ({ page }) => {
  const { app, build } = await openBuild(page);
  await build.speed.selectOption("1");
  await build.playButton.click();
  await app.tab("Diagram").click();
  await expect(app.tab("Diagram")).toHaveAttribute("aria-selected", "true");
  await app.tab("Build").click();
  // Playback lives with the panel, not the tab: back on the Build tab it is still playing, and moves on.
  await expect(build.playButton).toHaveText("Pause");
  await expect.poll(() => build.positionMs(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1000);
});

test("a learner who scrolls up in the log keeps reading there while the build plays on", async ({ page }) => {
  const { build } = await openBuild(page);
  const first = build.log.getByText("#1 [internal] load build definition from Dockerfile");
  await build.speed.selectOption("1");
  await build.playButton.click();
  // By the last step the log is taller than its box; the install takes 2.3 simulated seconds.
  await expect(build.log).toContainText("[4/4] RUN pip install");
  await build.log.focus();
  await page.keyboard.press("Home");
  await expect(build.playButton).toHaveText("Play again", { timeout: 15_000 });
  await expect(first).toBeInViewport();
  await expect(build.log.getByText(/writing image sha256/)).not.toBeInViewport();
});

test("switching to another document starts its player over", async ({ page }) => {
  const { app, build } = await openBuild(page);
  await build.speed.selectOption("1");
  await build.playButton.click();
  await expect(build.playButton).toHaveText("Pause");
  await app.header.getByRole("link", { name: "Playground" }).click();
  await expect(app.playground).toBeVisible();
  await expect(build.playButton).toHaveText("Play");
  await expect(build.status).toContainText("Press Play to watch it run");
  await expect(build.log).toContainText("exporting to image");
});

test("a failing step stops the build, with BuildKit's error under it", async ({ page }) => {
  const { app, build } = await openBuild(page, "#/playground");
  await app.replaceText(FAILING);
  await expect(build.status).toContainText("The build fails at line 3");
  await build.playButton.click();
  await expect(build.playButton).toHaveText("Play again", { timeout: 15_000 });
  await expect(build.log).toContainText(
    'ERROR: failed to solve: process "/bin/sh -c go build -o /app/server ." did not complete successfully: exit code: 127',
  );
  await expect(build.log).toContainText("go: not found");
  await expect(build.log).not.toContainText("exporting to image");
});

test("edit a context file and see which steps re-run: the starter re-runs the install, the solution keeps it", async ({
  page,
}) => {
  const { app, build } = await openBuild(page);
  await build.pickEditedFile("app.py");
  await expect(build.rerunStep("RUN pip install")).toContainText("re-runs");
  await expect(build.rerunStep("FROM docker.io/library/python:alpine3.7")).toContainText("CACHED");

  await app.replaceText(SOLUTION);
  await expect(build.rerunStep("RUN pip install --no-cache-dir")).toContainText("CACHED");
  await expect(build.rerunStep("COPY . .")).toContainText("re-runs");
  await build.pickEditedFile("requirements.txt");
  await expect(build.rerunStep("RUN pip install --no-cache-dir")).toContainText("re-runs");
});

test("the Build tab has no serious or critical axe violation in the light and dark themes", async ({
  page,
}) => {
  const { build } = await openBuild(page);
  await build.pickEditedFile("app.py");
  await expect(build.rerunStep("RUN pip install")).toBeVisible();
  await build.button("Step").click();
  await build.button("Step").click();
  await expectNoSeriousViolationsInBothThemes(page, ".tabpanel");
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/**
 * Runs axe on the page, or on the part of it `include` selects, and expects no serious or critical
 * violation; the failure lists each rule with the elements it found.
 */
export async function expectNoSeriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  const serious = violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(serious).toEqual([]);
}

/**
 * Runs axe in the light theme, then in the dark one, on the same screen in the same state: the app
 * follows the system's colour scheme, so the switch needs no reload.
 */
export async function expectNoSeriousViolationsInBothThemes(page: Page, include?: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await test.step(`axe in the ${colorScheme} theme`, async () => {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
      await expectNoSeriousViolations(page, include);
    });
  }
}

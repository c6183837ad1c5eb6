import { expect, type Locator, type Page } from "@playwright/test";

/** A check's explanation (`#/checks/<rule>`) and the index of every check (`#/checks`). */
export class RulesPage {
  constructor(readonly page: Page) {}

  async open(rule?: string) {
    await this.page.goto(rule ? `/#/checks/${rule}` : "/#/checks");
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  get title(): Locator {
    return this.main.getByRole("heading", { level: 1 });
  }

  section(heading: string): Locator {
    // The paragraph that follows a section's heading.
    return this.main
      .getByRole("heading", { name: heading, level: 2 })
      .locator("xpath=following-sibling::*[1]");
  }

  lessonLink(name: string | RegExp): Locator {
    return this.main.getByRole("link", { name });
  }

  get allChecksLink(): Locator {
    return this.main.getByRole("link", { name: "All checks" });
  }

  /** A rule name in the index, linked to its page or to Docker's. */
  ruleLink(rule: string): Locator {
    return this.main.getByRole("link", { name: new RegExp(`^${rule}\\b`) });
  }

  async expectNoSidewaysScroll() {
    const overflow = await this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
}

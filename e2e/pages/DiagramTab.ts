import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** The Diagram tab and the build options above the tabs, as a learner uses them. */
export class DiagramTab {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("tab", { name: "Diagram" }).click();
    await expect(this.region).toBeVisible();
  }

  get region(): Locator {
    return this.page.getByRole("region", { name: "Stage diagram" });
  }

  /** A stage node, found by the start of its accessible name ("Stage build, …"). */
  stage(name: string): Locator {
    return this.region.getByRole("button", { name: new RegExp(`^Stage ${name},`) });
  }

  /** An edge, by a part of its accessible name. */
  edge(name: RegExp): Locator {
    return this.region.getByRole("group", { name });
  }

  get outOfDate(): Locator {
    return this.region.getByRole("status").filter({ hasText: "Out of date" });
  }

  get textAlternative(): Locator {
    return this.region.getByRole("group").filter({ hasText: "Stages and edges as a list" });
  }

  get options(): Locator {
    return this.page.getByRole("form", { name: "Build options" });
  }

  async chooseTarget(label: string) {
    await this.options.getByLabel("Target").selectOption({ label });
  }

  async chooseBuilder(label: "BuildKit" | "Legacy builder") {
    await this.options.getByLabel("Builder").selectOption({ label });
  }

  async export(format: "SVG" | "PNG" | "Mermaid"): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.region
      .getByRole("button", { name: `Export as ${format === "Mermaid" ? "Mermaid text" : format}` })
      .click();
    return download;
  }
}

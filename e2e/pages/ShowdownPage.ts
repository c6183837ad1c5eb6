import { expect, type Locator, type Page } from "@playwright/test";
import { StageplayPage } from "./StageplayPage";

/** The showdown as a person sees it: two sides with their pickers, then sentences, charts and a table. */
export class ShowdownPage {
  readonly app: StageplayPage;

  constructor(readonly page: Page) {
    this.app = new StageplayPage(page);
  }

  async open(lessonId?: string) {
    await this.app.open(lessonId ? `#/showdown/${lessonId}` : "#/showdown");
    await this.expectMeasured();
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  heading(): Locator {
    return this.page.getByRole("heading", { level: 1 });
  }

  side(letter: "A" | "B"): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^Side ${letter}:`) });
  }

  picker(letter: "A" | "B"): Locator {
    return this.page.getByRole("combobox", { name: `Show on side ${letter}` });
  }

  dockerfile(letter: "A" | "B"): Locator {
    return this.side(letter).getByRole("region", { name: /^Dockerfile of / });
  }

  async pick(letter: "A" | "B", label: string) {
    await this.picker(letter).selectOption({ label });
    await this.expectMeasured();
  }

  get results(): Locator {
    return this.page.getByRole("region", { name: "What the build would give" });
  }

  get table(): Locator {
    return this.page.getByRole("table", { name: "The figures side by side" });
  }

  /** The cells of one row of the table, side A first. */
  row(name: string): Locator {
    return this.table.getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell");
  }

  chart(title: "Image size" | "Build time, simulated"): Locator {
    return this.results.getByRole("img", { name: new RegExp(`^${title}\\.`) });
  }

  async expectMeasured() {
    await expect(this.table).toBeVisible();
  }
}

import type { Locator, Page } from "@playwright/test";
import type { StageplayPage } from "./StageplayPage";

/** The Image tab as a person uses it: a stage picker, the verdict, layers, a file tree, what is left behind. */
export class ImageTab {
  constructor(
    readonly app: StageplayPage,
    readonly page: Page = app.page,
  ) {}

  async open() {
    await this.app.tab("Image").click();
  }

  get region(): Locator {
    return this.page.getByRole("region", { name: "Image explorer" });
  }

  get stagePicker(): Locator {
    return this.region.getByRole("combobox", { name: "Stage" });
  }

  get verdict(): Locator {
    return this.region.getByRole("region", { name: /^Start verdict/ });
  }

  get layers(): Locator {
    return this.region.getByRole("region", { name: /^Layers/ });
  }

  get sizeByOrigin(): Locator {
    return this.region.getByRole("region", { name: "Where the bytes come from" });
  }

  get leftBehind(): Locator {
    return this.region.getByRole("region", { name: "Left behind" });
  }

  get files(): Locator {
    return this.region.getByRole("region", { name: /^Files/ });
  }

  get fileTree(): Locator {
    return this.region.getByRole("tree");
  }

  file(name: string | RegExp): Locator {
    return this.fileTree.getByRole("treeitem", { name });
  }

  get chosenFile(): Locator {
    return this.region.getByRole("region", { name: "Chosen file" });
  }

  async pickStage(label: string | RegExp) {
    const options = await this.stagePicker.locator("option").allTextContents();
    const match = options.find((o) => (typeof label === "string" ? o.startsWith(label) : label.test(o)));
    await this.stagePicker.selectOption({ label: match ?? String(label) });
  }
}

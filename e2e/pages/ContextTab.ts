import { expect, type Locator, type Page } from "@playwright/test";
import type { StageplayPage } from "./StageplayPage";

/** The Context tab as a learner uses it: the build context's files, and the forms that change them. */
export class ContextTab {
  constructor(
    readonly app: StageplayPage,
    readonly page: Page = app.page,
  ) {}

  async open() {
    await this.app.tab("Context").click();
    await expect(this.region).toBeVisible();
  }

  get region(): Locator {
    return this.page.getByRole("region", { name: "Build context" });
  }

  get fileList(): Locator {
    return this.region.getByRole("list", { name: "Files" });
  }

  /** The row of one file: it starts with the file's path, then its size. */
  file(path: string): Locator {
    const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return this.fileList.getByRole("listitem").filter({ hasText: new RegExp(`^${escaped}\\s*\\d`) });
  }

  /** The paths listed, in the order shown. */
  async paths(): Promise<string[]> {
    return this.fileList.getByRole("listitem").locator("code").allTextContents();
  }

  button(name: string): Locator {
    return this.region.getByRole("button", { name, exact: true });
  }

  /** The file editor of `path`, once Monaco has loaded; its text is in Monaco's view layer. */
  editor(path: string): Locator {
    return this.region.getByRole("textbox", { name: `Contents of ${path}` });
  }

  editorText(path: string): Locator {
    return this.file(path).locator(".view-lines");
  }

  async edit(path: string) {
    await this.button(`Edit ${path}`).click();
    await expect(this.editor(path)).toBeFocused();
  }

  /** Types at the end of the open file, the way a person would. */
  async typeAtEnd(path: string, text: string) {
    await this.edit(path);
    await this.page.keyboard.press("ControlOrMeta+End");
    await this.page.keyboard.type(text);
  }

  async addTextFile(path: string) {
    await this.region.getByLabel("Path of the text file").fill(path);
    await this.button("Add text file").click();
  }

  async addLargeFile(path: string, amount: string, unit: "B" | "kB" | "MB" | "GB") {
    await this.region.getByLabel("Path of the large file").fill(path);
    await this.region.getByLabel("Size", { exact: true }).fill(amount);
    await this.region.getByLabel("Unit of the size").selectOption(unit);
    await this.button("Add large file").click();
  }

  async rename(from: string, to: string) {
    await this.button(`Rename ${from}`).click();
    await this.region.getByLabel(`New path for ${from}`).fill(to);
    await this.file(from).getByRole("button", { name: "Save" }).click();
  }

  get totals(): Locator {
    return this.region.getByText(/^\d+ files?, /);
  }
}

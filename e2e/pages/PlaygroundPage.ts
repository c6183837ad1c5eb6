import { expect, type Locator, type Page } from "@playwright/test";
import { StageplayPage } from "./StageplayPage";

/** The playground's pane as a person uses it: its example gallery, its share link, and opening a link. */
export class PlaygroundPage {
  readonly app: StageplayPage;

  constructor(readonly page: Page) {
    this.app = new StageplayPage(page);
  }

  async open() {
    await this.app.open("#/playground");
    await this.editorReady();
  }

  /** Monaco is the app's largest download: on a busy machine it takes longer than one expect's wait. */
  async editorReady() {
    const editor = this.page.getByRole("region", { name: "Editor" });
    await expect(editor.getByText("Loading the editor…")).toHaveCount(0, { timeout: 30_000 });
    await this.app.editorReady();
  }

  get gallery(): Locator {
    return this.app.playground.getByRole("region", { name: "Examples" });
  }

  example(title: string): Locator {
    return this.gallery
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  async openExample(title: string) {
    await this.gallery.getByRole("button", { name: `Open ${title}` }).click();
  }

  get galleryStatus(): Locator {
    return this.gallery.getByRole("status");
  }

  get replaceDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Replace your playground?" });
  }

  get share(): Locator {
    return this.app.playground.getByRole("region", { name: "Share" });
  }

  get shareButton(): Locator {
    return this.share.getByRole("button", { name: "Share", exact: true });
  }

  get shareStatus(): Locator {
    return this.share.getByRole("status");
  }

  get linkField(): Locator {
    return this.share.getByRole("textbox", { name: "Link to this playground" });
  }

  /** Makes a share link and reads it from the field a person would copy it from. */
  async shareLinkByHand(): Promise<string> {
    await this.shareButton.click();
    await expect(this.linkField).toBeFocused();
    return this.linkField.inputValue();
  }

  /** The page a share link opens when it has something to ask or to say. */
  heading(name: string | RegExp): Locator {
    return this.page.getByRole("main").getByRole("heading", { level: 1, name });
  }
}

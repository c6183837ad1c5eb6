import { expect, type Locator, type Page, type Request } from "@playwright/test";

/**
 * The app as a learner sees it. Journeys talk to this object, which finds things by role, label
 * and text, never by class names.
 */
export class StageplayPage {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on("console", (msg) => {
      if (msg.type() === "error") this.consoleErrors.push(msg.text());
    });
    page.on("pageerror", (error) => this.consoleErrors.push(error.message));
    page.on("request", (request: Request) => {
      const url = new URL(request.url());
      if (!["127.0.0.1", "localhost"].includes(url.hostname) && !["data:", "blob:"].includes(url.protocol)) {
        this.foreignRequests.push(request.url());
      }
    });
  }

  async open(hash = "") {
    await this.page.goto(`/${hash}`);
  }

  get header(): Locator {
    return this.page.getByRole("banner");
  }

  get lesson(): Locator {
    return this.page.getByRole("region", { name: "Lesson", exact: true });
  }

  get playground(): Locator {
    return this.page.getByRole("region", { name: "Playground" });
  }

  get hints(): Locator {
    return this.lesson.getByRole("region", { name: "Hints" });
  }

  get notice(): Locator {
    return this.page.getByRole("alert").filter({ hasText: "could not be fully restored" });
  }

  get progress(): Locator {
    return this.page.getByRole("progressbar", { name: "Course progress" });
  }

  get editorText(): Locator {
    // Monaco renders visible lines in its view layer; the text a person sees is there.
    return this.page.getByRole("region", { name: "Editor" }).locator(".view-lines");
  }

  tab(name: string): Locator {
    return this.page.getByRole("tab", { name });
  }

  get tabPanel(): Locator {
    return this.page.getByRole("tabpanel");
  }

  async editorReady() {
    // Monaco is a 1.2 MB lazy chunk: parsing it on a busy two-core machine can take longer than the
    // default wait.
    await expect(
      this.page.getByRole("region", { name: "Editor" }).getByText("Loading the editor…"),
    ).toHaveCount(0, { timeout: 20_000 });
    await expect(this.editorText).toBeVisible();
  }

  /** Types at the very start of the document, the way a person would. */
  async typeAtStart(text: string) {
    await this.editorReady();
    await this.editorText.click();
    await this.page.keyboard.press("ControlOrMeta+Home");
    await this.page.keyboard.type(text);
  }

  /** Replaces the whole document, as pasting over a selection would. */
  async replaceText(text: string) {
    await this.editorReady();
    await this.editorText.click();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.insertText(text);
  }

  async expectEditorToContain(text: string) {
    await expect(this.editorText).toContainText(text.replace(/ /g, "\u00a0"));
  }

  async expectNoErrorsAndNoForeignRequests() {
    expect(this.consoleErrors, "console errors").toEqual([]);
    expect(this.foreignRequests, "requests that left 127.0.0.1").toEqual([]);
  }
}

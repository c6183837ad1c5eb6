import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The editor's own tools, used with the keyboard as a learner would: Monaco's suggestion list,
 * hover, rename box and quick-fix menu, found by their roles and accessible names.
 */
export class EditorTools {
  constructor(readonly page: Page) {}

  get editor(): Locator {
    return this.page.getByRole("region", { name: "Editor" });
  }

  /** Puts the cursor at a line and column with Monaco's "Go to line" (Ctrl+G accepts `line:column`). */
  async goTo(line: number, column: number) {
    await this.page.keyboard.press("Control+G");
    await this.page.keyboard.type(`${line}:${column}`);
    await this.page.keyboard.press("Enter");
  }

  /** Ctrl+Space: the suggestions for the cursor's place. */
  async suggest() {
    await this.page.keyboard.press("Control+Space");
  }

  get suggestions(): Locator {
    return this.page.getByRole("listbox", { name: "Suggest" });
  }

  /** A suggestion by its accessible name: the label, its detail and its kind. */
  suggestion(name: string | RegExp): Locator {
    return this.suggestions.getByRole("option", { name });
  }

  /** Ctrl+K Ctrl+I: Monaco's hover for the cursor's place, shown without a mouse. */
  async hover() {
    await this.page.keyboard.press("Control+K");
    await this.page.keyboard.press("Control+I");
  }

  get hoverText(): Locator {
    return this.page.getByRole("tooltip").filter({ hasText: /\S/ });
  }

  /** F2 on the symbol under the cursor, then the new name and Enter. */
  async rename(newName: string) {
    await this.page.keyboard.press("F2");
    const box = this.page.getByRole("textbox", { name: /Rename input/ });
    await expect(box).toBeFocused();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.keyboard.type(newName);
    await this.page.keyboard.press("Enter");
    await expect(box).toBeHidden();
  }

  /** Ctrl+.: the quick fixes for the finding under the cursor. */
  async quickFixes() {
    await this.page.keyboard.press("Control+.");
  }

  /** F8: Monaco's next problem, with "N of M problems" in its heading. */
  async nextProblem() {
    await this.page.keyboard.press("F8");
  }

  problemCount(count: number): Locator {
    return this.page.getByText(new RegExp(`^\\d+ of ${count} problems?$`));
  }

  quickFix(name: string | RegExp): Locator {
    return this.page.getByRole("option", { name });
  }
}

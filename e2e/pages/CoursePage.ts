import { expect, type Download, type Locator, type Page } from "@playwright/test";

/** What the app saves in localStorage under "stageplay": a version and the saved fields. */
export interface SavedState {
  documents?: Record<string, string>;
  contexts?: Record<string, { path: string; sizeBytes: number; content?: string }[]>;
  completed?: string[];
  hintsShown?: Record<string, number[]>;
  lessonSteps?: Record<string, number>;
  theme?: "system" | "light" | "dark";
}

/** The course map (`#/lessons`): every lesson with its state, and the progress file's controls. */
export class CoursePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/#/lessons");
  }

  /** Saves state the way the app does, from a page of the same origin where the app is not running. */
  async seed(state: SavedState) {
    await this.page.goto("/favicon.svg");
    await this.page.evaluate(
      (value) => localStorage.setItem("stageplay", JSON.stringify({ version: 1, state: value })),
      state,
    );
  }

  get main(): Locator {
    return this.page.getByRole("main");
  }

  get courseLink(): Locator {
    return this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" });
  }

  get lessonList(): Locator {
    return this.main.getByRole("list", { name: "Lessons" });
  }

  get lessons(): Locator {
    return this.lessonList.getByRole("listitem");
  }

  lesson(title: string): Locator {
    return this.lessons.filter({ has: this.page.getByRole("link", { name: title }) });
  }

  lessonLink(title: string): Locator {
    return this.lessonList.getByRole("link", { name: title });
  }

  /** The progress bar of the course map, named by what it shows ("1 of 3 lessons done"). */
  get progress(): Locator {
    return this.main.getByRole("progressbar");
  }

  get goOn(): Locator {
    return this.main.getByRole("link", { name: /^(Continue|Start):/ });
  }

  get status(): Locator {
    return this.main.getByRole("status");
  }

  get error(): Locator {
    return this.main.getByRole("alert");
  }

  get question(): Locator {
    return this.main.getByRole("group", { name: /Importing replaces your work/ });
  }

  async exportProgress(): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.main.getByRole("button", { name: "Export progress" }).click();
    return download;
  }

  /** Imports a file the way a person does: the button opens the file chooser, and they pick one. */
  async importProgress(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    const chooser = this.page.waitForEvent("filechooser");
    await this.main.getByRole("button", { name: "Import progress…" }).click();
    await (await chooser).setFiles(file);
  }

  /** "1 of 3 lessons done", as the course map says it. */
  async doneText(done: number): Promise<string> {
    const total = await this.lessons.count();
    return `${done} of ${total} ${total === 1 ? "lesson" : "lessons"} done`;
  }

  async expectState(title: string, state: "Done" | "In progress" | "Not started") {
    await expect(this.lesson(title)).toContainText(state);
    // A screen reader hears the state with the lesson's link, not only somewhere in the item.
    await expect(this.lessonLink(title)).toHaveAccessibleDescription(new RegExp(state));
  }
}

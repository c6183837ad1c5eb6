import { expect, type Locator, type Page } from "@playwright/test";
import { StageplayPage } from "./StageplayPage";

/** A lesson as a learner works through it: its steps, goals, hints and the Checks tab's goal list. */
export class LessonPane {
  readonly app: StageplayPage;

  constructor(readonly page: Page) {
    this.app = new StageplayPage(page);
  }

  get pane(): Locator {
    return this.app.lesson;
  }

  get stepHeading(): Locator {
    return this.pane.getByRole("heading", { level: 2, name: /^Step \d+ of \d+:/ });
  }

  /** A goal in the lesson pane, by its sentence; its accessible name ends with its state. */
  goal(sentence: string): Locator {
    return this.pane.getByRole("listitem", { name: new RegExp(`^${escape(sentence)}: `) });
  }

  /** The Checks tab's "Lesson goals" region. */
  get checksGoals(): Locator {
    return this.app.tabPanel.getByRole("region", { name: "Lesson goals" });
  }

  checksGoal(sentence: string): Locator {
    return this.checksGoals.getByRole("listitem", { name: new RegExp(`^${escape(sentence)}: `) });
  }

  async expectGoal(sentence: string, state: "passed" | "failed") {
    await expect(this.goal(sentence)).toHaveAccessibleName(`${sentence}: ${state}`);
  }

  get completion(): Locator {
    return this.pane.getByRole("status").filter({ hasText: "Lesson complete" });
  }

  /** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would. */
  async tabTo(target: Locator, { backwards = false, max = 60 } = {}) {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    }
    await expect(target).toBeFocused();
  }

  /**
   * Edits the starter of lesson 1 into its solution with the keyboard only, in the editor that has
   * the focus: the requirements are installed before the source is copied, pip keeps no cache, and
   * CMD takes the exec form. Words go in as one input each (as a keyboard's autocomplete would), so
   * the journey stays quick on a busy machine.
   */
  async solveLessonOneByTyping() {
    const key = (k: string) => this.page.keyboard.press(k);
    await key("ControlOrMeta+Home");
    await key("ArrowDown");
    await key("ControlOrMeta+Shift+K"); // delete `COPY . /app`; WORKDIR /app is now line 2
    await key("End");
    await key("Enter");
    await this.page.keyboard.insertText("COPY requirements.txt .");
    await key("ArrowDown");
    await key("End");
    await key("Enter");
    await this.page.keyboard.insertText("COPY . .");
    await key("ArrowUp");
    await key("Home");
    for (let i = 0; i < "RUN pip install".split(" ").length; i++) await key("ControlOrMeta+ArrowRight");
    await this.page.keyboard.insertText(" --no-cache-dir");
    await key("ArrowDown");
    await key("ArrowDown");
    await key("ArrowDown");
    await key("Home");
    await key("Shift+End");
    await this.page.keyboard.insertText('CMD ["python", "./app.py"]');
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

import { expect, type Locator } from "@playwright/test";
import type { StageplayPage } from "./StageplayPage";

/** The Build tab as a learner sees it: the player's controls, its log, timeline and "what re-runs". */
export class BuildTab {
  constructor(readonly app: StageplayPage) {}

  async open() {
    await this.app.tab("Build").click();
    await expect(this.log).toBeVisible();
  }

  get player(): Locator {
    return this.app.page.getByRole("region", { name: "Build player" });
  }

  get log(): Locator {
    return this.player.getByRole("region", { name: "Build log" });
  }

  /** Play, Pause or Play again: the one button that starts and stops playback. */
  get playButton(): Locator {
    return this.player.getByRole("button", { name: /^(Play|Pause|Play again)$/ });
  }

  button(name: "Step" | "Restart"): Locator {
    return this.player.getByRole("button", { name, exact: true });
  }

  get speed(): Locator {
    return this.player.getByLabel("Speed");
  }

  get position(): Locator {
    return this.player.getByRole("slider", { name: "Position in the simulated build" });
  }

  /** The line under the controls that says what the build is doing. */
  get status(): Locator {
    return this.player
      .getByRole("paragraph")
      .filter({ hasText: /^(Starting…|Running |Paused|Built in |The build fails |Nothing to build)/ });
  }

  /** What a screen reader announces: play, pause, the end or a failure. */
  get announcement(): Locator {
    return this.player.getByRole("status");
  }

  get timeline(): Locator {
    return this.player.getByRole("region", { name: "Stages over time" });
  }

  get totals(): Locator {
    return this.player.getByRole("region", { name: "Total build time" });
  }

  /** The simulated milliseconds the position slider is at. */
  async positionMs(): Promise<number> {
    return Number(await this.position.inputValue());
  }

  async pickEditedFile(path: string) {
    await this.player.getByLabel("Context file").selectOption(path);
  }

  /** A step in the "what re-runs" list, found by the start of its instruction. */
  rerunStep(instruction: string): Locator {
    return this.player
      .getByRole("list", { name: /^Steps after editing / })
      .getByRole("listitem")
      .filter({ has: this.app.page.getByRole("code").filter({ hasText: instruction }) });
  }

  /** "What your last change re-runs": the build on screen against the one before the latest change. */
  get lastChange(): Locator {
    return this.player.getByRole("region", { name: "What your last change re-runs" });
  }

  /** A step of that list, by its whole instruction: its name is its state, line, text and cause. */
  changedStep(instruction: string): Locator {
    const escaped = instruction.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    return this.lastChange
      .getByRole("list", { name: "Steps after your last change" })
      .getByRole("button", { name: new RegExp(`^(CACHED|re-runs) line \\d+ ${escaped}( because |$)`) });
  }
}

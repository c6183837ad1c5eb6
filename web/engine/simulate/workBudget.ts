// A cap on the simulator's work, so that no Dockerfile can hang the editor's worker or run Node out of
// memory. Some builds really hold that many files: a chain of stages where each COPYs the previous
// stage's folder (which holds the earlier copies) grows quadratically, and one that copies the whole
// previous stage grows exponentially. The simulator stops at the budget and keeps what it has.
import type { Diagnostic } from "../diagnostics/types";
import type { Stage } from "../stages/types";

/**
 * File node operations one analysis may spend: nodes its layers put or remove, nodes a COPY reads,
 * and the nodes each stage's file list holds. A realistic file spends a few hundred to a few
 * thousand (BuildKit's own 49-stage Dockerfile about 2 600; a 50-stage copy chain 46 000); a big
 * build context copied into several stages spends its file count each time. Reaching the limit takes
 * Node about half a second even when every stage doubles the files, so the worker stays responsive.
 */
export const SIMULATION_BUDGET = 300_000;

export const SIMULATION_BUDGET_RULE = "simulation-budget";

export class WorkBudget {
  private used = 0;
  private stopped = false;

  constructor(readonly limit: number = SIMULATION_BUDGET) {}

  charge(nodes: number): void {
    this.used += nodes;
  }

  get spent(): number {
    return this.used;
  }

  /**
   * Whether `nodes` more may be spent. When they may not, the budget is spent from then on: work that
   * would pass the limit is refused before it is done, and nothing after it runs.
   */
  allows(nodes: number): boolean {
    if (this.used + nodes > this.limit) this.stopped = true;
    return !this.stopped;
  }

  get exceeded(): boolean {
    return this.stopped || this.used > this.limit;
  }
}

const LISTED = 5;

/** The one warning that says the simulation stopped, at the FROM line of the first stage it left out. */
export function budgetDiagnostic(notSimulated: readonly Stage[], limit: number): Diagnostic | null {
  const first = notSimulated[0];
  if (!first) return null;
  const names = notSimulated.slice(0, LISTED).map((stage) => `"${stage.displayName}"`);
  const more = notSimulated.length - names.length;
  const list = more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", ");
  const count = notSimulated.length === 1 ? "1 stage is" : `${notSimulated.length} stages are`;
  return {
    severity: "warning",
    rule: SIMULATION_BUDGET_RULE,
    message:
      `Stageplay stopped simulating the build here: it would hold too many files to simulate (more than ${limit.toLocaleString("en-US")} file operations). ` +
      `${count} not simulated, so they have no size, files or steps: ${list}. The stages before them keep their results.`,
    range: first.from.range,
  };
}

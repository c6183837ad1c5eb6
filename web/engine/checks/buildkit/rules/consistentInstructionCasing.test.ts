import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Instruction } from "../../../parse/types";
import type { Stage } from "../../../stages/types";
import { consistentInstructionCasing } from "./consistentInstructionCasing";

const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const instruction = (keywordRaw: string) =>
  ({ keyword: keywordRaw.toUpperCase(), keywordRaw, range }) as unknown as Instruction;
const stagesOf = (names: readonly string[][]): Stage[] =>
  names.map(
    ([from = "FROM", ...rest]) =>
      ({ from: instruction(from), instructions: rest.map(instruction) }) as unknown as Stage,
  );

/** BuildKit's rule as the Go code reads: compare with the lower and upper case of each name. */
function reference(stages: readonly Stage[]): string[] {
  const names = stages.flatMap((stage) => [stage.from, ...stage.instructions]).map((i) => i.keywordRaw);
  const consistent = names.filter((name) => name === name.toLowerCase() || name === name.toUpperCase());
  const lower = consistent.filter((name) => name === name.toLowerCase()).length;
  const majorityLower = lower > consistent.length - lower;
  return names.filter((name) => name !== (majorityLower ? name.toLowerCase() : name.toUpperCase()));
}

describe("ConsistentInstructionCasing", () => {
  it("flags the names off the majority casing, mixed ones included", () => {
    const findings = consistentInstructionCasing(stagesOf([["from", "run", "Copy", "RUN"]]));
    expect(findings.map((finding) => finding.message)).toEqual([
      "Command 'Copy' should match the case of the command majority (lowercase)",
      "Command 'RUN' should match the case of the command majority (lowercase)",
    ]);
  });

  it("agrees with the case-conversion reading for any names, non-ASCII and letterless ones too", () => {
    const name = fc.oneof(
      fc.constantFrom(
        "FROM",
        "from",
        "From",
        "RUN",
        "run",
        "rUN",
        "123",
        "-",
        "ß",
        "SS",
        "ſ",
        "İ",
        "é",
        "É",
        "Éa",
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(name, { minLength: 1, maxLength: 5 }), { maxLength: 4 }), (names) => {
        const stages = stagesOf(names);
        const flagged = consistentInstructionCasing(stages).map((finding) => finding.instruction?.keywordRaw);
        expect(flagged).toEqual(reference(stages));
      }),
    );
  });
});

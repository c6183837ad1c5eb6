import { describe, expect, it } from "vitest";
import { levenshtein, suggest } from "./suggest";

describe("suggest", () => {
  it("measures edits between code points", () => {
    expect(levenshtein("FORM", "FROM")).toBe(2);
    expect(levenshtein("ö", "o")).toBe(1);
  });

  it("offers the closest option under three edits", () => {
    expect(suggest("RUNN", ["RUN", "FROM"])).toBe("RUN");
    expect(suggest("XYZXYZ", ["RUN", "FROM"])).toBeNull();
  });

  it("says nothing for an exact match in another case", () => {
    expect(suggest("run", ["RUN"])).toBeNull();
  });

  it("compares and answers as written when case-sensitive, as for flags", () => {
    expect(suggest("frm", ["from", "chown"], true)).toBe("from");
    expect(suggest("FROM", ["from"], true)).toBeNull();
  });
});

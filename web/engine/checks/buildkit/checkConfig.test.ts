import { describe, expect, it } from "vitest";
import { configFromComments, isRuleEnabled, parseCheckOptions } from "./checkConfig";
import { RULES } from "./ruleset";

const config = (text: string) => {
  const parsed = parseCheckOptions(text);
  if (!("config" in parsed)) throw new Error(parsed.error);
  return parsed.config;
};

describe("parseCheckOptions", () => {
  it("reads skip lists with spaces around names, and error as Go's ParseBool does", () => {
    const c = config(" skip = A , B ; error = T ");
    expect([...c.skip]).toEqual(["A", "B"]);
    expect(c.error).toBe(true);
    expect(config("error=0").error).toBe(false);
  });
  it("treats an empty value as the defaults", () => {
    expect(config("")).toMatchObject({ skipAll: false, experimentalAll: false, error: false });
  });
  it('splits into at most three options, as strings.SplitN(s, ";", 3): the third keeps the rest', () => {
    expect([...config("skip=A;error=true;experimental=B;skip=C").experimental]).toEqual(["B;skip=C"]);
  });
  it("names the part without = in its error", () => {
    expect(parseCheckOptions("skip=A;oops")).toEqual({ error: 'invalid check option "oops"' });
  });
});

describe("configFromComments", () => {
  it("takes the first check= comment, up to its first space", () => {
    const c = configFromComments(["why this is fine", "check=skip=A,B // reason", "check=skip=C"]);
    expect(c && [...c.skip]).toEqual(["A", "B"]);
  });
  it("is null without a check= comment, or when it does not parse", () => {
    expect(configFromComments(["just a comment"])).toBeNull();
    expect(configFromComments(["check=nonsense"])).toBeNull();
  });
});

describe("isRuleEnabled", () => {
  it("lets an experimental rule run only when named or all are enabled, skip=all notwithstanding", () => {
    const rule = RULES.InvalidDefinitionDescription;
    expect(isRuleEnabled(rule, config(""), null)).toBe(false);
    expect(isRuleEnabled(rule, config("skip=all;experimental=InvalidDefinitionDescription"), null)).toBe(
      true,
    );
    expect(isRuleEnabled(rule, config(""), config("experimental=all"))).toBe(true);
  });
  it("skips a rule named in the file or in the instruction's comment", () => {
    const rule = RULES.JSONArgsRecommended;
    expect(isRuleEnabled(rule, config("skip=JSONArgsRecommended"), null)).toBe(false);
    expect(isRuleEnabled(rule, config(""), config("skip=all"))).toBe(false);
    expect(isRuleEnabled(rule, config("skip=Other"), null)).toBe(true);
  });
});

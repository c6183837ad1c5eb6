import { describe, expect, it } from "vitest";
import { parseGoBool, splitN } from "./goStrings";

describe("Go's strings.SplitN", () => {
  it("keeps the rest of the text in the last part", () => {
    expect(splitN("a=b=c", "=", 2)).toEqual(["a", "b=c"]);
  });
  it("returns the whole text when the separator is absent", () => {
    expect(splitN("abc", "=", 2)).toEqual(["abc"]);
  });
});

describe("Go's strconv.ParseBool", () => {
  it("accepts Go's spellings and nothing else", () => {
    expect(["1", "t", "TRUE", "True"].map(parseGoBool)).toEqual([true, true, true, true]);
    expect(["0", "f", "FALSE", "False"].map(parseGoBool)).toEqual([false, false, false, false]);
    expect(["yes", "tRUE", ""].map(parseGoBool)).toEqual([null, null, null]);
  });
});

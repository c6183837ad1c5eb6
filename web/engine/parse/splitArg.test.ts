import { describe, expect, it } from "vitest";
import { splitArg } from "./splitArg";

describe("ARG words", () => {
  it("split at the first = into a name and a raw default", () => {
    expect(splitArg("A=b=c")).toEqual({ name: "A", defaultText: "b=c" });
    expect(splitArg("A=")).toEqual({ name: "A", defaultText: "" });
  });

  it("have no default without =", () => {
    expect(splitArg("A")).toEqual({ name: "A", defaultText: null });
  });
});

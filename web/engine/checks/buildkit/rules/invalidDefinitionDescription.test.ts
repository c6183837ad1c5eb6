import { describe, expect, it } from "vitest";
import { checkLines } from "../checkLines";

describe("InvalidDefinitionDescription (experimental)", () => {
  it("accepts comments that start with the name they describe, and other comments", () => {
    const source = `# check=skip=all;experimental=InvalidDefinitionDescription
# foo this is the foo
ARG foo=bar

# base this is the base image
FROM scratch AS base

# version this is the version number
ARG version=latest

# baz this is the baz
ARG foo=baz bar=qux baz=quux
#
ARG bit=bat

# comment for something other than ARG or FROM
COPY Dockerfile .
`;
    expect(checkLines(source)).toEqual([]);
  });
  it("warns at an ARG or named FROM whose comment starts with another word", () => {
    const source = `# check=experimental=InvalidDefinitionDescription
# bar this is the bar
ARG foo=bar
# BasE this is the BasE image
FROM scratch AS base
# definitely a bad comment
ARG version=latest
# definitely a bad comment
ARG foo=baz bar=qux baz=quux
`;
    expect(checkLines(source)).toEqual([
      "InvalidDefinitionDescription: Comment for ARG should follow the format: `# foo <description>` (line 3)",
      "InvalidDefinitionDescription: Comment for FROM should follow the format: `# base <description>` (line 5)",
      "InvalidDefinitionDescription: Comment for ARG should follow the format: `# version <description>` (line 7)",
      "InvalidDefinitionDescription: Comment for ARG should follow the format: `# <arg_key> <description>` (line 9)",
    ]);
  });
});

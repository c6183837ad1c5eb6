import { describe, expect, it } from "vitest";
import { checkLines } from "../checkLines";

describe("StageNameCasing", () => {
  it("warns at a FROM whose stage name has uppercase letters", () => {
    expect(checkLines("\n# warning\n#\nFROM scratch AS BadStageName\n")).toEqual([
      "StageNameCasing: Stage name 'BadStageName' should be lowercase (line 4)",
    ]);
  });
  it("accepts a lowercase stage name", () => {
    expect(checkLines("FROM scratch AS good-name\n")).toEqual([]);
  });
});

describe("FromAsCasing", () => {
  it("warns when an uppercase FROM has a lowercase as", () => {
    expect(checkLines("\nFROM scratch as base2\nFROM scratch AS base3\n")).toEqual([
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)",
    ]);
  });
  it("warns when a lowercase from has an uppercase AS", () => {
    expect(checkLines("\nfrom scratch AS base\nfrom scratch as base2\n")).toEqual([
      "FromAsCasing: 'AS' and 'from' keywords' casing do not match (line 2)",
    ]);
  });
  it("accepts AS cased like FROM", () => {
    expect(checkLines("FROM scratch AS base\nfrom scratch as other\nFROM scratch AS last\n")).toEqual([
      "ConsistentInstructionCasing: Command 'from' should match the case of the command majority (uppercase) (line 2)",
    ]);
  });
  it("leaves a mixed-case From to ConsistentInstructionCasing", () => {
    expect(checkLines("\nFrom scratch as base\nFROM scratch AS base2\n")).toEqual([
      "ConsistentInstructionCasing: Command 'From' should match the case of the command majority (uppercase) (line 2)",
    ]);
  });
});

describe("DuplicateStageName", () => {
  it("warns at the second stage with the same name", () => {
    expect(checkLines("\nFROM scratch AS b\nFROM scratch AS b\n")).toEqual([
      'DuplicateStageName: Duplicate stage name "b", stage names should be unique (line 3)',
    ]);
  });
  it("compares names lower-cased", () => {
    expect(checkLines("FROM scratch AS b\nFROM scratch AS B\n")).toContain(
      'DuplicateStageName: Duplicate stage name "b", stage names should be unique (line 2)',
    );
  });
  it("accepts distinct names", () => {
    expect(checkLines("\nFROM scratch AS b1\nFROM scratch AS b2\n")).toEqual([]);
  });
});

describe("ReservedStageName", () => {
  it("warns at stages named scratch or context", () => {
    expect(checkLines("\nFROM scratch AS scratch\nFROM scratch AS context\n")).toEqual([
      'ReservedStageName: Stage name should not use the same name as reserved stage "scratch" (line 2)',
      'ReservedStageName: Stage name should not use the same name as reserved stage "context" (line 3)',
    ]);
  });
  it("accepts scratch as a base image of an unnamed or differently named stage", () => {
    expect(checkLines("\nFROM scratch\nFROM scratch AS a\n")).toEqual([]);
  });
});

describe("ConsistentInstructionCasing", () => {
  it("warns at a lowercase keyword when most are uppercase", () => {
    expect(checkLines("\nFROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n")).toEqual([
      "ConsistentInstructionCasing: Command 'copy' should match the case of the command majority (uppercase) (line 3)",
    ]);
  });
  it("warns at an uppercase keyword when most are lowercase", () => {
    expect(checkLines("\nfrom scratch\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n")).toEqual([
      "ConsistentInstructionCasing: Command 'COPY' should match the case of the command majority (lowercase) (line 3)",
    ]);
  });
  it("warns at a mixed-case keyword against a lowercase majority", () => {
    expect(checkLines("\nfrOM scratch as base\nfrom scratch as base2\n")).toEqual([
      "ConsistentInstructionCasing: Command 'frOM' should match the case of the command majority (lowercase) (line 2)",
    ]);
  });
  it("counts a tie as uppercase", () => {
    expect(checkLines("from scratch\nCOPY a /a\n")).toEqual([
      "ConsistentInstructionCasing: Command 'from' should match the case of the command majority (uppercase) (line 1)",
    ]);
  });
  it("does not count meta ARGs", () => {
    expect(checkLines("arg BASE=scratch\nFROM $BASE\nCOPY a /a\n")).toEqual([]);
  });
  it("accepts a file in one casing, heredoc bodies aside", () => {
    expect(checkLines("\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n")).toEqual([]);
    expect(checkLines("\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n")).toEqual([]);
  });
});

describe("MaintainerDeprecated", () => {
  it("warns at every MAINTAINER", () => {
    expect(checkLines("\nFROM scratch\nMAINTAINER me@example.org\n")).toEqual([
      "MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 3)",
    ]);
  });
  it("accepts the author as a label", () => {
    expect(checkLines('\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n')).toEqual(
      [],
    );
  });
});

describe("NoEmptyContinuation", () => {
  it("warns at the last line of an instruction with an empty continuation line", () => {
    expect(
      checkLines(
        "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n",
      ),
    ).toEqual(["NoEmptyContinuation: Empty continuation line (line 6)"]);
  });
  it("accepts a continuation without empty lines", () => {
    expect(checkLines("FROM scratch\nCOPY Dockerfile \\\n  .\n")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";
import { checkLines } from "./checkLines";
import { runBuildChecks } from "./runBuildChecks";

const casing = "\nFROM scratch as base\ncopy Dockerfile .\n";
const fromAs = "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 2)";

describe("the # check= directive", () => {
  it("skips every rule with skip=all, also with error=true", () => {
    expect(checkLines("#check=skip=all" + casing)).toEqual([]);
    expect(checkLines("#check=skip=all;error=true" + casing)).toEqual([]);
  });
  it("reads the directive up to its first space, so a // comment can follow", () => {
    expect(checkLines("#check=skip=all // nothing to see" + casing)).toEqual([]);
  });
  it("skips the rules it names", () => {
    expect(checkLines("#check=skip=ConsistentInstructionCasing,FromAsCasing" + casing)).toEqual([]);
    expect(checkLines("#check=skip=ConsistentInstructionCasing" + casing)).toEqual([fromAs]);
  });
  it("turns violations into errors with error=true, plus BuildKit's summary", () => {
    const source = "#check=skip=ConsistentInstructionCasing;error=true" + casing;
    expect(checkLines(source)).toEqual([
      fromAs,
      "Error: lint violation found for rules: FromAsCasing (line 2)",
    ]);
    const diagnostics = runBuildChecks(analyze(source));
    expect(diagnostics.map((d) => d.severity)).toEqual(["error", "error"]);
    expect(diagnostics[0]?.url).toBe("https://docs.docker.com/go/dockerfile/rule/from-as-casing/");
  });
  it("gives way to the BUILDKIT_DOCKERFILE_CHECK build argument", () => {
    const buildArgs = { BUILDKIT_DOCKERFILE_CHECK: "skip=ConsistentInstructionCasing;error=true" };
    expect(checkLines("#check=skip=all" + casing, { buildArgs })).toEqual([
      fromAs,
      "Error: lint violation found for rules: FromAsCasing (line 2)",
    ]);
    expect(
      checkLines("#check=error=true" + casing, { buildArgs: { BUILDKIT_DOCKERFILE_CHECK: "skip=all" } }),
    ).toEqual([]);
  });
  it("rejects an unknown option with BuildKit's error, at the directive", () => {
    expect(checkLines("# check=skipp=all" + casing)).toEqual([
      'Error: failed to parse check options: invalid check option "skipp" (line 1)',
    ]);
    expect(checkLines("# check=foo" + casing)).toEqual([
      'Error: failed to parse check options: invalid check option "foo" (line 1)',
    ]);
    expect(checkLines("# check=error=maybe" + casing)).toEqual([
      'Error: failed to parse check options: failed to parse check option "error=maybe": strconv.ParseBool: parsing "maybe": invalid syntax (line 1)',
    ]);
  });
  it("runs experimental rules only when enabled, even past skip=all", () => {
    const source = "# definitely a bad comment\nARG foo=bar\nFROM scratch\n";
    expect(checkLines(source)).toEqual([]);
    expect(checkLines("# check=skip=all;experimental=InvalidDefinitionDescription\n" + source)).toEqual([
      "InvalidDefinitionDescription: Comment for ARG should follow the format: `# foo <description>` (line 3)",
    ]);
  });
});

describe("a # check= comment above an instruction", () => {
  it("skips a rule for that instruction only", () => {
    expect(checkLines("\nFROM scratch\n# check=skip=JSONArgsRecommended\nCMD mycommand\n")).toEqual([]);
    expect(
      checkLines("\nFROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n"),
    ).toEqual([]);
    expect(checkLines("\nFROM scratch\n# check=skip=WorkdirRelativePath\nWORKDIR app/\n")).toEqual([]);
    expect(
      checkLines("\nFROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\nLABEL key value\n"),
    ).toEqual([
      'LegacyKeyValueFormat: "LABEL key=value" should be used instead of legacy "LABEL key value" format (line 5)',
    ]);
  });
  it("also works above a FROM for the post-parse rules", () => {
    expect(
      checkLines("\n# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM scratch\n"),
    ).toEqual([]);
  });
  it("ignores a comment that does not parse", () => {
    expect(checkLines("FROM scratch\n# check=nonsense\nMAINTAINER me\n")).toEqual([
      "MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 3)",
    ]);
  });
});

describe("phases", () => {
  it("checks parse-time and post-parse rules in stages the target does not build", () => {
    const source = "FROM alpine AS Unused\nMAINTAINER me\nCMD run\n\nFROM alpine AS final\n";
    expect(checkLines(source)).toEqual([
      "StageNameCasing: Stage name 'Unused' should be lowercase (line 1)",
      "MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 2)",
    ]);
  });
  it("checks dispatch-time rules only in the stages the build runs", () => {
    const source = "FROM alpine AS unused\nCMD run\n\nFROM alpine AS final\nCOPY --from=unused /a /a\n";
    expect(checkLines("FROM alpine AS unused\nCMD run\n\nFROM alpine AS final\n")).toEqual([]);
    expect(checkLines(source)).toEqual([
      "JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 2)",
    ]);
  });
  it("still checks the casing of a FROM whose stage name is invalid, and stops there", () => {
    expect(checkLines("FROM alpine AS 1X\nMAINTAINER me\n")).toEqual([
      "StageNameCasing: Stage name '1X' should be lowercase (line 1)",
    ]);
    expect(checkLines("RUN echo hi\nFROM alpine AS Bad\n")).toEqual([]);
  });
  it("stops dispatch-time rules after a word that fails to expand, as BuildKit stops the build there", () => {
    const source = "FROM alpine\nCOPY $A /a\nWORKDIR ${DIR:?set DIR}\nCOPY $B /b\n";
    expect(checkLines(source)).toEqual([
      "UndefinedVar: Usage of undefined variable '$A' (line 2)",
      "UndefinedVar: Usage of undefined variable '$DIR' (line 3)",
    ]);
  });
  it("reports warnings raised before a parse error, and nothing after it", () => {
    const source = "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\nMAINTAINER again\n";
    expect(checkLines(source)).toEqual([
      "StageNameCasing: Stage name 'BadStageName' should be lowercase (line 2)",
      "MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 3)",
    ]);
  });
});

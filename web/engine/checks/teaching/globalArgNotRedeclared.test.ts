import { describe, expect, it } from "vitest";
import { analyzeWith, findings, linesOf } from "./testing/teachingFindings";

const RULE = "global-arg-not-redeclared";

describe("global-arg-not-redeclared", () => {
  const bad = `ARG BIN_DIR=/opt/bin
FROM alpine:3.21
RUN mkdir -p $BIN_DIR
CMD ["sh"]
`;

  it("blames a RUN that expands a global ARG its stage never declared", () => {
    const [finding, ...rest] = findings(bad, RULE);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("`$BIN_DIR` is empty in this RUN");
    expect(finding?.message).toContain("`ARG BIN_DIR` on line 1 comes before the first FROM");
    expect(finding?.fix).toContain("Add `ARG BIN_DIR` to stage stage-0, after its FROM on line 2");
  });

  it("explains the build's own failure at that line: mkdir gets no operand", () => {
    const failure = analyzeWith(bad).diagnostics.find((d) => d.rule === null && d.severity === "error");
    expect(failure?.message).toContain("mkdir: missing operand");
    expect(failure?.range.start.line).toBe(3);
  });

  it("names every global ARG of the RUN once", () => {
    const dockerfile = `ARG BIN_DIR=/opt/bin\nARG APP=hello\nFROM alpine:3.21 AS build\nRUN mkdir -p $BIN_DIR && cp /bin/busybox \${BIN_DIR}/$APP\n`;
    const [finding, ...rest] = findings(dockerfile, RULE);
    expect(rest).toEqual([]);
    expect(finding?.message).toContain("`$BIN_DIR` and `$APP` are empty");
    expect(finding?.fix).toContain("`ARG BIN_DIR`, `ARG APP` to stage build");
  });

  it("stays silent once the stage declares it again, or a parent stage did", () => {
    const redeclared = `ARG BIN_DIR=/opt/bin\nFROM alpine:3.21\nARG BIN_DIR\nRUN mkdir -p $BIN_DIR\n`;
    expect(findings(redeclared, RULE)).toEqual([]);
    const inherited = `ARG BIN_DIR=/opt/bin\nFROM alpine:3.21 AS base\nARG BIN_DIR\nFROM base\nRUN mkdir -p $BIN_DIR\n`;
    expect(findings(inherited, RULE)).toEqual([]);
    const env = `ARG BIN_DIR=/opt/bin\nFROM alpine:3.21\nENV BIN_DIR=/usr/local/bin\nRUN mkdir -p $BIN_DIR\n`;
    expect(findings(env, RULE)).toEqual([]);
  });

  it("blames the stage that lacks the ARG, not the one that has it", () => {
    const dockerfile = `ARG BIN_DIR=/opt/bin\nFROM alpine:3.21 AS build\nARG BIN_DIR\nRUN mkdir -p $BIN_DIR\nFROM alpine:3.21\nCOPY --from=build /etc/hostname /x\nRUN mkdir -p $BIN_DIR\n`;
    expect(linesOf(findings(dockerfile, RULE))).toEqual([7]);
  });

  it("stays silent when the base image's ENV defines the same name", () => {
    // node's image sets ENV NODE_VERSION: the RUN sees the image's value, not an empty one.
    const dockerfile = `ARG NODE_VERSION=22\nFROM node:22-alpine\nRUN echo $NODE_VERSION > /version\n`;
    expect(findings(dockerfile, RULE)).toEqual([]);
  });

  it("stays silent when Stageplay does not know the base image: its ENV may define the name", () => {
    const dockerfile = `ARG BIN_DIR=/opt/bin\nFROM registry.example.com/team/builder:7\nRUN mkdir -p $BIN_DIR\n`;
    expect(findings(dockerfile, RULE)).toEqual([]);
  });

  it("stays silent when the script sets the name itself, gives it a default, or sources a file", () => {
    for (const run of [
      "BIN_DIR=/usr/bin; mkdir -p $BIN_DIR",
      "export BIN_DIR=/usr/bin && mkdir -p $BIN_DIR",
      "for BIN_DIR in /a /b; do mkdir -p $BIN_DIR; done",
      "mkdir -p ${BIN_DIR:-/opt/bin}",
      ". /etc/profile && mkdir -p $BIN_DIR",
      "mkdir -p '$BIN_DIR'",
      "mkdir -p \\$BIN_DIR",
    ]) {
      expect(findings(`ARG BIN_DIR=/opt/bin\nFROM alpine:3.21\nRUN ${run}\n`, RULE), run).toEqual([]);
    }
  });

  it("stays silent on a global ARG without a default, a proxy ARG, and exec form", () => {
    expect(findings(`ARG BIN_DIR\nFROM alpine:3.21\nRUN mkdir -p $BIN_DIR\n`, RULE)).toEqual([]);
    expect(
      findings(
        `ARG HTTP_PROXY=http://proxy:3128\nFROM alpine:3.21\nRUN wget -e use_proxy=yes $HTTP_PROXY\n`,
        RULE,
      ),
    ).toEqual([]);
    expect(
      findings(`ARG BIN_DIR=/opt/bin\nFROM alpine:3.21\nRUN ["mkdir", "-p", "$BIN_DIR"]\n`, RULE),
    ).toEqual([]);
  });

  it("leaves COPY, WORKDIR and ENV to BuildKit's UndefinedVar", () => {
    const dockerfile = `ARG BIN_DIR=/opt/bin\nFROM alpine:3.21\nWORKDIR $BIN_DIR\nCOPY app.sh $BIN_DIR/\n`;
    expect(findings(dockerfile, RULE, { "app.sh": "echo hi\n" })).toEqual([]);
    expect(linesOf(findings(dockerfile, "UndefinedVar", { "app.sh": "echo hi\n" }))).toEqual([3, 4]);
  });

  it("stays silent in a stage the target does not build", () => {
    const dockerfile = `ARG BIN_DIR=/opt/bin\nFROM alpine:3.21 AS unused\nRUN mkdir -p $BIN_DIR\nFROM alpine:3.21\nUSER 1000\n`;
    expect(findings(dockerfile, RULE)).toEqual([]);
  });
});

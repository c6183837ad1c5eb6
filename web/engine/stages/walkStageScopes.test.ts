import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../parse/parseDockerfile";
import { buildStages } from "./buildStages";
import { DEFAULT_PLATFORM } from "./platformArgs";
import { walkStageScopes } from "./walkStageScopes";

/** The value of `$name` as seen by the instruction on `line`. */
function valueAt(source: string, line: number, name: string, buildArgs: Record<string, string> = {}) {
  const parse = parseDockerfile(source);
  const { stages, globalArgs } = buildStages(parse, {
    buildArgs,
    targetPlatform: DEFAULT_PLATFORM,
    target: null,
  });
  let seen: string | undefined;
  walkStageScopes(
    stages,
    { globalArgs, buildArgs, escapeChar: parse.escapeChar },
    [],
    (_stage, instruction, _scope, expand) => {
      if (instruction.range.start.line === line) seen = expand(`$${name}`).value;
    },
  );
  return seen;
}

describe("stage ARG and ENV scope", () => {
  it("starts at the ARG line", () => {
    const source = "FROM alpine\nRUN x\nARG V=1\nRUN x\n";
    expect([valueAt(source, 2, "V"), valueAt(source, 4, "V")]).toEqual(["", "1"]);
  });
  it("lets --build-arg win over the default", () => {
    expect(valueAt("FROM alpine\nARG V=1\nRUN x\n", 3, "V", { V: "2" })).toBe("2");
  });
  it("lets ENV override an ARG of the same name", () => {
    expect(valueAt("FROM alpine\nARG V=1\nENV V=2\nRUN x\n", 4, "V", { V: "3" })).toBe("2");
  });
  it("expands one ENV instruction against the environment before it", () => {
    expect(valueAt("FROM alpine\nENV A=old\nENV A=new B=$A\nRUN x\n", 4, "B")).toBe("old");
  });
  it("is inherited through FROM <stage> but not by unrelated stages", () => {
    const source = "FROM alpine AS base\nARG V=1\nENV E=2\nFROM base\nRUN x\nFROM alpine\nRUN x\n";
    expect([valueAt(source, 5, "V"), valueAt(source, 5, "E"), valueAt(source, 7, "E")]).toEqual([
      "1",
      "2",
      "",
    ]);
  });
  it("imports an automatic platform ARG with a bare ARG NAME", () => {
    expect(valueAt("FROM alpine\nARG TARGETOS\nRUN x\n", 3, "TARGETOS")).toBe("linux");
  });
  it("imports TARGETSTAGE: the --target as given, else the last stage's name, else default", () => {
    expect(
      valueAt("FROM alpine AS a\nFROM alpine AS final\nARG TARGETSTAGE\nRUN x\n", 4, "TARGETSTAGE"),
    ).toBe("final");
    expect(valueAt("FROM alpine\nARG TARGETSTAGE\nRUN x\n", 3, "TARGETSTAGE")).toBe("default");
  });
  it("always has PATH, as BuildKit adds it", () => {
    expect(valueAt("FROM alpine\nRUN x\n", 2, "PATH")).toContain("/usr/bin");
  });
});

describe("words BuildKit expands while dispatching", () => {
  const source =
    "FROM alpine AS unused\nWORKDIR ${DIR:?set DIR}\nFROM alpine\nARG V=${W:?}\nCOPY ${SRC:-a} ${DEST:?needDEST}\n";
  it("report a failing word at that word, in built stages only", async () => {
    const { analyze } = await import("../analyze");
    expect(
      analyze(source)
        .diagnostics.filter((d) => d.severity === "error")
        .map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`),
    ).toEqual([
      '4:5 failed to process "${W:?}": W: is not allowed to be unset',
      '5:16 failed to process "${DEST:?needDEST}": DEST: needDEST',
    ]);
    const unused = analyze(source, { target: "unused" }).diagnostics.filter((d) => d.severity === "error");
    expect(unused.map((d) => d.range.start.line)).toEqual([2]);
  });
});

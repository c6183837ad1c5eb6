import { describe, expect, it } from "vitest";
import type { Range } from "../diagnostics/types";
import { dumpParseTree, parseDockerfile } from "./parseDockerfile";

const errorsOf = (source: string) =>
  parseDockerfile(source)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => d.message);
const at = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;

describe("unknown instructions", () => {
  it("are errors at the keyword, with a suggestion within two edits", () => {
    const [error] = parseDockerfile("FROM a\nFORM b").diagnostics;
    expect(error?.message).toBe("unknown instruction: FORM (did you mean FROM?)");
    expect(at(error?.range as Range)).toBe("2:1-2:5");
  });

  it("suggest in the case the keyword was typed", () => {
    expect(errorsOf("FROM a\ncopyy . .")).toEqual(["unknown instruction: copyy (did you mean copy?)"]);
    expect(errorsOf("FROM a\nWorkDri /x")).toEqual(["unknown instruction: WorkDri (did you mean workdir?)"]);
  });

  it("suggest nothing when no keyword is close", () => {
    expect(errorsOf("FROM a\napt-get install")).toEqual(["unknown instruction: apt-get"]);
  });

  it("do not make dumpParseTree throw: that is not the parser's job", () => {
    expect(dumpParseTree("FORM a")).toBe('(form "")\n');
  });
});

describe("flag errors", () => {
  it("name the unknown flag and point at it", () => {
    const [error] = parseDockerfile("FROM a\nCOPY --form=b x y").diagnostics;
    expect(error?.message).toBe("unknown flag: --form (did you mean from?)");
    expect(at(error?.range as Range)).toBe("2:6-2:14");
  });

  it("suggest one of the instruction's own flags within two edits, case-sensitively", () => {
    expect(errorsOf("FROM a\nCOPY --frm=b x y")).toEqual(["unknown flag: --frm (did you mean from?)"]);
    expect(errorsOf("FROM --platfrom=linux/amd64 a")).toEqual([
      "unknown flag: --platfrom (did you mean platform?)",
    ]);
    expect(errorsOf("FROM a\nCOPY --FROM=b x y")).toEqual(["unknown flag: --FROM"]);
    expect(errorsOf("FROM a\nRUN --from=b ls")).toEqual(["unknown flag: --from"]);
  });

  it("reject flags on instructions that take none", () => {
    expect(errorsOf("FROM a\nWORKDIR --x /a")).toEqual(["unknown flag: --x"]);
  });

  it("reject a repeated flag, except --mount, --exclude and --device", () => {
    expect(errorsOf("FROM a\nCOPY --from=a --from=b x y")).toEqual(["duplicate flag specified: --from"]);
    expect(errorsOf("FROM a\nRUN --mount=type=tmpfs,target=/a --mount=type=tmpfs,target=/b ls")).toEqual([]);
  });

  it("require a value for string flags", () => {
    expect(errorsOf("FROM a\nCOPY --chmod 755 x y")).toEqual(["missing a value on flag: --chmod"]);
  });

  it("accept bool flags bare or with true/false", () => {
    expect(errorsOf("FROM a\nCOPY --link --parents=false x y")).toEqual([]);
    expect(errorsOf("FROM a\nCOPY --link= x y")).toEqual(["missing a value on flag: --link"]);
    expect(errorsOf("FROM a\nCOPY --link=yes x y")).toEqual([
      "expecting boolean value for flag link, not: yes",
    ]);
  });

  it("check RUN --network and --security values", () => {
    expect(errorsOf("FROM a\nRUN --network=bridge ls")).toEqual(['invalid network mode "bridge"']);
    expect(errorsOf("FROM a\nRUN --security=root ls")).toEqual(['security "root" is not valid']);
    expect(errorsOf("FROM a\nRUN --network=none --security=insecure ls")).toEqual([]);
  });

  it("allow RUN --device only with a labs syntax", () => {
    expect(errorsOf("FROM a\nRUN --device=gpu ls")).toEqual([
      "device feature is only supported in Dockerfile frontend 1.14.0-labs or later",
    ]);
    expect(errorsOf("# syntax=docker/dockerfile:1-labs\nFROM a\nRUN --device=gpu ls")).toEqual([]);
  });

  it("are not checked where BuildKit ignores flags", () => {
    expect(errorsOf("FROM a\nHEALTHCHECK --bogus NONE\nSTOPSIGNAL --x 9")).toEqual([]);
  });
});

describe("ONBUILD triggers", () => {
  it("cannot be ONBUILD, FROM or MAINTAINER", () => {
    expect(errorsOf("FROM a\nONBUILD ONBUILD RUN x")).toEqual([
      "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    ]);
    expect(errorsOf("FROM a\nONBUILD from b")).toEqual(["FROM isn't allowed as an ONBUILD trigger"]);
    expect(errorsOf("FROM a\nONBUILD MAINTAINER me")).toEqual([
      "MAINTAINER isn't allowed as an ONBUILD trigger",
    ]);
  });

  it("are required", () => {
    expect(errorsOf("FROM a\nONBUILD")).toEqual(["ONBUILD requires at least one argument"]);
  });

  it("are parsed iteratively, however deep", () => {
    const deep = "ONBUILD ".repeat(8_000) + "RUN x";
    expect(dumpParseTree(deep).endsWith('(onbuild (run "x"' + ")".repeat(8_000) + ")\n")).toBe(true);
  });
});

describe("argument counts", () => {
  it("need a destination for COPY and ADD, and no heredoc there", () => {
    expect(errorsOf("FROM a\nCOPY x")).toEqual([
      "COPY requires at least two arguments, but only one was provided. Destination could not be determined",
    ]);
    expect(errorsOf("FROM a\nCOPY x <<EOF\nhi\nEOF")).toEqual([
      "COPY cannot accept a heredoc as a destination",
    ]);
  });

  it("need exactly one argument for WORKDIR, USER, MAINTAINER and STOPSIGNAL", () => {
    expect(errorsOf("FROM a\nWORKDIR\nUSER\nSTOPSIGNAL")).toEqual([
      "WORKDIR requires exactly one argument",
      "USER requires exactly one argument",
      "STOPSIGNAL requires exactly one argument",
    ]);
  });

  it("need at least one argument for ENV, LABEL, ARG, EXPOSE and VOLUME", () => {
    expect(errorsOf("ARG\nFROM a\nENV\nLABEL\nEXPOSE\nVOLUME")).toEqual([
      "ARG requires at least one argument",
      "ENV requires at least one argument",
      "LABEL requires at least one argument",
      "EXPOSE requires at least one argument",
      "VOLUME requires at least one argument",
    ]);
  });

  it("reject blank names and empty volumes", () => {
    expect(errorsOf('FROM a\nENV =x\nARG =y\nVOLUME ["", "/a"]')).toEqual([
      "ENV names can not be blank",
      "ARG names can not be blank",
      "VOLUME specified can not be an empty string",
    ]);
  });

  it("want SHELL in JSON form", () => {
    expect(errorsOf("FROM a\nSHELL bash -c\nSHELL []")).toEqual([
      "SHELL requires the arguments to be in JSON form",
      "SHELL requires at least one argument",
    ]);
  });

  it("check HEALTHCHECK's type and command", () => {
    expect(errorsOf("FROM a\nHEALTHCHECK\nHEALTHCHECK NONE x\nHEALTHCHECK CMD\nHEALTHCHECK PING x")).toEqual([
      "HEALTHCHECK requires at least one argument",
      "HEALTHCHECK NONE takes no arguments",
      "Missing command after HEALTHCHECK CMD",
      'Unknown type "PING" in HEALTHCHECK (try CMD)',
    ]);
  });

  it("check HEALTHCHECK's durations and retries as Go parses them", () => {
    expect(
      errorsOf(
        "FROM a\nHEALTHCHECK --interval=5 CMD x\nHEALTHCHECK --timeout=10us CMD x\n" +
          "HEALTHCHECK --retries=-1 CMD x\nHEALTHCHECK --retries=3 --interval=0s --start-period=1m CMD x",
      ),
    ).toEqual([
      'time: missing unit in duration "5"',
      'Interval "timeout" cannot be less than 1ms',
      "--retries cannot be negative (-1)",
    ]);
  });

  it("leave FROM's arguments to the stage graph", () => {
    expect(errorsOf("FROM\nFROM a b")).toEqual([]);
  });
});

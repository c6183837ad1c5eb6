import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { lexWord } from "../expand/lexWord";
import { parseDockerfile } from "../parse/parseDockerfile";
import type { Instruction } from "../parse/types";
import { checkRunMounts } from "./checkRunMounts";

const env = new Map([["T", "cache"]]);
const mountError = (flags: string) => {
  const run = parseDockerfile(`FROM a\nRUN ${flags} true\n`).instructions[1] as Instruction;
  return checkRunMounts(run, (text) => lexWord(text, env))?.message ?? null;
};

describe("RUN --mount values at dispatch", () => {
  it("accept every mount type with its own options", () => {
    for (const flags of [
      "--mount=type=cache,target=/root/.cache,sharing=locked,mode=0755,uid=1000,gid=1000,id=go",
      "--mount=type=bind,from=build,source=/out,target=/in,rw",
      "--mount=type=tmpfs,target=/tmp,size=64m",
      "--mount=type=secret,id=npmrc,target=/root/.npmrc,required=true,env=NPM_TOKEN",
      "--mount=type=ssh,required",
      "--mount=TYPE=$T,target=/c",
    ]) {
      expect(mountError(flags)).toBeNull();
    }
  });

  it("reject an unknown type, suggesting the closest", () => {
    expect(mountError("--mount=type=cach,target=/c")).toBe(
      'unsupported mount type "cach" (did you mean cache?)',
    );
    expect(mountError("--mount=type=volume,target=/c")).toBe('unsupported mount type "volume"');
  });

  it("reject an unknown key, suggesting the closest, and a field without a value", () => {
    expect(mountError("--mount=typo=cache")).toBe(
      "unexpected key 'typo' in 'typo=cache' (did you mean type?)",
    );
    expect(mountError("--mount=type=cache,Targte=/c")).toBe(
      "unexpected key 'targte' in 'Targte=/c' (did you mean target?)",
    );
    expect(mountError("--mount=type=cache,foo")).toBe("invalid field 'foo' must be a key=value pair");
  });

  it("reject options the mount type does not take", () => {
    expect(mountError("--mount=type=secret,id=a,from=build")).toBe("secret mount should not have a from");
    expect(mountError("--mount=type=secret,id=a,sharing=shared")).toBe(
      "secret mount should not define sharing",
    );
    expect(mountError("--mount=type=secret")).toBe("invalid secret mount. one of source, target required");
    expect(mountError("--mount=type=secret,id=a,src=/s")).toBe("both source and id can't be set");
    expect(mountError("--mount=target=/a,mode=0700")).toBe('mode not allowed for "bind" type mounts');
    expect(mountError("--mount=type=tmpfs,target=/a,uid=1")).toBe('uid not allowed for "tmpfs" type mounts');
    expect(mountError("--mount=target=/a,sharing=locked")).toBe("invalid cache sharing set for bind mount");
    expect(mountError("--mount=type=cache,target=/a,size=1g")).toBe(
      "unexpected key 'size' for mount type 'cache'",
    );
    expect(mountError("--mount=required,type=secret,id=a")).toBe(
      "unexpected key 'required' for mount type 'bind'",
    );
  });

  it("reject values that do not parse", () => {
    expect(mountError("--mount=type=cache,target=/a,sharing=lockd")).toBe(
      'unsupported sharing value "lockd" (did you mean locked?)',
    );
    expect(mountError("--mount=type=cache,target=/a,mode=0789")).toBe("invalid value 0789 for mode");
    expect(mountError("--mount=type=cache,target=/a,uid=-1")).toBe("invalid value -1 for uid");
    expect(mountError("--mount=type=cache,target=/a,gid=4294967296")).toBe(
      "invalid value 4294967296 for gid",
    );
    expect(mountError("--mount=target=/a,ro=yes")).toBe("invalid value for ro: yes");
    expect(mountError("--mount=type=tmpfs,target=/a,size=lots")).toBe("invalid value for size: lots");
  });

  it("stop at the first failing mount, expansion errors included", () => {
    expect(mountError("--mount=type=cache,target=${X:?unset} --mount=type=nope")).toBe(
      'failed to process "${X:?unset}": X: unset',
    );
    expect(mountError("--mount=type=cache,target=/a --mount=type=nope")).toBe(
      'unsupported mount type "nope"',
    );
  });

  it("leave mounts that fail at parse time to the graph", () => {
    expect(mountError("--mount='\"type=nope'")).toBeNull();
    expect(mountError("--mount=type=nope,from=$X")).toBeNull();
  });
});

describe("a bad RUN --mount in the Dockerfile", () => {
  const errors = (source: string, options = {}) =>
    analyze(source, options)
      .diagnostics.filter((d) => d.severity === "error")
      .map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`);
  const source = "FROM alpine AS a\nRUN --mount=type=cach,target=/c true\nFROM alpine AS b\n";

  it("is an error at the flag when the stage is built", () => {
    expect(errors(source, { target: "a" })).toEqual([
      '2:5 unsupported mount type "cach" (did you mean cache?)',
    ]);
  });

  it("is harmless in a stage the build never dispatches", () => {
    expect(errors(source)).toEqual([]);
  });
});

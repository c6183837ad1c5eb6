import { describe, expect, it } from "vitest";
import { findFlag, findFlags } from "./findFlag";
import { parseDockerfile } from "./parseDockerfile";
import type { Instruction } from "./types";

const run = parseDockerfile("RUN --mount=type=cache,target=/a --network=none --mount=type=tmpfs,target=/b ls")
  .instructions[0] as Instruction;

describe("finding flags", () => {
  it("matches names as parsed, without the leading dashes", () => {
    expect(findFlag(run, "network")?.value).toBe("none");
    expect(findFlag(run, "--network")).toBeUndefined();
  });

  it("returns every occurrence of a repeatable flag, in order", () => {
    expect(findFlags(run, "mount").map((flag) => flag.value)).toEqual([
      "type=cache,target=/a",
      "type=tmpfs,target=/b",
    ]);
  });
});

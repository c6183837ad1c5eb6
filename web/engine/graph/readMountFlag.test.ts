import { describe, expect, it } from "vitest";
import { readMountFlag, summarizeMount } from "./readMountFlag";

describe("RUN --mount values", () => {
  it("read as CSV key=value fields with case-insensitive keys", () => {
    const { fields } = readMountFlag("type=cache,FROM=build,source=/go,target=/root/.cache,ro");
    expect(summarizeMount(fields)).toEqual({
      from: "build",
      source: "/go",
      target: "/root/.cache",
      type: "cache",
    });
  });
  it("accept quoted fields", () => {
    expect(readMountFlag('"target=/a,b",from=x').fields[0]).toEqual({
      key: "target",
      value: "/a,b",
      raw: "target=/a,b",
    });
  });
  it("report a bare quote like Go's csv reader", () => {
    expect(readMountFlag('from=a"b').error).toBe(
      'failed to parse csv mounts: parse error on line 1, column 7: bare " in non-quoted-field',
    );
  });
});

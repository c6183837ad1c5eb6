import { describe, expect, it } from "vitest";
import { parseDockerignore } from "../../simulate/context/dockerignore";
import { cleanPath, mayReinclude } from "./dockerignore";

describe("cleanPath", () => {
  it("cleans like Go's filepath.Clean", () => {
    expect(cleanPath("./tmp//a/../b/")).toBe("tmp/b");
    expect(cleanPath("./")).toBe(".");
    expect(cleanPath("")).toBe(".");
    expect(cleanPath("/x/./y")).toBe("/x/y");
    expect(cleanPath("../a")).toBe("../a");
  });
});

describe("mayReinclude", () => {
  const patterns = parseDockerignore("sub\n!sub/a.txt\n!lib/**\n");
  it("sees a ! line at or below the copied path, wildcards on either side", () => {
    expect(mayReinclude(patterns, "sub")).toBe(true);
    expect(mayReinclude(patterns, "sub/a.txt")).toBe(true);
    expect(mayReinclude(patterns, "sub/*.txt")).toBe(true);
    expect(mayReinclude(patterns, "lib/deep/x.js")).toBe(true);
  });
  it("ignores ! lines about other paths", () => {
    expect(mayReinclude(patterns, "sub/b.txt")).toBe(false);
    expect(mayReinclude(patterns, "other")).toBe(false);
  });
});

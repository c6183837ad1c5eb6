import { describe, expect, it } from "vitest";
import { parseDockerfile } from "./parseDockerfile";
import { splitCommand } from "./splitCommand";

const flagsOf = (line: string) => splitCommand(line, 0, line.length).flags.map((f) => f.value);
const argsOf = (line: string) => {
  const split = splitCommand(line, 0, line.length);
  return line.slice(split.argsFrom, split.argsTo);
};

describe("the keyword", () => {
  it("is the first word, matched in any case and kept as written", () => {
    const [from] = parseDockerfile("  fRoM alpine").instructions;
    expect(from).toMatchObject({ keyword: "FROM", keywordRaw: "fRoM", known: true });
  });

  it("ends at a tab as well as a space", () => {
    expect(splitCommand("RUN\techo", 0, 8).keyword.value).toBe("RUN");
  });
});

describe("flags", () => {
  it("are the leading words that start with --", () => {
    expect(flagsOf("COPY --from=a --chown=1:1 src dst")).toEqual(["--from=a", "--chown=1:1"]);
    expect(argsOf("COPY --from=a --chown=1:1 src dst")).toBe("src dst");
  });

  it("stop at the first other word, so later -- words are arguments", () => {
    expect(flagsOf("RUN apt-get --yes install")).toEqual([]);
  });

  it("end at a bare --", () => {
    expect(flagsOf("COPY --link -- --weird-name /")).toEqual(["--link"]);
    expect(argsOf("COPY --link -- --weird-name /")).toBe("--weird-name /");
  });

  it("lose their quotes, and a backslash escapes the next character", () => {
    expect(flagsOf(`RUN --mount="type=cache,target=/a b" --x=a\\ b\\"c ls`)).toEqual([
      "--mount=type=cache,target=/a b",
      'x=a b"c'.replace(/^/, "--"),
    ]);
  });

  it("keep an empty quoted value", () => {
    expect(flagsOf(`COPY --chown="" a b`)).toEqual(["--chown="]);
  });

  it("are split into name and value, with no value when there is no =", () => {
    const [copy] = parseDockerfile("COPY --link --from=build a b").instructions;
    expect(copy?.flags.map((f) => [f.name, f.value, f.raw])).toEqual([
      ["link", null, "--link"],
      ["from", "build", "--from=build"],
    ]);
  });

  it("may take the whole line", () => {
    expect(flagsOf("RUN --network=none")).toEqual(["--network=none"]);
    expect(argsOf("RUN --network=none")).toBe("");
  });
});

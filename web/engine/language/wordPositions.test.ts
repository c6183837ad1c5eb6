import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../parse/parseDockerfile";
import type { Instruction } from "../parse/types";
import { DockerfileSource } from "./dockerfileSource";
import { locateInFlagValue, locateInHeredoc, locateInWord, unquotedOffsets } from "./wordPositions";
import { show } from "./testing/sourceText";

const first = (source: string): Instruction => parseDockerfile(source).instructions[0] as Instruction;
const text = (source: string): DockerfileSource =>
  new DockerfileSource(source, parseDockerfile(source).escapeChar);

describe("locateInWord", () => {
  it("maps a word on one line column for column", () => {
    const source = "WORKDIR /src/$APP\n";
    const word = first(source).args[0]!;
    expect(show(source, [locateInWord(word, text(source))(5, 9)!])).toEqual(["1:14 $APP"]);
  });
  it("maps every part of a word joined from several lines, whatever their lengths", () => {
    const source = "RUN echo $A \\\n  $B \\\n\t$C\n";
    const locate = locateInWord(first(source).args[0]!, text(source));
    expect(show(source, [locate(5, 7)!, locate(10, 12)!, locate(14, 16)!])).toEqual([
      "1:10 $A",
      "2:3 $B",
      "3:2 $C",
    ]);
  });
  it("cannot place a name a line continuation cuts in two", () => {
    const source = "RUN echo $NA\\\nME\n";
    const command = first(source).args[0]!;
    expect(command.value).toBe("echo $NAME");
    expect(locateInWord(command, text(source))(6, 10)).toBeNull();
  });
  it("places nothing in a text that is not the one the word was parsed from", () => {
    const source = "WORKDIR /src/$APP\n";
    const word = first(source).args[0]!;
    expect(locateInWord(word, text("WORKDIR /other/$AP\n"))(5, 9)).toBeNull();
  });
  it("steps over the quotes and escapes of an exec-form string, but not into an escape", () => {
    const source = 'COPY ["$SRC", "\\u0041$B", "\\u0024C"]\n';
    const [plain, escaped, dollar] = first(source).args;
    expect(escaped!.value).toBe("A$B");
    expect(show(source, [locateInWord(plain!, text(source), true)(0, 4)!])).toEqual(["1:8 $SRC"]);
    expect(show(source, [locateInWord(escaped!, text(source), true)(2, 3)!])).toEqual(["1:23 B"]);
    expect(locateInWord(dollar!, text(source), true)(0, 2)).toBeNull();
  });
});

describe("locateInFlagValue", () => {
  it("traces the value of a quoted flag back through its quotes", () => {
    const source = 'COPY --from="bu"ild /a /b\n';
    const flag = first(source).flags[0]!;
    expect(flag.value).toBe("build");
    expect(show(source, [locateInFlagValue(flag, text(source))(0, 2)!])).toEqual(["1:14 bu"]);
    expect(locateInFlagValue(flag, text(source))(0, 5)).toBeNull();
  });
  it("follows a flag whose value goes on to the next line", () => {
    const source = "RUN --mount=type=cache,\\\nfrom=build,target=/c true\n";
    const flag = first(source).flags[0]!;
    expect(flag.value).toBe("type=cache,from=build,target=/c");
    expect(show(source, [locateInFlagValue(flag, text(source))(16, 21)!])).toEqual(["2:6 build"]);
  });
  it("drops quotes and keeps what a backslash escapes, as the flag parser does", () => {
    expect(unquotedOffsets(`--a="b\\"c"d`)).toEqual([0, 1, 2, 3, 5, 7, 8, 10]);
  });
});

describe("locateInHeredoc", () => {
  it("maps the body line by line", () => {
    const source = "RUN <<EOF\none\ntwo $X\nEOF\n";
    const heredoc = first(source).heredocs[0]!;
    expect(show(source, [locateInHeredoc(heredoc)(8, 10)!])).toEqual(["3:5 $X"]);
  });
  it("knows nothing of a <<- body, whose leading tabs were removed", () => {
    const heredoc = first("RUN <<-EOF\n\techo $X\n\tEOF\n").heredocs[0]!;
    expect(locateInHeredoc(heredoc)(5, 7)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../parse/parseDockerfile";
import type { Instruction } from "../parse/types";
import { locateInFlagValue, locateInHeredoc, locateInWord, unquotedOffsets } from "./wordPositions";
import { show } from "./testing/sourceText";

const first = (source: string): Instruction => parseDockerfile(source).instructions[0] as Instruction;

describe("locateInWord", () => {
  it("maps a word on one line column for column", () => {
    const source = "WORKDIR /src/$APP\n";
    const word = first(source).args[0]!;
    expect(show(source, [locateInWord(word)(5, 9)!])).toEqual(["1:14 $APP"]);
  });
  it("maps both parts of a word on two adjacent lines", () => {
    const source = "RUN echo $A \\\n  $B\n";
    const locate = locateInWord(first(source).args[0]!);
    expect(show(source, [locate(5, 7)!, locate(10, 12)!])).toEqual(["1:10 $A", "2:3 $B"]);
  });
  it("knows only the last line of a word on more lines, whose middle lines' lengths are lost", () => {
    const source = "RUN echo $A \\\n  $B \\\n  $C\n";
    const locate = locateInWord(first(source).args[0]!);
    expect(locate(5, 7)).toBeNull();
    expect(locate(10, 12)).toBeNull();
    expect(show(source, [locate(15, 17)!])).toEqual(["3:3 $C"]);
  });
  it("steps over the opening quote of an exec-form string, and gives up on one with escapes", () => {
    const source = 'COPY ["$SRC", "a\\u0041"]\n';
    const [plain, escaped] = first(source).args;
    expect(show(source, [locateInWord(plain!, true)(0, 4)!])).toEqual(["1:8 $SRC"]);
    expect(locateInWord(escaped!, true)(0, 1)).toBeNull();
  });
});

describe("locateInFlagValue", () => {
  it("traces the value of a quoted flag back through its quotes", () => {
    const source = 'COPY --from="bu"ild /a /b\n';
    const flag = first(source).flags[0]!;
    expect(flag.value).toBe("build");
    expect(show(source, [locateInFlagValue(flag)(0, 2)!])).toEqual(["1:14 bu"]);
    expect(locateInFlagValue(flag)(0, 5)).toBeNull();
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

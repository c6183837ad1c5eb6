import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../parse/parseDockerfile";
import type { Instruction } from "../parse/types";
import { DockerfileSource } from "./dockerfileSource";
import { show } from "./testing/sourceText";

/** Every word and flag the parser found, each with the text the source gives back for its range. */
function readBack(source: string): { parsed: string[]; read: (string | undefined)[] } {
  const parse = parseDockerfile(source);
  const text = new DockerfileSource(source, parse.escapeChar);
  const parsed: string[] = [];
  const read: (string | undefined)[] = [];
  const visit = (instruction: Instruction): void => {
    for (const flag of instruction.flags) {
      parsed.push(flag.raw);
      read.push(text.joinedAt(flag.range)?.text);
    }
    if (!instruction.json) {
      for (const word of instruction.args) {
        parsed.push(word.value);
        read.push(text.joinedAt(word.range)?.text);
      }
    }
    if (instruction.trigger) visit(instruction.trigger);
  };
  parse.instructions.forEach(visit);
  return { parsed, read };
}

describe("DockerfileSource", () => {
  it("gives back every word and flag as the parser joined it, across comments, empty lines and escapes", () => {
    const source = [
      "FROM alpine AS base",
      "RUN --mount=type=cache,\\",
      "target=/c echo one \\  ",
      "  # a comment inside the instruction",
      "",
      "\ttwo\\\\",
      "RUN echo a\\",
      "b\\",
      "  c <<EOF",
      "body \\",
      "EOF",
      "ENV A=1 \\",
      "    B=2\\",
      "3",
      "ONBUILD RUN --mount=from=base,\\",
      "target=/x ls",
      "",
    ].join("\n");
    const { parsed, read } = readBack(source);
    expect(parsed).toContain("echo ab  c <<EOF");
    expect(read).toEqual(parsed);
  });
  it("joins lines on a backtick when the file chooses it, and leaves backslashes alone", () => {
    const source = "# escape=`\nFROM alpine\nRUN echo \\ `\n  one `\n\n  two\n";
    const { parsed, read } = readBack(source);
    expect(parsed).toContain("echo \\   one   two");
    expect(read).toEqual(parsed);
  });
  it("places a piece on the line it was typed on, and nothing a line break cuts", () => {
    const source = "RUN echo one \\\n# note\n  two\n";
    const command = parseDockerfile(source).instructions[0]!.args[0]!;
    const joined = new DockerfileSource(source, "\\").joinedAt(command.range)!;
    expect(joined.text).toBe("echo one   two");
    expect(show(source, [joined.place(11, 14)!])).toEqual(["3:3 two"]);
    expect(joined.place(7, 12)).toBeNull();
  });
  it("gives nothing for a range whose lines do not join", () => {
    const source = "RUN echo one\nRUN echo two\n";
    const text = new DockerfileSource(source, "\\");
    const range = { start: { line: 1, column: 5 }, end: { line: 2, column: 13 } };
    expect(text.joinedAt(range)).toBeNull();
    expect(text.joinedAt({ start: { line: 3, column: 1 }, end: { line: 3, column: 2 } })).toBeNull();
  });
});

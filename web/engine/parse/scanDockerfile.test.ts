import { describe, expect, it } from "vitest";
import type { Range } from "../diagnostics/types";
import { dumpParseTree, parseDockerfile } from "./parseDockerfile";

const at = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;

describe("continuation lines", () => {
  it("join with no separator once the escape character is removed", () => {
    expect(dumpParseTree("RUN hello\\\nworld")).toBe('(run "helloworld")\n');
  });

  it("allow spaces and tabs after the escape character", () => {
    expect(dumpParseTree("RUN a \\ \t\n  b")).toBe('(run "a   b")\n');
  });

  it("keep the leading whitespace of continuation lines", () => {
    expect(dumpParseTree("RUN a\\\n    b")).toBe('(run "a    b")\n');
  });

  it("treat an escaped escape character at the end as literal", () => {
    expect(dumpParseTree("ENV A x\\\\\nENV B y")).toBe('(env "A" "x\\\\\\\\" "")\n(env "B" "y" "")\n');
  });

  it("accept the escape character alone on a line", () => {
    expect(dumpParseTree("RUN a\\\n\\\nb")).toBe('(run "ab")\n');
  });

  it("use the backtick when the escape directive says so", () => {
    expect(dumpParseTree("# escape=`\nRUN dir c:\\ `\n  /w")).toBe('(run "dir c:\\\\   /w")\n');
  });

  it("end the instruction at the end of the file", () => {
    expect(dumpParseTree("FROM a\nRUN something \\")).toBe('(from "a")\n(run "something")\n');
  });

  it("drop comment lines, even ones that end in the escape character", () => {
    expect(dumpParseTree("RUN a \\\n  # note \\\n# other\n  b")).toBe('(run "a   b")\n');
  });

  it("treat # later in a line as literal", () => {
    expect(dumpParseTree("RUN echo a # not a comment")).toBe('(run "echo a # not a comment")\n');
  });
});

describe("empty continuation lines", () => {
  const source = "FROM a\nRUN apk add \\\n\n    curl \\\n  \n    git\n";

  it("are dropped from the instruction", () => {
    expect(dumpParseTree(source)).toBe('(from "a")\n(run "apk add     curl     git")\n');
  });

  it("raise one NoEmptyContinuation warning at the instruction's last line", () => {
    const [warning] = parseDockerfile(source).diagnostics;
    expect(warning).toMatchObject({
      severity: "warning",
      rule: "NoEmptyContinuation",
      message: "Empty continuation line found in: RUN apk add     curl     git",
    });
    expect(at(warning?.range as Range)).toBe("6:1-6:8");
  });
});

describe("source ranges", () => {
  const source = "FROM alpine\n  RUN --mount=type=cache,target=/c \\\n    apk add \\\n      curl\n";
  const run = parseDockerfile(source).instructions[1];

  it("cover the instruction from its keyword to the end of its last line", () => {
    expect(at(run?.range as Range)).toBe("2:3-4:11");
    expect(at(run?.keywordRange as Range)).toBe("2:3-2:6");
  });

  it("locate flags and arguments where they were typed", () => {
    expect(at(run?.flags[0]?.range as Range)).toBe("2:7-2:35");
    expect(at(run?.args[0]?.range as Range)).toBe("3:5-4:11");
  });

  it("map each word of a continued ENV to its own line and column", () => {
    const env = parseDockerfile("ENV a=1 \\\n\tb=2 \\\n   c=3").instructions[0];
    expect(
      env?.pairs?.map((p) => `${p.key.value}@${at(p.key.range)} ${p.value.value}@${at(p.value.range)}`),
    ).toEqual(["a@1:5-1:6 1@1:7-1:8", "b@2:2-2:3 2@2:4-2:5", "c@3:4-3:5 3@3:6-3:7"]);
  });

  it("count columns in UTF-16 code units after a byte-order mark", () => {
    const from = parseDockerfile("\ufeffFROM a").instructions[0];
    expect(at(from?.keywordRange as Range)).toBe("1:2-1:6");
  });

  it("cover heredoc bodies with their terminator", () => {
    const copy = parseDockerfile("COPY <<A <<B /\none\nA\ntwo\nB\nRUN x").instructions[0];
    expect(copy?.heredocs.map((h) => at(h.range))).toEqual(["2:1-3:2", "4:1-5:2"]);
    expect(at(copy?.range as Range)).toBe("1:1-5:2");
  });
});

describe("comments above an instruction", () => {
  it("are collected without the # and trimmed", () => {
    const [, run] = parseDockerfile("FROM a\n# check=skip=all\n#   second  \nRUN x").instructions;
    expect(run?.comments).toEqual(["check=skip=all", "second"]);
  });

  it("survive blank lines but are reset by a bare #", () => {
    const [from] = parseDockerfile("# gone\n#\n# kept\n\nFROM a").instructions;
    expect(from?.comments).toEqual(["kept"]);
  });

  it("belong to one instruction only", () => {
    const [, run] = parseDockerfile("# about from\nFROM a\nRUN x").instructions;
    expect(run?.comments).toEqual([]);
  });
});

describe("files without instructions", () => {
  it("reject zero bytes as an empty Dockerfile", () => {
    expect(parseDockerfile("").diagnostics.map((d) => d.message)).toEqual(["the Dockerfile cannot be empty"]);
    expect(() => dumpParseTree("")).toThrow("the Dockerfile cannot be empty");
  });

  it("reject comments and blank lines only", () => {
    expect(parseDockerfile("# hi\n\n   \n").diagnostics.map((d) => d.message)).toEqual([
      "file with no instructions",
    ]);
  });

  it("get only the directive's error when a bad directive swallows them, as BuildKit stops there", () => {
    // Only "\n" ends a line, so a CR-only file is one directive line whose value is the rest.
    expect(parseDockerfile("# escape=\\\rFROM a\rRUN x\r").diagnostics.map((d) => d.message)).toEqual([
      "invalid escape token '\\\rFROM a\rRUN x' does not match ` or \\",
    ]);
    expect(parseDockerfile("# escape=\\\n# escape=`\n").diagnostics.map((d) => d.message)).toEqual([
      "only one escape parser directive can be used",
    ]);
  });

  it("reject a line longer than BuildKit's scanner allows, but still parse it", () => {
    const result = parseDockerfile("FROM a\nRUN " + "x".repeat(70_000));
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "dockerfile line greater than max allowed size of 65535",
    ]);
    expect(result.instructions).toHaveLength(2);
  });

  it("count lines as an editor does", () => {
    expect(parseDockerfile("FROM a\n").lineCount).toBe(2);
    expect(parseDockerfile("FROM a").lineCount).toBe(1);
  });
});

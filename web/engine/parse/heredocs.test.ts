import { describe, expect, it } from "vitest";
import { parseHeredocWord } from "./heredocs";
import { parseDockerfile } from "./parseDockerfile";

const heredocsOf = (source: string) =>
  parseDockerfile(source).instructions.map((i) =>
    i.heredocs.map((h) => ({
      name: h.name,
      content: h.content,
      expand: h.expand,
      chomp: h.chomp,
      fd: h.fileDescriptor,
    })),
  );

describe("heredoc markers", () => {
  it("are read from words like <<EOF, <<-EOF and 3<<EOF", () => {
    expect(parseHeredocWord("<<EOF")).toEqual({ name: "EOF", expand: true, chomp: false, fileDescriptor: 0 });
    expect(parseHeredocWord("<<-EOF")).toEqual({ name: "EOF", expand: true, chomp: true, fileDescriptor: 0 });
    expect(parseHeredocWord("12<<EOF")).toMatchObject({ name: "EOF", fileDescriptor: 12 });
  });

  it("turn expansion off when any part of the delimiter is quoted", () => {
    for (const word of ["<<'EOF'", '<<"EOF"', "<<-'EOF'", '<<E"OF"']) {
      expect(parseHeredocWord(word)).toMatchObject({ name: "EOF", expand: false });
    }
  });

  it("may have blanks between << (or <<-) and the delimiter, as ParseHeredoc's \\s* allows", () => {
    expect(parseHeredocWord("<< EOF")).toEqual({
      name: "EOF",
      expand: true,
      chomp: false,
      fileDescriptor: 0,
    });
    expect(parseHeredocWord("<<- EOF")).toEqual({
      name: "EOF",
      expand: true,
      chomp: true,
      fileDescriptor: 0,
    });
    expect(parseHeredocWord("3<<\t'EOF'")).toMatchObject({ name: "EOF", expand: false, fileDescriptor: 3 });
  });

  it("are not words like <<, <EOF, <<<EOF or a quoted marker", () => {
    for (const word of ["", "EOF", "<<", "<<-", "<EOF", "<<<EOF", "'<<EOF'"]) {
      expect(parseHeredocWord(word)).toBeNull();
    }
  });
});

describe("heredoc bodies", () => {
  it("end at a line equal to the delimiter and keep every line's newline", () => {
    expect(heredocsOf("RUN <<EOF\necho hello world\n# not a comment\nEOF\n")).toEqual([
      [{ name: "EOF", content: "echo hello world\n# not a comment\n", expand: true, chomp: false, fd: 0 }],
    ]);
  });

  it("may be empty", () => {
    expect(heredocsOf("RUN 3<<EMPTY\nEMPTY")).toEqual([
      [{ name: "EMPTY", content: "", expand: true, chomp: false, fd: 3 }],
    ]);
  });

  it("keep tabs for <<, and strip them from body and terminator for <<-", () => {
    expect(heredocsOf("RUN <<KEEP\n\tfoo\nKEEP\nRUN <<-STRIP\n\tfoo\n\t\tbar\n\tSTRIP\n")).toEqual([
      [{ name: "KEEP", content: "\tfoo\n", expand: true, chomp: false, fd: 0 }],
      [{ name: "STRIP", content: "foo\nbar\n", expand: true, chomp: true, fd: 0 }],
    ]);
  });

  it("follow one another in marker order, each with its own terminator", () => {
    expect(heredocsOf("COPY <<X <<Y /dest\nY\nX\nX\nY\n")).toEqual([
      [
        { name: "X", content: "Y\n", expand: true, chomp: false, fd: 0 },
        { name: "Y", content: "X\n", expand: true, chomp: false, fd: 0 },
      ],
    ]);
  });

  it("work after flags and inside ONBUILD", () => {
    const source = "RUN --mount=type=cache,target=/c <<M\nls\nM\nONBUILD RUN <<N\npwd\nN\n";
    const [run, onbuild] = parseDockerfile(source).instructions;
    expect(run?.heredocs.map((h) => h.content)).toEqual(["ls\n"]);
    expect(onbuild?.heredocs.map((h) => h.content)).toEqual(["pwd\n"]);
    expect(onbuild?.trigger?.heredocs).toBe(onbuild?.heredocs);
  });

  it("are found with blanks after <<, as BuildKit's lexer keeps them in the marker's word", () => {
    expect(
      heredocsOf("RUN <<  EOF\nEOF\nRUN <<  EOF  > foo\necho\nEOF\nCOPY << EOF /dest\nhi\nEOF\n"),
    ).toEqual([
      [{ name: "EOF", content: "", expand: true, chomp: false, fd: 0 }],
      [{ name: "EOF", content: "echo\n", expand: true, chomp: false, fd: 0 }],
      [{ name: "EOF", content: "hi\n", expand: true, chomp: false, fd: 0 }],
    ]);
  });

  it("are not found in `<<- EOF`, whose lexer word ends at the blank after the dash", () => {
    const result = parseDockerfile("FROM a\nRUN <<- EOF\nEOF\n");
    expect(result.instructions.map((i) => [i.keywordRaw, i.heredocs.length])).toEqual([
      ["FROM", 0],
      ["RUN", 0],
      ["EOF", 0],
    ]);
  });

  it("are only read for RUN, COPY and ADD, so other lines stay instructions", () => {
    const result = parseDockerfile("FROM a\nUSER <<NOPE\nNOPE\n");
    expect(result.instructions.map((i) => i.keywordRaw)).toEqual(["FROM", "USER", "NOPE"]);
  });

  it("are never read in exec form or from quoted markers", () => {
    expect(heredocsOf('RUN ["<<EOF"]\nRUN "<<EOF"\nRUN \'<<EOF\'')).toEqual([[], [], []]);
  });

  it("report an unterminated heredoc and keep what was read", () => {
    const result = parseDockerfile("FROM a\nRUN <<EOF\necho one\n");
    expect(result.diagnostics.map((d) => d.message)).toEqual(["unterminated heredoc"]);
    expect(result.instructions[1]?.heredocs[0]?.content).toBe("echo one\n");
  });

  it("match the terminator on a CRLF line", () => {
    expect(heredocsOf("RUN <<EOF\r\necho\r\nEOF\r\n")[0]?.[0]?.content).toBe("echo\r\n");
  });
});

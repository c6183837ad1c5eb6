import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dumpParseTree, parseDockerfile } from "./parseDockerfile";

const REAL = `# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended
ARG GO=1.22
FROM golang:\${GO} AS build
WORKDIR /src
COPY --link go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download
COPY . .
RUN <<EOF
go build -o /out/app ./cmd/app
EOF
FROM gcr.io/distroless/static AS final
ENV A=1 B="two words"
LABEL org.opencontainers.image.title="app"
COPY --from=build /out/app /app
HEALTHCHECK --interval=5s CMD ["/app", "health"]
ONBUILD RUN echo triggered
ENTRYPOINT ["/app"]
`;

const hostile = fc.constantFrom(
  ..."\\`'\"#=[]{}<>-\n\r\t \u00a0\u2028\ud800\udc00xRUNCOPYFROMONBUILD0123,:$".split(""),
  "<<EOF",
  "<<-'E'",
  "<< EOF",
  "<<- EOF",
  "<<\tEOF",
  "\\\n",
  "# escape=`\n",
  '["a", ',
  "--mount=",
  "ONBUILD ",
);

describe("parseDockerfile", () => {
  it("returns instructions, directives and diagnostics for a real multistage file", () => {
    const result = parseDockerfile(REAL);
    expect(result.diagnostics).toEqual([]);
    expect(result.directives.map((d) => d.name)).toEqual(["syntax", "check"]);
    expect(result.instructions.map((i) => i.keyword).join(" ")).toBe(
      "ARG FROM WORKDIR COPY RUN COPY RUN FROM ENV LABEL COPY HEALTHCHECK ONBUILD ENTRYPOINT",
    );
    expect(result.instructions[6]?.heredocs[0]?.content).toBe("go build -o /out/app ./cmd/app\n");
  });

  it("keeps parsing after an error, so the rest of the file is usable", () => {
    const result = parseDockerfile("FROM a\nCMD [1]\nENV x\nRUN <<EOF\n");
    expect(result.instructions.map((i) => i.keyword)).toEqual(["FROM", "CMD", "ENV", "RUN"]);
    expect(result.diagnostics.map((d) => `${d.range.start.line}: ${d.message}`)).toEqual([
      "2: when using JSON array syntax, arrays must be comprised of strings only",
      "3: ENV must have two arguments",
      "4: unterminated heredoc",
    ]);
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (source) => {
        parseDockerfile(source);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 120 }), (parts) => {
        parseDockerfile(parts.join(""));
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on a real Dockerfile with text cut out and pasted in", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: REAL.length }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 30 }),
        (at, cut, paste) => {
          parseDockerfile(REAL.slice(0, at) + paste + REAL.slice(at + cut));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives every range a real position, ends never before starts", () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 80 }), (parts) => {
        const { instructions } = parseDockerfile(REAL + parts.join(""));
        for (const instruction of instructions) {
          for (const { range } of [instruction, ...instruction.args, ...instruction.flags]) {
            expect(range.start.line).toBeGreaterThan(0);
            expect(range.start.column).toBeGreaterThan(0);
            const order = range.end.line - range.start.line || range.end.column - range.start.column;
            expect(order).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reads a heredoc named after its delimiter whatever blanks follow <<", () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,7}$/);
    const blanks = fc.array(fc.constantFrom(" ", "\t"), { maxLength: 3 }).map((b) => b.join(""));
    const line = fc.stringMatching(/^[a-z $#=<>-]{0,12}$/);
    const opener = fc.constantFrom("RUN ", "RUN 3", "COPY ", "ADD ");
    fc.assert(
      fc.property(opener, blanks, name, fc.array(line, { maxLength: 4 }), (open, gap, delimiter, body) => {
        const lines = body.filter((l) => l !== delimiter);
        const tail = open.startsWith("RUN") ? "" : " /dest";
        const source = `FROM a\n${open}<<${gap}${delimiter}${tail}\n${lines.map((l) => l + "\n").join("")}${delimiter}\n`;
        const result = parseDockerfile(source);
        expect(result.instructions).toHaveLength(2);
        expect(result.instructions[1]?.heredocs.map((h) => [h.name, h.content])).toEqual([
          [delimiter, lines.map((l) => l + "\n").join("")],
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("handles a 1 MB line, binary junk and a lone surrogate", () => {
    expect(parseDockerfile("RUN " + "a".repeat(1_000_000)).instructions).toHaveLength(1);
    expect(parseDockerfile("\u0000\u0001\uffff\ud800").instructions).toHaveLength(1);
  });
});

describe("dumpParseTree", () => {
  it("prints one parenthesised line per instruction", () => {
    expect(dumpParseTree('FROM a AS b\nCOPY --from=b x /y\nCMD ["z"]')).toBe(
      '(from "a" "AS" "b")\n(copy ["--from=b"] "x" "/y")\n(cmd "z")\n',
    );
  });

  it("throws with BuildKit's message where its parser rejects the file", () => {
    expect(() => dumpParseTree("# Hello\n")).toThrow("file with no instructions");
    expect(() => dumpParseTree('CMD [ "echo", [ "nested" ] ]')).toThrow(
      "arrays must be comprised of strings only",
    );
    expect(() => dumpParseTree("# escape=`\n# escape=\\\nFROM a")).toThrow(
      "only one escape parser directive",
    );
  });
});

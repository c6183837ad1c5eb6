import { describe, expect, it } from "vitest";
import { lexWord } from "./lexWord";
import { expandWord, expandWords } from "./expandWord";

const env = new Map([
  ["PWD", "/home"],
  ["EMPTY", ""],
  ["FILE", "archive.tar.gz"],
  ["PATHS", "/usr/local/bin:/usr/bin"],
]);
const value = (word: string) => lexWord(word, env).value;

describe("substitution forms", () => {
  it("expands $V and ${V}", () => {
    expect(value("$PWD/x")).toBe("/home/x");
    expect(value("${PWD}x")).toBe("/homex");
  });
  it("treats an empty value as unset only with a colon", () => {
    expect(value("${EMPTY:-d}|${EMPTY-d}|${NOPE-d}")).toBe("d||d");
    expect(value("${EMPTY:+s}|${EMPTY+s}|${NOPE+s}")).toBe("|s|");
  });
  it("trims the shortest and longest prefix and suffix", () => {
    expect(value("${FILE#*.}")).toBe("tar.gz");
    expect(value("${FILE##*.}")).toBe("gz");
    expect(value("${FILE%.*}")).toBe("archive.tar");
    expect(value("${FILE%%.*}")).toBe("archive");
  });
  it("replaces the first or every match", () => {
    expect(value("${PATHS/:/ }")).toBe("/usr/local/bin /usr/bin");
    expect(value("${PATHS//\\//_}")).toBe("_usr_local_bin:_usr_bin");
  });
  it("skips an empty match right after a match in replace-all, as Go does", () => {
    expect(value("${FILE//*/x}")).toBe("x");
  });
});

describe("errors as values", () => {
  it("reports ${V:?m} with the message and never throws", () => {
    const result = lexWord("${NOPE:?set NOPE}", env);
    expect(result.error?.message).toBe('failed to process "${NOPE:?set NOPE}": NOPE: set NOPE');
    expect(result.value).toBe("");
  });
  it("distinguishes unset from empty for ${V:?}", () => {
    expect(lexWord("${EMPTY:?}", env).error?.reason).toBe("EMPTY: is not allowed to be empty");
    expect(lexWord("${NOPE?}", env).error?.reason).toBe("NOPE: is not allowed to be unset");
  });
  it("uses BuildKit's wording for a missing brace and a bad substitution", () => {
    expect(lexWord("${PWD", env).error?.reason).toBe("unsupported modifier (\uFFFD) in substitution");
    expect(lexWord("${PWD:-x", env).error?.reason).toBe("syntax error: missing '}'");
    expect(lexWord("${}", env).error?.reason).toBe("syntax error: bad substitution");
  });
  it("rejects an invalid escape in a pattern", () => {
    expect(lexWord("${FILE#\\a}", env).error?.reason).toBe(
      "invalid pattern (\\a) in substitution: invalid escape '\\a'",
    );
  });
});

describe("variable references", () => {
  it("lists every variable with whether it was defined and where it sits", () => {
    expect(lexWord("a$PWD${NOPE}", env).references).toEqual([
      { name: "PWD", defined: true, start: 1, end: 5 },
      { name: "NOPE", defined: false, start: 5, end: 12 },
    ]);
  });
  it("reports an undefined variable even inside ${V:-x}, inner words first", () => {
    const refs = lexWord("${OUTER:-${INNER}}", env).references.map((r) => `${r.name}:${r.defined}`);
    expect(refs).toEqual(["INNER:false", "OUTER:false"]);
  });
  it("keeps the references found before an error", () => {
    expect(lexWord("$PWD${X", env).references.map((r) => r.name)).toEqual(["PWD"]);
  });
});

describe("escape character", () => {
  it("uses the backtick when the file says # escape=`", () => {
    expect(lexWord("C:\\dir`$PWD", env, { escapeChar: "`" }).value).toBe("C:\\dir$PWD");
  });
  it("keeps quotes and escapes when asked to (RUN display text)", () => {
    expect(
      lexWord(`echo "$PWD" \\$X`, env, { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).value,
    ).toBe(`echo "/home" \\$X`);
  });
  it("leaves unset variables as written with skipUnsetEnv", () => {
    expect(lexWord("$NOPE ${NOPE:-x}", env, { skipUnsetEnv: true }).value).toBe("$NOPE ${NOPE:-x}");
  });
});

describe("expandWord and expandWords", () => {
  it("throw BuildKit's message where BuildKit fails", () => {
    expect(() => expandWord("'open", {})).toThrow(
      'failed to process "\'open": unexpected end of statement while looking for matching single-quote',
    );
    expect(() => expandWords('a "b', {})).toThrow(/matching double-quote/);
  });
  it("split words after substitution but keep quoted spaces", () => {
    expect(expandWords('x${S}y "${S}"', { S: " a b" })).toEqual(["x", "a", "by", " a b"]);
  });
  it("ignore properties inherited from Object.prototype", () => {
    expect(expandWord("[$constructor]", {})).toBe("[]");
  });
});

describe("deep nesting", () => {
  it("is an error value beyond 1000 levels instead of a stack overflow", () => {
    const word = "${a:-".repeat(5000) + "x" + "}".repeat(5000);
    expect(lexWord(word, env).error?.reason).toBe("substitutions nested deeper than 1000 levels");
    expect(lexWord("${a:-".repeat(900) + "x" + "}".repeat(900), env).value).toBe("x");
  });
});

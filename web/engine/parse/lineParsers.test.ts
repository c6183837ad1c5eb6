import { describe, expect, it } from "vitest";
import { dumpParseTree, parseDockerfile } from "./parseDockerfile";

const errorsOf = (source: string) =>
  parseDockerfile(source)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => d.message);

describe("exec form and shell form", () => {
  it("read a JSON array of strings as exec form", () => {
    const [cmd] = parseDockerfile('CMD [ "echo", "a b" ]').instructions;
    expect(cmd?.json).toBe(true);
    expect(cmd?.args.map((a) => a.value)).toEqual(["echo", "a b"]);
  });

  it("decode JSON escapes the way Go does", () => {
    expect(dumpParseTree('CMD ["\\u0041\\n", "\\/", "\\ud800x"]')).toBe('(cmd "A\\n" "/" "�x")\n');
  });

  it("silently fall back to one shell string when the JSON is invalid", () => {
    for (const text of ["['a']", '["a"', '["a"] && b', '["a",]', '["\\q"]', "[1e999]"]) {
      const [cmd] = parseDockerfile("CMD " + text).instructions;
      expect(cmd?.json).toBe(false);
      expect(cmd?.args.map((a) => a.value)).toEqual([text]);
    }
  });

  it("reject a valid array holding anything but strings", () => {
    for (const text of ["[1]", '["a", ["b"]]', '["a", null]', '[{"a": [true]}]']) {
      expect(errorsOf("CMD " + text)).toEqual([
        "when using JSON array syntax, arrays must be comprised of strings only",
      ]);
    }
  });

  it("split the ADD, COPY and VOLUME fallback on whitespace", () => {
    expect(dumpParseTree("COPY\ta  b\t/c\nVOLUME ['/x'] /y")).toBe(
      '(copy "a" "b" "/c")\n(volume "[\'/x\']" "/y")\n',
    );
  });

  it("read HEALTHCHECK as a type word and a command", () => {
    expect(dumpParseTree('HEALTHCHECK --retries=3 CMD ["curl", "-f"]\nHEALTHCHECK NONE')).toBe(
      '(healthcheck ["--retries=3"] "CMD" "curl" "-f")\n(healthcheck "NONE")\n',
    );
  });

  it("survive very deep nesting without recursion", () => {
    expect(parseDockerfile("CMD " + "[".repeat(50_000)).instructions[0]?.json).toBe(false);
  });
});

describe("ENV and LABEL", () => {
  it("keep quotes and escapes raw in key=value pairs", () => {
    expect(dumpParseTree('ENV a="x y" b=c\\ d e=')).toBe(
      '(env "a" "\\"x y\\"" "=" "b" "c\\\\ d" "=" "e" "" "=")\n',
    );
  });

  it("read the legacy `ENV key value` form as one pair with the rest as value", () => {
    const [label] = parseDockerfile('LABEL maintainer Jane "jane@x"').instructions;
    expect(label?.pairs?.map((p) => [p.key.value, p.value.value, p.separator])).toEqual([
      ["maintainer", 'Jane "jane@x"', ""],
    ]);
  });

  it("require a value in the legacy form", () => {
    expect(errorsOf("ENV PATH")).toEqual(["ENV must have two arguments"]);
    expect(errorsOf("LABEL x")).toEqual(["LABEL must have two arguments"]);
  });

  it("require = in every word once the first word has one", () => {
    expect(errorsOf("ENV a=1 b")).toEqual([
      'Syntax error - can\'t find = in "b". Must be of the form: name=value',
    ]);
  });

  it("use the escape directive inside words", () => {
    expect(dumpParseTree("# escape=`\nENV a=x` y")).toBe('(env "a" "x` y" "=")\n');
  });
});

describe("other argument forms", () => {
  it("keep ARG words raw", () => {
    expect(dumpParseTree('ARG a="1 2" b')).toBe('(arg "a=\\"1 2\\"" "b")\n');
  });

  it("keep USER, WORKDIR, MAINTAINER and STOPSIGNAL as one string", () => {
    expect(dumpParseTree("WORKDIR /a b\nUSER x:y")).toBe('(workdir "/a b")\n(user "x:y")\n');
  });

  it("print an unknown keyword with one empty argument", () => {
    expect(dumpParseTree("FOO bar baz\nBAR")).toBe('(foo "")\n(bar "")\n');
  });

  it("nest the ONBUILD trigger", () => {
    expect(dumpParseTree("ONBUILD COPY --from=b . /\nONBUILD")).toBe(
      '(onbuild (copy ["--from=b"] "." "/"))\n(onbuild)\n',
    );
  });
});

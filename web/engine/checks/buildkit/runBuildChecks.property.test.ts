import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";
import { RULES } from "./ruleset";
import { runBuildChecks } from "./runBuildChecks";

const piece = fc.constantFrom(
  "FROM",
  "from",
  "AS",
  "as",
  "ARG",
  "ENV",
  "COPY",
  "ADD",
  "RUN",
  "CMD",
  "ENTRYPOINT",
  "SHELL",
  "WORKDIR",
  "LABEL",
  "EXPOSE",
  "HEALTHCHECK",
  "MAINTAINER",
  "ONBUILD",
  "--from=a",
  "--platform=",
  "--platform=$TARGETPLATFORM",
  "--platform=linux/arm64",
  "$X",
  "${X:-y}",
  "${",
  "}",
  "$TARGETARCH",
  "alpine",
  "python:3.12",
  "scratch",
  "context",
  "a",
  "B",
  "./x",
  ".",
  "*",
  "80/TCP",
  "1.2.3.4:80:80",
  "SECRET_TOKEN=1",
  "a=b",
  "k v",
  '["sh"]',
  "<<EOF",
  "EOF",
  "# check=skip=all",
  "# check=error=true",
  "# check=experimental=all",
  "# a description",
  "#",
  "\\",
  "\n",
  "\\\n",
  " ",
  "\t",
  '"',
  "'",
  "=",
);
const dockerfile = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(" "));
const dockerignore = fc.array(fc.constantFrom("*", "**", ".*", "x", "!x", "a/*", "!a/b", "\\", "[", "#c"), {
  maxLength: 5,
});

describe("runBuildChecks on arbitrary Dockerfiles", () => {
  it("never fails and only reports BuildKit's rules, each with its documentation link", () => {
    fc.assert(
      fc.property(
        dockerfile,
        dockerignore,
        fc.constantFrom(undefined, "a", "b"),
        (source, ignore, target) => {
          const analysis = analyze(source, target ? { target } : {});
          const diagnostics = runBuildChecks({ ...analysis, dockerignore: ignore.join("\n") });
          for (const d of diagnostics) {
            expect(d.rule).not.toBe("internal");
            if (d.rule !== null) expect(d.url).toBe(RULES[d.rule as keyof typeof RULES].url);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});

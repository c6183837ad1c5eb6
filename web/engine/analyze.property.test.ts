import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, type AnalyzeOptions } from "./analyze";
import { sampleDockerfile } from "./sampleDockerfile";

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
  "ONBUILD",
  "WORKDIR",
  "USER",
  "LABEL",
  "EXPOSE",
  "HEALTHCHECK",
  "SHELL",
  "CMD",
  "--from=",
  "--from=0",
  "--from=-1",
  "--from=b",
  "--mount=",
  "--mount=from=a,target=/t",
  "--platform=$TARGETPLATFORM",
  "--platform=nonsense",
  "--platform=linux/*",
  "--mount=type=cach,target=/c",
  "--mount=typo=cache",
  "--mount=type=secret,from=a",
  "$X",
  "${X}",
  "${X:-y}",
  "${X:?}",
  "${X/a/b}",
  "${",
  "}",
  '"',
  "'",
  "\\",
  "`",
  "<<EOF",
  "<<-'E'",
  "<< EOF",
  "<<- EOF",
  "<<\tEOF",
  "EOF",
  "=",
  "a=b",
  "[",
  "]",
  '["a", "b"]',
  "#",
  "# escape=`",
  "# syntax=x",
  "\t",
  " ",
  "\n",
  "\\\n",
  "alpine",
  "b",
  "a",
  "scratch",
  "0",
  "/src",
  "\u0000",
  "é",
  "😀",
);
const generated = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(" "));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.string(), piece) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), length: fc.nat({ max: 200 }) }),
);
const base = sampleDockerfile(6, 12);
const mutated = fc.array(mutation, { minLength: 1, maxLength: 8 }).map((steps) =>
  steps.reduce((text, step) => {
    const at = text.length === 0 ? 0 : step.at % text.length;
    if (step.kind === "delete") return text.slice(0, at) + text.slice(at + step.length);
    if (step.kind === "insert") return text.slice(0, at) + step.text + text.slice(at);
    return text.slice(0, at) + text.slice(at, at + step.length) + text.slice(at);
  }, base),
);
const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    target: fc.oneof(fc.string(), fc.constantFrom("a", "b", "final", "S1")),
    builder: fc.constantFrom("buildkit" as const, "legacy" as const),
    buildArgs: fc.dictionary(
      fc.constantFrom("X", "BASE", "TARGETARCH", "GO_VERSION", "constructor"),
      fc.string(),
    ),
    platform: fc.constantFrom("linux/arm64", "linux/arm/v7", "windows/amd64", "bogus"),
  },
  { requiredKeys: [] },
);

function assertUsable(source: string, opts: AnalyzeOptions) {
  const analysis = analyze(source, opts);
  expect(analysis.diagnostics.filter((d) => d.rule === "internal")).toEqual([]);
  for (const d of analysis.diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
  for (const index of analysis.built) expect(analysis.stages[index]?.built).toBe(true);
  expect(analysis.levels.flat().sort((a, b) => a - b)).toEqual([...analysis.built]);
}

const errorsOn = (source: string, line: number) =>
  analyze(source)
    .diagnostics.filter((d) => d.severity === "error" && d.range.start.line === line)
    .map((d) => d.message);
const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const MOUNT_TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
const MOUNT_KEYS = new Set(
  "type from source target readonly id sharing required size mode uid gid src dst destination ro rw readwrite env".split(
    " ",
  ),
);
// containerd's known OS and architecture names, and the aliases it normalises to one of them.
const PLATFORM_WORDS = new Set(
  "aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos macos 386 amd64 amd64p32 arm armbe arm64 arm64be ppc64 ppc64le loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc riscv riscv64 s390 s390x sparc sparc64 wasm i386 x86_64 aarch64 armhf armel".split(
    " ",
  ),
);

describe("analyze finds what BuildKit rejects", () => {
  it("reports a RUN --mount type BuildKit does not know, in a built stage", () => {
    const type = word.filter((t) => !MOUNT_TYPES.includes(t));
    fc.assert(
      fc.property(type, (t) => {
        const [message] = errorsOn(`FROM alpine\nRUN --mount=type=${t},target=/x true\n`, 2);
        expect(message).toMatch(new RegExp(`^unsupported mount type "${t}"`));
      }),
      { numRuns: 100 },
    );
  });
  it("reports a RUN --mount key BuildKit does not know, in a built stage", () => {
    const key = word.filter((k) => !MOUNT_KEYS.has(k));
    fc.assert(
      fc.property(key, (k) => {
        const [message] = errorsOn(`FROM alpine\nRUN --mount=type=cache,${k}=v,target=/x true\n`, 2);
        expect(message).toMatch(new RegExp(`^unexpected key '${k}' in '${k}=v'`));
      }),
      { numRuns: 100 },
    );
  });
  it("reports a FROM --platform that is neither an OS nor an architecture, and accepts any os/arch", () => {
    const bad = word.filter((w) => !PLATFORM_WORDS.has(w));
    fc.assert(
      fc.property(bad, word, word, (w, os, arch) => {
        expect(errorsOn(`FROM --platform=${w} alpine\n`, 1)).toEqual([
          `failed to parse platform ${w}: "${w}": unknown operating system or architecture: invalid argument`,
        ]);
        expect(errorsOn(`FROM --platform=${os}/${arch} alpine\n`, 1)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

// Each run of the suite draws new cases (a new seed), so a few hundred per run add up; more would
// make these the suite's slowest tests on a busy machine.
describe("analyze robustness", () => {
  it("never throws on generated Dockerfiles", () => {
    fc.assert(fc.property(generated, options, assertUsable), { numRuns: 250 });
  });
  it("never throws on mutated real Dockerfiles", () => {
    fc.assert(fc.property(mutated, options, assertUsable), { numRuns: 150 });
  });
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => assertUsable(text, {})),
      { numRuns: 300 },
    );
  });
});

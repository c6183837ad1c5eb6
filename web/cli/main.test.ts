import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { CliIo } from "./cliIo";
import { main } from "./main";

const MULTISTAGE = `FROM golang:1.22 AS build
RUN go build -o /out/app .
FROM alpine AS Test
COPY --from=build /out/app /app
FROM scratch
COPY --from=build /out/app /app
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
`;

async function run(argv: string[], files: Record<string, string> = {}, stdin = "") {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: async (path) => {
      if (path.endsWith("/")) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      if (!(path in files)) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      return files[path] as string;
    },
    readStdin: async () => stdin,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe("stageplay check", () => {
  it("prints Rule: message (line N), a summary, and exits 1 on an error", async () => {
    const result = await run(["check", "Dockerfile"], {
      // A pinned base and a non-root USER keep the teaching checks out of this one.
      Dockerfile: "FROM alpine:3.21 AS 1x\nUSER 1000\nCOPY --from=7 /a /b\n",
    });
    expect(result.stdout).toMatchInlineSnapshot(`
      "Error: invalid name for build stage: "1x", name can't start with a number or contain symbols (line 1)
      Error: invalid stage index 7 (line 3)
      2 errors, 0 warnings.
      "
    `);
    expect(result.code).toBe(1);
  });
  it("prints BuildKit's build checks among the findings, sorted by line", async () => {
    const source = "FROM alpine:3.21 as Build\nUSER 1000\nMAINTAINER me\nCMD echo hi\n";
    const result = await run(["check", "-"], {}, source);
    expect(result.stdout).toMatchInlineSnapshot(`
      "StageNameCasing: Stage name 'Build' should be lowercase (line 1)
      FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)
      MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 3)
      JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)
      0 errors, 4 warnings.
      "
    `);
    expect(result.code).toBe(0);
  });
  it("exits 0 and says so when there is nothing to report", async () => {
    expect(await run(["check", "-"], {}, "FROM alpine:3.21\nUSER 1000\n")).toEqual({
      code: 0,
      stdout: "No problems found.\n",
      stderr: "",
    });
  });
});

describe("stageplay check --format json and --strict", () => {
  it("prints the diagnostics as JSON with every key", async () => {
    const result = await run(["check", "-", "--format", "json"], {}, "FROM alpine:3.21 AS 1x\n");
    const errors = (JSON.parse(result.stdout) as { severity: string }[]).filter(
      (d) => d.severity === "error",
    );
    expect(errors).toEqual([
      {
        severity: "error",
        rule: null,
        message: 'invalid name for build stage: "1x", name can\'t start with a number or contain symbols',
        line: 1,
        column: 21,
        fix: null,
        url: null,
      },
    ]);
    expect(result.code).toBe(1);
  });
  it("exits 0 on warnings alone, and 1 with --strict", async () => {
    const warnsOnly = "FROM alpine:3.21\nUSER 1000\nRUN echo a \\\n\n  b\n";
    const plain = await run(["check", "-"], {}, warnsOnly);
    expect([plain.code, plain.stdout.trim().split("\n").pop()]).toEqual([0, "0 errors, 1 warning."]);
    expect((await run(["check", "-", "--strict"], {}, warnsOnly)).code).toBe(1);
    expect((await run(["check", "-", "--strict"], {}, "FROM alpine:3.21\nUSER 1000\n")).code).toBe(0);
  });
});

describe("stageplay check's order", () => {
  it("prints everything by line: on a line, BuildKit's errors, then its rules, Stageplay's checks, the notes", async () => {
    let stdout = "";
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
      readFile: async () =>
        "FROM python as Build\nUSER 1000\nCOPY missing.txt /app/\nWORKDIR app\nCMD python /app/app.py\n",
      readStdin: async () => "",
      readContext: async () => [],
    };
    expect(await main(["check", "Dockerfile", "--context", "."], io)).toBe(1);
    const lines = stdout.trim().split("\n").slice(0, -1);
    expect(
      lines.map((line) => `${/\(line (\d+)\)$/.exec(line)?.[1]} ${line.slice(0, line.indexOf(":"))}`),
    ).toEqual([
      "1 StageNameCasing",
      "1 FromAsCasing",
      "1 final-image-ships-compiler",
      "1 base-image-latest",
      "1 EstimatedBaseImage",
      "3 Error",
      "4 WorkdirRelativePath",
      "5 JSONArgsRecommended",
    ]);
  });
});

describe("stageplay check and build", () => {
  it("agree that an image would not start: pip --user as root, the app run as another user", async () => {
    const dockerfile = `FROM python:3.12 AS build
RUN pip install --user --no-cache-dir flask

FROM python:3.12-slim
RUN useradd -m app
COPY --from=build /root/.local /root/.local
COPY app.py /app/app.py
USER app
CMD ["python", "/app/app.py"]
`;
    const io = (out: (text: string) => void): CliIo => ({
      stdout: out,
      stderr: out,
      readFile: async () => dockerfile,
      readStdin: async () => "",
      readContext: async () => [{ path: "app.py", sizeBytes: 13, content: "import flask\n" }],
    });
    let checked = "";
    let built = "";
    expect(
      await main(
        ["check", "Dockerfile", "--context", "."],
        io((t) => void (checked += t)),
      ),
    ).toBe(1);
    await main(
      ["build", "Dockerfile", "--context", "."],
      io((t) => void (built += t)),
    );
    expect(built).toContain("would not start");
    expect(checked).not.toContain("No problems found.");
    expect(checked).toMatch(/^image-would-not-start: .*No module named 'flask'.* \(line 6\)$/m);
  });
});

describe("stageplay check and the simulator's notes", () => {
  const UNKNOWN = 'FROM mycorp/base:1.0\nRUN frobnicate --all\nUSER 1000\nCMD ["/app"]\n';

  it("prints the notes among the findings, sorted by line, and counts them in the summary", async () => {
    const result = await run(["check", "-"], {}, UNKNOWN);
    const lines = result.stdout.trim().split("\n");
    // An unknown base image may hold /app: "cannot tell" is a note, never a warning.
    expect(lines.pop()).toBe("0 errors, 0 warnings, 3 notes.");
    expect(lines.map((line) => line.slice(0, line.indexOf(":")))).toEqual([
      "UnknownBaseImage",
      "unknown-command",
      "image-would-not-start",
    ]);
    expect(lines.map((line) => /\(line (\d+)\)$/.exec(line)?.[1])).toEqual(["1", "2", "4"]);
    expect(result.code).toBe(0);
  });

  it("never says No problems found next to a note, and a note never fails --strict", async () => {
    const source = "FROM alpine:3.21\nUSER 1000\nRUN frobnicate --all\n";
    const plain = await run(["check", "-"], {}, source);
    expect(plain.stdout).not.toContain("No problems found.");
    expect(plain.stdout.trim().split("\n").pop()).toBe("0 errors, 0 warnings, 1 note.");
    expect((await run(["check", "-", "--strict"], {}, source)).code).toBe(0);
  });

  it("prints the notes in --format json too, in the same order", async () => {
    const result = await run(["check", "-", "--format", "json"], {}, UNKNOWN);
    const rules = (JSON.parse(result.stdout) as { rule: string }[]).map((d) => d.rule);
    expect(rules).toEqual(["UnknownBaseImage", "unknown-command", "image-would-not-start"]);
  });
});

describe("stageplay analyze --format json", () => {
  it("is accepted as --json and prints the same analysis", async () => {
    const source = "FROM alpine:3.21\nUSER 1000\n";
    const json = await run(["analyze", "-", "--json"], {}, source);
    const format = await run(["analyze", "-", "--format", "json"], {}, source);
    expect([format.code, format.stderr]).toEqual([0, ""]);
    expect(format.stdout).toBe(json.stdout);
  });
});

describe("stageplay check --context", () => {
  it("reads .dockerignore from the context: the COPY fails and CopyIgnoredFile says why", async () => {
    let stdout = "";
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
      readFile: async () => "FROM alpine:3.21\nUSER 1000\nCOPY secrets.env /app/\n",
      readStdin: async () => "",
      readContext: async () => [
        { path: ".dockerignore", sizeBytes: 12, content: "secrets.env\n" },
        { path: "secrets.env", sizeBytes: 10 },
      ],
    };
    expect(await main(["check", "Dockerfile", "--context", "."], io)).toBe(1);
    expect(stdout).toBe(
      [
        'Error: "/secrets.env": not found (line 3)',
        'CopyIgnoredFile: Attempting to Copy file "secrets.env" that is excluded by .dockerignore (line 3)',
        "1 error, 1 warning.",
        "",
      ].join("\n"),
    );
  });
});

describe("stageplay graph", () => {
  it("draws Mermaid with stage names and bases, images as their own nodes, skipped stages marked", async () => {
    const { stdout, code } = await run(["graph", "Dockerfile"], { Dockerfile: MULTISTAGE });
    expect(code).toBe(0);
    expect(stdout).toMatchInlineSnapshot(`
      "flowchart LR
        s0["build<br/><small>golang:1.22</small>"]
        s1["test<br/><small>alpine</small>"]
        s2["stage-2<br/><small>scratch</small>"]
        img0[("nginx:1.27")]
        s0 -.->|"COPY /out/app → /app"| s1
        s0 -.->|"COPY /out/app → /app"| s2
        img0 -.->|"COPY /etc/nginx → /etc/nginx"| s2
        classDef stage fill:#eef4ff,stroke:#3b6fd8,color:#111
        classDef target fill:#dff5e3,stroke:#1f8a3b,stroke-width:3px,color:#111
        classDef skipped fill:#f4f4f4,stroke:#999,stroke-dasharray:5 5,color:#777
        classDef image fill:#fff8e6,stroke:#c98a00,color:#111
        class s0 stage
        class s2 target
        class s1 skipped
        class img0 image
      "
    `);
  });
  it("draws DOT with the target and a case-insensitive --target given after the file", async () => {
    const { stdout } = await run(["graph", "Dockerfile", "--format", "dot", "--target=TEST"], {
      Dockerfile: MULTISTAGE,
    });
    expect(stdout).toContain('s1 [label="test\\nalpine", fillcolor="#dff5e3"');
    expect(stdout).toContain('s2 [label="stage-2\\nscratch\\n(skipped)"');
    expect(stdout).toContain('img0 [label="nginx:1.27", shape=cylinder');
  });
  it("prints JSON with options before the file", async () => {
    const { stdout } = await run(["graph", "--format=json", "--builder", "legacy", "Dockerfile"], {
      Dockerfile: MULTISTAGE,
    });
    const json = JSON.parse(stdout);
    expect([json.target, json.built, json.levels]).toEqual([2, [0, 1, 2], [[0], [1], [2]]]);
  });
});

describe("stageplay analyze --json", () => {
  it("prints target, stages, edges and diagnostics with 1-based lines, honouring --build-arg", async () => {
    const files = { Dockerfile: "ARG BASE=alpine\nFROM $BASE AS app\nBOGUS\n" };
    const json = JSON.parse(
      (await run(["analyze", "--json", "Dockerfile", "--build-arg", "BASE=debian"], files)).stdout,
    );
    expect(json.target).toBe(0);
    expect(json.stages[0]).toMatchObject({
      index: 0,
      name: "app",
      base: "debian",
      baseStage: null,
      built: true,
      line: 2,
    });
    expect(json.diagnostics).toEqual([
      { severity: "error", rule: null, message: "unknown instruction: BOGUS", line: 3, column: 1 },
    ]);
  });
});

describe("stageplay dump", () => {
  it("prints BuildKit's parse tree", async () => {
    expect((await run(["dump", "-"], {}, "FROM alpine AS a\nCOPY --from=a x y\n")).stdout).toBe(
      '(from "alpine" "AS" "a")\n(copy ["--from=a"] "x" "y")\n',
    );
  });
});

describe("usage problems", () => {
  it.each([
    [["check", "missing"], 'stageplay: cannot read "missing": no such file\n'],
    [["check", "dir/"], 'stageplay: cannot read "dir/": it is a directory\n'],
    [["deploy", "x"], 'stageplay: unknown command "deploy" (try --help)\n'],
    [["check", "x", "--format", "dot"], 'stageplay: --format must be text or json, not "dot"\n'],
    [["graph", "x", "--strict"], "stageplay: unknown option --strict for graph (try --help)\n"],
    [["graph", "x", "--format", "svg"], 'stageplay: --format must be mermaid, dot or json, not "svg"\n'],
    [["analyze", "x", "--format", "dot"], 'stageplay: --format must be json, not "dot"\n'],
    [["analyze", "--build-arg", "NOVALUE", "x"], 'stageplay: --build-arg needs KEY=VALUE, not "NOVALUE"\n'],
    [["check"], "stageplay: missing Dockerfile (a path, or - for stdin)\n"],
  ])("%j exits 2 with one line on stderr", async (argv, message) => {
    const result = await run(argv);
    expect([result.code, result.stderr, result.stdout]).toEqual([2, message, ""]);
  });
  it("prints help with --help", async () => {
    const result = await run(["--help"]);
    expect([result.code, result.stdout.split("\n")[0]]).toEqual([
      0,
      "Usage: npm run -s stageplay -- <command> <Dockerfile|-> [options]",
    ]);
  });
});

describe("the real process", () => {
  it("reads stdin and sets the exit code", () => {
    const result = spawnSync("npx", ["tsx", "web/cli/main.ts", "check", "-"], {
      input: "FROM Alpine\n",
      encoding: "utf8",
    });
    expect(result.stdout).toContain("repository name (library/Alpine) must be lowercase (line 1)");
    expect(result.status).toBe(1);
  }, 30_000);
});

describe("stageplay build", () => {
  const DOCKERFILE = `FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .
FROM scratch
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`;
  const CONTEXT = [
    { path: "go.mod", sizeBytes: 30, content: "module example.com/server\n\ngo 1.26\n" },
    { path: "main.go", sizeBytes: 200, content: 'package main\n\nimport "net/http"\n' },
  ];
  async function build(argv: string[], dockerfile = DOCKERFILE) {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      readFile: async () => dockerfile,
      readStdin: async () => dockerfile,
      readContext: async (dir) => {
        if (dir !== "ctx") throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
        return CONTEXT;
      },
    };
    const code = await main(["build", "Dockerfile", ...argv], io);
    return { code, stdout, stderr };
  }

  it("prints BuildKit's plain progress log, then the image and its verdict", async () => {
    const { code, stdout } = await build(["--context", "ctx"]);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 27).join("\n")).toMatchInlineSnapshot(`
      "#1 [internal] load build definition from Dockerfile
      #1 transferring dockerfile: 175B done
      #1 DONE 0.0s

      #2 [internal] load metadata for docker.io/library/golang:1.26-bookworm
      #2 DONE 0.5s

      #3 [internal] load .dockerignore
      #3 transferring context: 2B done
      #3 DONE 0.0s

      #4 [build 1/4] FROM docker.io/library/golang:1.26-bookworm
      #4 DONE 21.7s

      #5 [internal] load build context
      #5 transferring context: 230B done
      #5 DONE 0.0s

      #6 [build 2/4] WORKDIR /src
      #6 DONE 0.0s

      #7 [build 3/4] COPY . .
      #7 DONE 0.1s

      #8 [build 4/4] RUN CGO_ENABLED=0 go build -o /out/server .
      #8 DONE 20.3s
      "
    `);
    expect(stdout).toMatch(/^Image: stage-1, from scratch, /m);
    expect(stdout).toMatch(/^Start verdict: /m);
  });
  it("prints the legacy builder's Step N/M log with --builder legacy", async () => {
    const { stdout } = await build(["--context", "ctx", "--builder", "legacy"]);
    expect(stdout).toMatch(/^Step 1\/7 : FROM golang:1.26-bookworm AS build$/m);
  });
  it("prints the file's errors as check does and exits 1", async () => {
    const { code, stdout, stderr } = await build([], "FROM alpine AS 1x\n");
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toContain('invalid name for build stage: "1x"');
  });
  it("stops at a COPY whose source is missing with BuildKit's error, and exits 1", async () => {
    const { code, stdout } = await build(["--context", "ctx"], "FROM alpine:3.21\nCOPY dist /www\n");
    expect(code).toBe(1);
    expect(stdout).toContain(
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/dist": not found',
    );
  });
  it("prints Stageplay's checks after a failed build: they say why the step failed", async () => {
    const cached = `FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/out CGO_ENABLED=0 go build -o /out/server .
FROM scratch
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`;
    const { code, stdout } = await build(["--context", "ctx"], cached);
    expect(code).toBe(1);
    const [log, checks] = stdout.split("\nStageplay's checks:\n");
    expect(log).toContain(
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref: "/out/server": not found',
    );
    expect(checks).toMatch(
      /^ {2}error cache-mount-not-in-image: \/out\/server was a cache mount on line 4 .* \(line 6\)$/m,
    );
    // A failed build has no image: no summary, no verdict.
    expect(stdout).not.toMatch(/^(Image|Start verdict):/m);
  });
  it("prints nothing after a failed build's log when no check has anything to say", async () => {
    const { stdout } = await build(["--context", "ctx"], "FROM alpine:3.21\nCOPY dist /www\n");
    expect(stdout).not.toContain("Stageplay's checks");
  });
  it("shows CACHED for the steps an earlier analyze --json already has (--cache-from)", async () => {
    let stdout = "";
    const dockerfile = "FROM alpine:3.21\nWORKDIR /app\nCOPY go.mod .\nCOPY main.go .\n";
    const before = async (context: { path: string; sizeBytes: number; content: string }[]) => {
      const io: CliIo = {
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
        readFile: async (path) => (path === "before.json" ? earlier : dockerfile),
        readStdin: async () => "",
        readContext: async () => context,
      };
      return io;
    };
    let earlier = "";
    await main(["analyze", "--json", "Dockerfile", "--context", "ctx"], await before(CONTEXT));
    earlier = stdout;
    stdout = "";
    const edited = [
      CONTEXT[0] as (typeof CONTEXT)[number],
      { path: "main.go", sizeBytes: 201, content: "package main\n// edited\n" },
    ];
    expect(
      await main(
        ["build", "Dockerfile", "--context", "ctx", "--cache-from", "before.json"],
        await before(edited),
      ),
    ).toBe(0);
    expect(stdout.match(/^#\d+ (CACHED|DONE \d+\.\ds)$/gm)?.slice(3)).toEqual([
      "#4 CACHED",
      "#5 DONE 0.0s",
      "#6 CACHED",
      "#7 CACHED",
      "#8 DONE 0.1s",
      "#9 DONE 0.1s",
    ]);
  });
  it("fails a missing source in the legacy builder's words with --builder legacy", async () => {
    const { code, stdout } = await build(
      ["--context", "ctx", "--builder", "legacy"],
      "FROM alpine:3.21\nCOPY dist /www\n",
    );
    expect(code).toBe(1);
    expect(stdout.trim().split("\n").at(-1)).toBe(
      "COPY failed: file not found in build context or excluded by .dockerignore: stat dist: file does not exist",
    );
  });
  it("says when the context cannot be read", async () => {
    const { code, stderr } = await build(["--context", "nowhere"]);
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: 'stageplay: cannot read the context "nowhere": no such file\n',
    });
  });
});

describe("stageplay analyze --json with the simulation", () => {
  it("adds the image with its size, layers and verdict, stage sizes, steps and times", async () => {
    const { stdout } = await run(["analyze", "--json", "Dockerfile"], {
      Dockerfile: "FROM alpine:3.21 AS build\nRUN mkdir /out\nFROM scratch\nCOPY --from=build /out /out\n",
    });
    const json = JSON.parse(stdout);
    expect(json.image.sizeBytes).toBe(0);
    expect(json.image.layers).toEqual([
      { sizeBytes: 0, line: 4, instruction: "COPY --from=build /out /out", kind: "copy", knowledge: "known" },
    ]);
    // A scratch stage with no command only collects files: an export, with no verdict to give.
    expect(json.image.verdict).toMatchObject({ runs: null, exportOnly: true, certain: true });
    expect(json.stages.map((s: { sizeBytes: number }) => s.sizeBytes)).toEqual([7_800_000, 0]);
    expect(json.steps.map((s: { text: string }) => s.text)).toEqual([
      "FROM docker.io/library/alpine:3.21",
      "RUN mkdir /out",
      "COPY --from=build /out /out",
    ]);
    expect(json.times.buildkitMs).toBeGreaterThan(0);
  });
});

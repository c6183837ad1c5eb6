// Command-line parsing: `<command> <Dockerfile|-> [options]`, options before or after the file.

export const COMMANDS = ["dump", "graph", "check", "analyze", "build"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  file: string;
  target?: string;
  builder?: "buildkit" | "legacy";
  platform?: string;
  /** `--context DIR`: the build context read from disk (analyze, build). */
  context?: string;
  /** `--cache-from FILE`: a previous `analyze --json` output (or a JSON list of cache keys) whose steps are cached. */
  cacheFrom?: string;
  /** graph: mermaid (default), dot or json; check: text (default) or json; analyze: json (as --json). */
  format: "mermaid" | "dot" | "json" | "text";
  buildArgs: Record<string, string>;
  json: boolean;
  /** check: warnings also make the exit code 1. */
  strict: boolean;
}

/** A usage mistake; main prints its message and exits with 2. */
export class UsageError extends Error {}

const VALUE_OPTIONS = new Set([
  "--target",
  "--builder",
  "--build-arg",
  "--format",
  "--platform",
  "--context",
  "--cache-from",
]);
const ALLOWED: Record<Command, Set<string>> = {
  dump: new Set(),
  graph: new Set(["--format", "--target", "--builder", "--build-arg", "--platform"]),
  check: new Set(["--format", "--strict", "--target", "--builder", "--build-arg", "--platform", "--context"]),
  analyze: new Set([
    "--json",
    "--format",
    "--target",
    "--builder",
    "--build-arg",
    "--platform",
    "--context",
    "--cache-from",
  ]),
  build: new Set(["--target", "--builder", "--build-arg", "--platform", "--context", "--cache-from"]),
};

const FORMATS: Record<Command, readonly string[]> = {
  dump: [],
  graph: ["mermaid", "dot", "json"],
  check: ["text", "json"],
  analyze: ["json"],
  build: [],
};

/** Parses argv (without node and script); throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): CliArgs | "help" {
  if (argv.includes("--help") || argv.includes("-h") || argv.length === 0) return "help";
  const [command, ...rest] = argv as [string, ...string[]];
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command "${command}" (try --help)`);
  const args: CliArgs = {
    command: command as Command,
    file: "",
    format: command === "check" ? "text" : "mermaid",
    buildArgs: {},
    json: false,
    strict: false,
  };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "-" || !arg.startsWith("-")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 && arg.startsWith("--") ? arg.slice(0, eq) : arg;
    if (!ALLOWED[args.command].has(name))
      throw new UsageError(`unknown option ${name} for ${args.command} (try --help)`);
    let value: string | undefined;
    if (VALUE_OPTIONS.has(name)) {
      value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined) throw new UsageError(`option ${name} needs a value`);
    } else if (eq > 0) throw new UsageError(`option ${name} takes no value`);
    applyOption(args, name, value);
  }
  if (positional.length !== 1) {
    throw new UsageError(
      positional.length === 0
        ? "missing Dockerfile (a path, or - for stdin)"
        : `unexpected argument "${positional[1]}"`,
    );
  }
  args.file = positional[0] as string;
  return args;
}

function applyOption(args: CliArgs, name: string, value: string | undefined): void {
  switch (name) {
    case "--json":
      args.json = true;
      return;
    case "--strict":
      args.strict = true;
      return;
    case "--target":
      args.target = value as string;
      return;
    case "--platform":
      args.platform = value as string;
      return;
    case "--context":
      args.context = value as string;
      return;
    case "--cache-from":
      args.cacheFrom = value as string;
      return;
    case "--builder":
      if (value !== "buildkit" && value !== "legacy")
        throw new UsageError(`--builder must be buildkit or legacy, not "${value}"`);
      args.builder = value;
      return;
    case "--format": {
      const formats = FORMATS[args.command];
      if (!formats.includes(value as string)) {
        const list =
          formats.length === 1
            ? formats[0]
            : `${formats.slice(0, -1).join(", ")} or ${formats[formats.length - 1]}`;
        throw new UsageError(`--format must be ${list}, not "${value}"`);
      }
      args.format = value as CliArgs["format"];
      // analyze prints only JSON: `--format json` is the spelling check and graph use for `--json`.
      if (args.command === "analyze") args.json = true;
      return;
    }
    case "--build-arg": {
      const eq = (value as string).indexOf("=");
      if (eq <= 0) throw new UsageError(`--build-arg needs KEY=VALUE, not "${value}"`);
      args.buildArgs[(value as string).slice(0, eq)] = (value as string).slice(eq + 1);
      return;
    }
  }
}

export const USAGE = `Usage: npm run -s stageplay -- <command> <Dockerfile|-> [options]

Commands:
  dump      print BuildKit's parse tree of the file
  graph     print the stage graph  (--format mermaid|dot|json, default mermaid)
  check     print diagnostics as "Rule: message (line N)" sorted by line, then a summary
            ("1 error, 2 warnings, 3 notes."); --format text|json. Rule is BuildKit's rule name,
            Stageplay's check id, or the simulator's note (UnknownBaseImage, unknown-command);
            errors BuildKit reports without a rule (a parse error, a COPY source not found) print
            as "Error:". Notes (info) never fail. Exit 1 when there is an error, or a warning
            with --strict
  analyze   print the whole analysis as JSON (--json or --format json), the simulated image
            included
  build     print a simulated BuildKit build log (--progress=plain), then the image: size,
            layers and whether it would start; after a failed step, Stageplay's errors and
            warnings, which often say why it failed

Options (before or after the file):
  --target T          build stage T (case-insensitive); default: the last stage
  --builder B         buildkit (default) or legacy
  --build-arg K=V     set a build argument (repeatable)
  --platform P        target platform, default linux/amd64
  --context DIR       the build context (analyze, build, check); without it COPY sources are unknown
  --cache-from FILE   analyze, build: steps whose cache key is in FILE (an earlier analyze --json
                      output) are reused, CACHED, as after an edit
  --strict            check: warnings also make the exit code 1
  -h, --help          show this help

A Dockerfile of "-" is read from standard input. Exit codes: 0 ok, 1 the file has errors
(check, dump, build), 2 a usage or file problem.
`;

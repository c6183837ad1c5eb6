// The command-line front end over the engine (Node only): stageplay <command> <Dockerfile|-> [options].
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import { analyze, type Analysis, type AnalyzeOptions } from "../engine/analyze";
import type { ContextFile } from "../engine/simulate/types";
import { dumpParseTree } from "../engine/parse/parseDockerfile";
import { toAnalysisJson } from "../engine/toAnalysisJson";
import type { CliIo } from "./cliIo";
import { formatBuildLog } from "./formatBuildLog";
import { checkExitCode, formatCheck, formatCheckJson } from "./formatCheck";
import {
  formatBuildWarnings,
  formatImageSummary,
  formatSimulationNotes,
  formatTeachingFindings,
} from "./formatImageSummary";
import { formatLegacyLog } from "./formatLegacyLog";
import { parseArgs, USAGE, UsageError, type CliArgs } from "./parseArgs";
import { readContextDir } from "./readContextDir";
import { renderDot } from "../engine/graph/renderDot";
import { renderMermaid } from "../engine/graph/renderMermaid";

/** Runs one CLI invocation and resolves to its exit code (0 ok, 1 errors in the file, 2 usage or file problem). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs | "help";
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`stageplay: ${e.message}\n`);
    return 2;
  }
  if (args === "help") {
    io.stdout(USAGE);
    return 0;
  }
  let source: string;
  try {
    source = args.file === "-" ? await io.readStdin() : await io.readFile(args.file);
  } catch (e) {
    io.stderr(
      `stageplay: cannot read ${args.file === "-" ? "standard input" : `"${args.file}"`}: ${describeFileError(e)}\n`,
    );
    return 2;
  }
  let context: ContextFile[] | undefined;
  if (args.context !== undefined) {
    try {
      if (!io.readContext) throw new Error("reading a context is not supported here");
      context = await io.readContext(args.context);
    } catch (e) {
      io.stderr(`stageplay: cannot read the context "${args.context}": ${describeFileError(e)}\n`);
      return 2;
    }
  }
  let previousCacheKeys: string[] | undefined;
  if (args.cacheFrom !== undefined) {
    try {
      previousCacheKeys = readCacheKeys(await io.readFile(args.cacheFrom));
    } catch (e) {
      io.stderr(`stageplay: cannot read cache keys from "${args.cacheFrom}": ${describeFileError(e)}\n`);
      return 2;
    }
  }
  return run(args, source, io, context, previousCacheKeys);
}

/** Cache keys from an `analyze --json` output (its steps) or a plain JSON list of keys. */
function readCacheKeys(text: string): string[] {
  const json: unknown = JSON.parse(text);
  const list = Array.isArray(json) ? json : (json as { steps?: unknown })?.steps;
  if (!Array.isArray(list)) throw new Error("expected analyze --json output or a list of cache keys");
  return list.map((item) =>
    typeof item === "string" ? item : String((item as { cacheKey?: unknown })?.cacheKey),
  );
}

function run(
  args: CliArgs,
  source: string,
  io: CliIo,
  context: ContextFile[] | undefined,
  previousCacheKeys: string[] | undefined,
): number {
  if (args.command === "dump") {
    try {
      io.stdout(dumpParseTree(source));
      return 0;
    } catch (e) {
      io.stderr(`${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  const options: AnalyzeOptions = { buildArgs: args.buildArgs };
  if (args.target !== undefined) options.target = args.target;
  if (args.builder !== undefined) options.builder = args.builder;
  if (args.platform !== undefined) options.platform = args.platform;
  if (context !== undefined) options.context = context;
  if (previousCacheKeys !== undefined) options.previousCacheKeys = previousCacheKeys;
  const analysis = analyze(source, options);
  switch (args.command) {
    case "graph":
      if (args.format === "json") {
        const { target, built, levels, stages, edges } = toAnalysisJson(analysis);
        io.stdout(JSON.stringify({ target, built, levels, stages, edges }, null, 2) + "\n");
      } else io.stdout(args.format === "dot" ? renderDot(analysis) : renderMermaid(analysis));
      return 0;
    case "check":
      io.stdout(args.format === "json" ? formatCheckJson(analysis) : formatCheck(analysis));
      return checkExitCode(analysis, args.strict);
    case "analyze":
      io.stdout(JSON.stringify(toAnalysisJson(analysis), null, 2) + "\n");
      return 0;
    case "build":
      return build(args, source, analysis, context, io);
  }
}

/** `build`: the file's errors as `check` prints them (exit 1), else the simulated log and the image. */
function build(
  args: CliArgs,
  source: string,
  analysis: Analysis,
  context: ContextFile[] | undefined,
  io: CliIo,
): number {
  // Errors BuildKit itself reports (rule null) stop the build before it starts; a failing step is
  // shown in the log; Stageplay's teaching checks do not stop a build Docker would run.
  const simulationErrors = new Set(analysis.simulation.diagnostics.filter((d) => d.severity === "error"));
  const fileErrors = analysis.diagnostics.filter(
    (d) => d.severity === "error" && d.rule === null && !simulationErrors.has(d),
  );
  if (fileErrors.length > 0) {
    io.stderr(formatCheck(analysis));
    return 1;
  }
  const inputs = {
    dockerfileName: args.file === "-" ? "Dockerfile" : basename(args.file),
    dockerfileBytes: new TextEncoder().encode(source).length,
    contextBytes: context ? (analysis.simulation.context?.sizeBytes ?? 0) : null,
  };
  const log =
    analysis.options.builder === "legacy"
      ? formatLegacyLog(analysis, inputs)
      : formatBuildLog(analysis, inputs);
  io.stdout(log.text);
  if (log.failed) {
    io.stdout(formatTeachingFindings(analysis, true));
    return 1;
  }
  io.stdout(formatBuildWarnings(analysis) + formatImageSummary(analysis) + formatSimulationNotes(analysis));
  return 0;
}

function describeFileError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  if (code === "ENOTDIR") return "not a directory";
  return e instanceof Error ? e.message : String(e);
}

/** The real process's input and output. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, "utf8"),
  readContext: readContextDir,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), nodeIo).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`stageplay: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

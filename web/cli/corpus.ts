// `npm run corpus -- DIR [--contexts] [--details]`: every Dockerfile under DIR (named Dockerfile,
// Dockerfile.*, *.Dockerfile or *.dockerfile) through the engine, as the playground sees it (no build
// context), or with --contexts each with its own folder as the context. Prints the table of
// corpusReport.ts. Node only.
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { corpusRow, formatCorpus, type CorpusEntry } from "./corpusReport";
import { readContextDir } from "./readContextDir";

const USAGE = `Usage: npm run -s corpus -- DIR [--contexts] [--details]

Analyzes every Dockerfile under DIR (Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile) and prints
one row per file: stages, errors, warnings, notes, the start verdict (starts, would not start, cannot
tell, export only, no image) and the time, then the totals.
  --contexts   use each Dockerfile's folder as its build context (default: none, as the playground)
  --details    list each file's errors, warnings and failing verdict reasons under its row
`;

export function isDockerfileName(name: string): boolean {
  return /^Dockerfile(\..+)?$/.test(name) || /\.[Dd]ockerfile$/.test(name);
}

async function findDockerfiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== ".git") pending.push(path);
      else if (entry.isFile() && isDockerfileName(entry.name)) found.push(path);
    }
  }
  return found.sort();
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((arg) => arg.startsWith("-")));
  const dirs = argv.filter((arg) => !arg.startsWith("-"));
  const unknown = [...flags].filter((flag) => !["--contexts", "--details", "--help", "-h"].includes(flag));
  if (flags.has("--help") || flags.has("-h") || dirs.length !== 1 || unknown.length > 0) {
    process.stderr.write(unknown.length > 0 ? `corpus: unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return flags.has("--help") || flags.has("-h") ? 0 : 2;
  }
  const root = dirs[0] as string;
  const files = await findDockerfiles(root);
  if (files.length === 0) {
    process.stderr.write(`corpus: no Dockerfile under ${root}\n`);
    return 2;
  }
  const rows = [];
  for (const path of files) {
    const entry: CorpusEntry = { name: relative(root, path), source: await readFile(path, "utf8") };
    if (flags.has("--contexts")) entry.options = { context: await readContextDir(dirname(path)) };
    rows.push(corpusRow(entry));
  }
  process.stdout.write(formatCorpus(rows, flags.has("--details")));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: unknown) => {
      process.stderr.write(`corpus: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

import { errorAt } from "../diagnostics/errorAt";
import { dumpInstruction } from "./dump";
import { scanDockerfile } from "./scanDockerfile";
import type { ParseResult } from "./types";
import { validateInstruction } from "./validateInstruction";

/**
 * Parses a Dockerfile exactly as BuildKit does, without ever throwing: parse errors (BuildKit's
 * wording, rule null) and the NoEmptyContinuation warning come back as diagnostics, and everything
 * after an error is still parsed.
 */
export function parseDockerfile(source: string): ParseResult {
  const { result, rejected } = scanDockerfile(String(source));
  const labs = result.directives.some((d) => d.name === "syntax" && d.value.includes("labs"));
  for (const instruction of result.instructions) {
    // BuildKit stops at a parser error before validating; one error per instruction is enough.
    if (rejected.has(instruction)) continue;
    const error = validateInstruction(instruction, labs);
    if (error) result.diagnostics.push(errorAt(error.message, error.range));
  }
  result.diagnostics.sort(byPosition);
  return result;
}

/**
 * BuildKit's parse-tree dump (parser.Node.Dump), one `(…)` line per instruction, each ending in
 * "\n". Throws where BuildKit's parser rejects the file; instruction-level errors such as unknown
 * instructions or flags are not the parser's business and do not throw.
 */
export function dumpParseTree(source: string): string {
  const { result, parserErrors } = scanDockerfile(source);
  const [first] = parserErrors;
  if (first) throw new Error(first.message);
  let out = "";
  for (const instruction of result.instructions) out += "(" + dumpInstruction(instruction) + ")\n";
  return out;
}

function byPosition(a: { range: ParseResult["diagnostics"][number]["range"] }, b: typeof a): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;
}

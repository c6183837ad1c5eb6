// Placeholder until the parser lands (issue 3): keeps the public entry importable.
import type { ParseResult } from "./types";

export function parseDockerfile(_source: string): ParseResult {
  throw new Error("parseDockerfile: not implemented yet");
}

export function dumpParseTree(_source: string): string {
  throw new Error("dumpParseTree: not implemented yet");
}

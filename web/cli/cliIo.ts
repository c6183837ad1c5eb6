import type { ContextFile } from "../engine/simulate/types";

/** What the CLI touches outside itself, so tests can call main() with captured output. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8; rejects with a Node error (code ENOENT, EISDIR, EACCES …). */
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  /** Reads a build context directory (`--context DIR`); rejects with a Node error. */
  readContext?(dir: string): Promise<ContextFile[]>;
}

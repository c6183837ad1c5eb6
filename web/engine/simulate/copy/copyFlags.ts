// The flags of COPY and ADD as BuildKit reads them (instructions/parse.go parseCopy/parseAdd).
import type { Instruction } from "../../parse/types";

export interface CopyFlags {
  from: string | null;
  chown: string | null;
  chmod: string | null;
  link: boolean;
  parents: boolean;
  exclude: string[];
  checksum: string | null;
  keepGitDir: boolean;
}

/** Reads the flags; values are raw (variables unexpanded). */
/** A boolean flag: bare, or any value but "false". */
function bool(value: string | null): boolean {
  return value === null || value.toLowerCase() !== "false";
}

export function readCopyFlags(instruction: Instruction): CopyFlags {
  const flags: CopyFlags = {
    from: null,
    chown: null,
    chmod: null,
    link: false,
    parents: false,
    exclude: [],
    checksum: null,
    keepGitDir: false,
  };
  for (const flag of instruction.flags) {
    const name = flag.name.replace(/^--/, "");
    switch (name) {
      case "from":
        flags.from = flag.value;
        break;
      case "chown":
        flags.chown = flag.value;
        break;
      case "chmod":
        flags.chmod = flag.value;
        break;
      case "link":
        flags.link = bool(flag.value);
        break;
      case "parents":
        flags.parents = bool(flag.value);
        break;
      case "exclude":
        if (flag.value) flags.exclude.push(flag.value);
        break;
      case "checksum":
        flags.checksum = flag.value;
        break;
      case "keep-git-dir":
        flags.keepGitDir = bool(flag.value);
        break;
    }
  }
  return flags;
}

/** `--chmod=755` or `0755`; null for a symbolic mode or junk (the caller notes it). */
export function parseOctalMode(text: string): number | null {
  return /^[0-7]{3,4}$/.test(text) ? parseInt(text, 8) : null;
}

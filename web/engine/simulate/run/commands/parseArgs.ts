// Flags and operands of coreutils-style commands.

/** Short options bundled or not (`-rf`, `-r -f`), long options, and the operands. */
export function parseArgs(args: readonly string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const arg of args) {
    if (!done && arg === "--") done = true;
    else if (!done && arg.startsWith("--")) flags.add(arg.split("=")[0] as string);
    else if (!done && /^-[a-zA-Z]+$/.test(arg)) for (const c of arg.slice(1)) flags.add(c);
    else operands.push(arg);
  }
  return { flags, operands };
}

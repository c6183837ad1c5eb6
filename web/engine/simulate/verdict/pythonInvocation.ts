// What `python [options] …` is asked to run: a script, a module (-m), inline code (-c) or a prompt.

export type PythonTarget =
  | { kind: "script"; word: string; index: number }
  | { kind: "module"; name: string; index: number }
  | { kind: "inline" }
  | { kind: "prompt" };

const WITH_VALUE = new Set(["-W", "-X", "--check-hash-based-pycs"]);

/** Reads the interpreter's arguments as CPython's getopt does. */
export function pythonTarget(args: readonly string[], offset: number): PythonTarget {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "-c" || arg.startsWith("-c")) return { kind: "inline" };
    if (arg === "-m")
      return args[i + 1]
        ? { kind: "module", name: args[i + 1] ?? "", index: offset + i + 1 }
        : { kind: "prompt" };
    if (arg.startsWith("-m")) return { kind: "module", name: arg.slice(2), index: offset + i };
    if (arg === "-" || arg === "--") return { kind: "prompt" };
    if (WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith("-")) continue;
    return { kind: "script", word: arg, index: offset + i };
  }
  return { kind: "prompt" };
}

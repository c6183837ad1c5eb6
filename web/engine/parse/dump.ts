// Node.Dump from parser.go: the notation BuildKit's parser tests compare against.
import { goQuote, goQuoteList } from "./goQuote";
import { isGoSpace } from "./goSpace";
import type { Instruction } from "./types";

/** One instruction as BuildKit dumps it, without the surrounding parentheses. */
export function dumpInstruction(instruction: Instruction): string {
  // ONBUILD chains are walked iteratively: `onbuild (onbuild (run "x"))`.
  let prefix = "";
  let closing = "";
  let node: Instruction = instruction;
  for (;;) {
    let out = node.keywordRaw.toLowerCase();
    if (node.flags.length > 0) {
      out +=
        " " + goQuoteList(node.flags.map((f) => "--" + f.name + (f.value === null ? "" : "=" + f.value)));
    }
    if (node.trigger) {
      prefix += trimGoSpace(out) + " (";
      closing += ")";
      node = node.trigger;
      continue;
    }
    for (const arg of node.args) out += " " + goQuote(arg.value);
    return prefix + trimGoSpace(out) + closing;
  }
}

function trimGoSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isGoSpace(text.charCodeAt(start))) start++;
  while (end > start && isGoSpace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

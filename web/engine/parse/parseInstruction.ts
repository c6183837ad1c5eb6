// newNodeFromLine: one joined line becomes an Instruction (ONBUILD nests its trigger).
import type { JoinedLine } from "./joinedLine";
import { parseArgs, type ParsedArgs } from "./lineParsers";
import type { Span } from "./span";
import { splitCommand } from "./splitCommand";
import { KEYWORDS, type Flag, type Instruction, type Word } from "./types";

const KNOWN = new Set<string>(KEYWORDS);

export interface ParsedInstruction {
  instruction: Instruction;
  /** BuildKit's parser would reject the file here (message and where). */
  error: { message: string; range: Instruction["range"] } | null;
}

/**
 * Parses `line.text[from, to)`. ONBUILD triggers are followed in a loop rather than by recursion,
 * so a line of a hundred thousand ONBUILDs cannot overflow the stack.
 */
export function parseInstruction(
  line: JoinedLine,
  from: number,
  to: number,
  escape: number,
): ParsedInstruction {
  const chain: Instruction[] = [];
  let error: ParsedInstruction["error"] = null;
  for (;;) {
    const split = splitCommand(line.text, from, to);
    const keywordRaw = split.keyword.value;
    const keyword = upperCase(keywordRaw);
    const { argsFrom, argsTo } = split;
    const nested = keyword === "ONBUILD" && argsFrom < argsTo;
    const parsed: ParsedArgs = nested
      ? { args: [{ value: line.text.slice(argsFrom, argsTo), from: argsFrom, to: argsTo }], json: false }
      : parseArgs(keyword, line.text, argsFrom, argsTo, escape);
    const args = parsed.args.map((span): Word => ({
      value: span.value,
      range: line.range(span.from, span.to),
    }));
    const keywordRange = line.range(split.keyword.from, split.keyword.to);
    const instruction: Instruction = {
      keyword,
      keywordRaw,
      known: KNOWN.has(keyword),
      // The outer instruction's range covers whole lines and is set by the caller.
      range:
        chain.length === 0
          ? keywordRange
          : line.range(split.keyword.from, Math.max(split.keyword.to, argsTo)),
      keywordRange,
      flags: split.flags.map((flag) => toFlag(flag, line)),
      args,
      json: parsed.json,
      text: line.text.slice(argsFrom, argsTo),
      heredocs: [],
      comments: [],
    };
    if (parsed.pairs) {
      // args holds the pairs as key, value, separator triples: share the Word objects.
      instruction.pairs = parsed.pairs.map((pair, i) => ({
        key: args[3 * i] as Word,
        value: args[3 * i + 1] as Word,
        separator: pair.separator,
      }));
    }
    if (parsed.error) {
      error = { message: parsed.error.message, range: line.range(parsed.error.from, parsed.error.to) };
    }
    chain.push(instruction);
    if (!nested) break;
    from = argsFrom;
  }
  for (let i = chain.length - 1; i > 0; i--) {
    const parent = chain[i - 1];
    const child = chain[i];
    if (parent && child) parent.trigger = child;
  }
  // The loop above always runs once, so the chain is never empty.
  return { instruction: chain[0] as Instruction, error };
}

function toFlag(span: Span, line: JoinedLine): Flag {
  const body = span.value.slice(2);
  const equals = body.indexOf("=");
  return {
    name: equals < 0 ? body : body.slice(0, equals),
    value: equals < 0 ? null : body.slice(equals + 1),
    raw: line.text.slice(span.from, span.to),
    range: line.range(span.from, span.to),
  };
}

// Keywords repeat on every line; caching their upper case saves an allocation per instruction.
const upperCache = new Map<string, string>();

function upperCase(keyword: string): string {
  let upper = upperCache.get(keyword);
  if (upper === undefined) {
    upper = keyword.toUpperCase();
    if (upperCache.size < 512 && keyword.length <= 16) upperCache.set(keyword, upper);
  }
  return upper;
}

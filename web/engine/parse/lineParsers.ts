// line_parsers.go: how each instruction's argument text becomes the nodes BuildKit's AST holds.
import { goQuote } from "./goQuote";
import { isBlank, isGoSpace } from "./goSpace";
import { parseJsonArray } from "./parseJsonArray";
import { parseWords, splitOnBlanks } from "./parseWords";
import type { Span } from "./span";

export interface PairSpans {
  key: Span;
  value: Span;
  separator: "=" | "";
}

export interface ParsedArgs {
  args: Span[];
  json: boolean;
  pairs?: PairSpans[];
  /** A parser error (BuildKit rejects the whole file), with the part of the line to blame. */
  error?: { message: string; from: number; to: number };
}

export const NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only";

type LineParser = (text: string, from: number, to: number, escape: number, keyword: string) => ParsedArgs;

const NONE: ParsedArgs = { args: [], json: false };

function whitespaceDelimited(text: string, from: number, to: number): ParsedArgs {
  if (from >= to) return NONE;
  return { args: splitOnBlanks(text, from, to, isBlank), json: false };
}

function wholeString(text: string, from: number, to: number): ParsedArgs {
  if (from >= to) return NONE;
  return { args: [{ value: text.slice(from, to), from, to }], json: false };
}

function maybeJson(text: string, from: number, to: number): ParsedArgs {
  if (from >= to) return NONE;
  if (text.charCodeAt(from) === 0x5b) {
    const parsed = parseJsonArray(text, from, to);
    if (parsed.kind === "strings") return { args: parsed.items, json: true };
    if (parsed.kind === "nonString")
      return { args: [], json: true, error: { message: NOT_STRINGS, from, to } };
  }
  return wholeString(text, from, to);
}

function maybeJsonToList(text: string, from: number, to: number): ParsedArgs {
  if (from < to && text.charCodeAt(from) === 0x5b) {
    const parsed = parseJsonArray(text, from, to);
    if (parsed.kind === "strings") return { args: parsed.items, json: true };
    if (parsed.kind === "nonString")
      return { args: [], json: true, error: { message: NOT_STRINGS, from, to } };
  }
  return whitespaceDelimited(text, from, to);
}

function nameOrNameValue(text: string, from: number, to: number, escape: number): ParsedArgs {
  return { args: parseWords(text, from, to, escape), json: false };
}

/** ENV and LABEL: `k=v ...` pairs, or the legacy `k v` form when the first word has no `=`. */
function nameValue(text: string, from: number, to: number, escape: number, keyword: string): ParsedArgs {
  const words = parseWords(text, from, to, escape);
  const first = words[0];
  if (!first) return NONE;
  const pairs: PairSpans[] = [];
  if (!first.value.includes("=")) {
    let keyEnd = from;
    while (keyEnd < to && !isBlank(text.charCodeAt(keyEnd))) keyEnd++;
    let valueFrom = keyEnd;
    while (valueFrom < to && isBlank(text.charCodeAt(valueFrom))) valueFrom++;
    if (keyEnd === to) {
      return {
        args: [],
        json: false,
        pairs,
        error: { message: `${keyword} must have two arguments`, from, to },
      };
    }
    const key = { value: text.slice(from, keyEnd), from, to: keyEnd };
    const value = { value: text.slice(valueFrom, to), from: valueFrom, to };
    pairs.push({ key, value, separator: "" });
    return { args: flattenPairs(pairs), json: false, pairs };
  }
  for (const word of words) {
    const equals = word.value.indexOf("=");
    if (equals < 0) {
      const message = `Syntax error - can't find = in ${goQuote(word.value)}. Must be of the form: name=value`;
      return {
        args: flattenPairs(pairs),
        json: false,
        pairs,
        error: { message, from: word.from, to: word.to },
      };
    }
    const split = word.from + equals;
    pairs.push({
      key: { value: word.value.slice(0, equals), from: word.from, to: split },
      value: { value: word.value.slice(equals + 1), from: split + 1, to: word.to },
      separator: "=",
    });
  }
  return { args: flattenPairs(pairs), json: false, pairs };
}

/** BuildKit's nodes hold ENV and LABEL as key, value, separator triples. */
function flattenPairs(pairs: readonly PairSpans[]): Span[] {
  const args: Span[] = [];
  for (const { key, value, separator } of pairs) {
    const separatorAt = separator ? key.to : value.to;
    args.push(key, value, { value: separator, from: separatorAt, to: separatorAt + separator.length });
  }
  return args;
}

/** HEALTHCHECK: a type word, then the command the way RUN reads it. */
function healthConfig(text: string, from: number, to: number): ParsedArgs {
  let typeEnd = from;
  while (typeEnd < to && !isGoSpace(text.charCodeAt(typeEnd))) typeEnd++;
  if (typeEnd === from) return NONE;
  let next = typeEnd;
  while (next < to && isGoSpace(text.charCodeAt(next))) next++;
  const command = maybeJson(text, next, to);
  const type = { value: text.slice(from, typeEnd), from, to: typeEnd };
  return { ...command, args: [type, ...command.args] };
}

/** An unknown keyword keeps one empty argument node (parseIgnore), which the dump prints as `""`. */
function ignore(_text: string, from: number): ParsedArgs {
  return { args: [{ value: "", from, to: from }], json: false };
}

const PARSERS: Record<string, LineParser> = {
  ADD: maybeJsonToList,
  ARG: nameOrNameValue,
  CMD: maybeJson,
  COPY: maybeJsonToList,
  ENTRYPOINT: maybeJson,
  ENV: nameValue,
  EXPOSE: whitespaceDelimited,
  FROM: whitespaceDelimited,
  HEALTHCHECK: healthConfig,
  LABEL: nameValue,
  MAINTAINER: wholeString,
  // Only reached without a trigger: parseInstruction nests non-empty ONBUILD lines itself.
  ONBUILD: () => NONE,
  RUN: maybeJson,
  SHELL: maybeJson,
  STOPSIGNAL: wholeString,
  USER: wholeString,
  VOLUME: maybeJsonToList,
  WORKDIR: wholeString,
};

/**
 * Parses the argument text of a keyword other than ONBUILD (which nests a whole instruction).
 * `keyword` is upper case.
 */
export function parseArgs(
  keyword: string,
  text: string,
  from: number,
  to: number,
  escape: number,
): ParsedArgs {
  const parser = Object.hasOwn(PARSERS, keyword) ? PARSERS[keyword] : undefined;
  if (!parser) return ignore(text, from);
  return parser(text, from, to, escape, keyword);
}

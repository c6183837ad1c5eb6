import type { Span } from "./span";

export type JsonArrayResult =
  /** Exec form: every element a string; spans cover each JSON string token, quotes included. */
  | { kind: "strings"; items: Span[] }
  /** Valid JSON, but an element is not a string: an error in BuildKit. */
  | { kind: "nonString" }
  /** Not valid JSON (or not decodable by Go): BuildKit silently falls back to shell form. */
  | { kind: "invalid" };

// encoding/json refuses to nest deeper than this.
const MAX_DEPTH = 10000;
const INVALID: JsonArrayResult = { kind: "invalid" };

/**
 * Reads `text[from, to)` the way `json.Unmarshal` into `[]interface{}` does: the whole text must be
 * one JSON array (whitespace around it allowed), strings decode with Go's rules (bad surrogates
 * become U+FFFD), and a number too large for a float64 is a decoding error, not a non-string.
 * Iterative, so hostile nesting cannot overflow the stack.
 */
export function parseJsonArray(text: string, from: number, to: number): JsonArrayResult {
  const reader = new JsonReader(text, to);
  let i = reader.space(from);
  if (text.charCodeAt(i) !== 0x5b || i >= to) return INVALID;
  i = reader.space(i + 1);
  const items: Span[] = [];
  let nonString = false;
  if (reader.at(i) === 0x5d) i++;
  else {
    for (;;) {
      if (reader.at(i) === 0x22) {
        const end = reader.string(i);
        if (end < 0) return INVALID;
        items.push({ value: reader.decoded, from: i, to: end });
        i = end;
      } else {
        nonString = true;
        i = reader.value(i, 1);
        if (i < 0) return INVALID;
      }
      i = reader.space(i);
      const ch = reader.at(i);
      if (ch === 0x2c) i = reader.space(i + 1);
      else if (ch === 0x5d) {
        i++;
        break;
      } else return INVALID;
    }
  }
  if (reader.space(i) !== to || reader.overflow) return INVALID;
  return nonString ? { kind: "nonString" } : { kind: "strings", items };
}

class JsonReader {
  decoded = "";
  overflow = false;

  constructor(
    private readonly text: string,
    private readonly to: number,
  ) {}

  at(i: number): number {
    return i < this.to ? this.text.charCodeAt(i) : -1;
  }

  space(i: number): number {
    for (;;) {
      const ch = this.at(i);
      if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d) return i;
      i++;
    }
  }

  /** Skips any JSON value starting at `i`; returns the index after it or -1. */
  value(i: number, depth: number): number {
    const stack: number[] = [];
    for (;;) {
      // Expect a value at i.
      i = this.space(i);
      const ch = this.at(i);
      let closed = false;
      if (ch === 0x5b || ch === 0x7b) {
        if (depth + stack.length + 1 > MAX_DEPTH) return -1;
        stack.push(ch);
        i = this.space(i + 1);
        if (this.at(i) === (ch === 0x5b ? 0x5d : 0x7d)) {
          stack.pop();
          i++;
          closed = true;
        } else if (ch === 0x7b) {
          i = this.key(i);
          if (i < 0) return -1;
          continue;
        } else continue;
      }
      if (!closed) {
        if (ch === 0x22) i = this.string(i);
        else if (ch === 0x2d || (ch >= 0x30 && ch <= 0x39)) i = this.number(i);
        else i = this.literal(i);
        if (i < 0) return -1;
      }
      // After a value: close containers or move to the next element.
      for (;;) {
        const top = stack[stack.length - 1];
        if (top === undefined) return i;
        i = this.space(i);
        const next = this.at(i);
        if (next === 0x2c) {
          i = this.space(i + 1);
          if (top === 0x7b) {
            i = this.key(i);
            if (i < 0) return -1;
          }
          break;
        }
        if (next === (top === 0x5b ? 0x5d : 0x7d)) {
          stack.pop();
          i++;
          continue;
        }
        return -1;
      }
    }
  }

  /** An object key and its colon. */
  private key(i: number): number {
    if (this.at(i) !== 0x22) return -1;
    i = this.string(i);
    if (i < 0) return -1;
    i = this.space(i);
    return this.at(i) === 0x3a ? i + 1 : -1;
  }

  private literal(i: number): number {
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, i) && i + word.length <= this.to) return i + word.length;
    }
    return -1;
  }

  private number(i: number): number {
    const start = i;
    if (this.at(i) === 0x2d) i++;
    if (this.at(i) === 0x30) i++;
    else if (isDigit(this.at(i))) while (isDigit(this.at(i))) i++;
    else return -1;
    if (this.at(i) === 0x2e) {
      i++;
      if (!isDigit(this.at(i))) return -1;
      while (isDigit(this.at(i))) i++;
    }
    if (this.at(i) === 0x65 || this.at(i) === 0x45) {
      i++;
      if (this.at(i) === 0x2b || this.at(i) === 0x2d) i++;
      if (!isDigit(this.at(i))) return -1;
      while (isDigit(this.at(i))) i++;
    }
    if (!Number.isFinite(Number(this.text.slice(start, i)))) this.overflow = true;
    return i;
  }

  /** A string token; leaves its decoded value in `decoded`. */
  string(i: number): number {
    let out = "";
    let plain = i + 1;
    i++;
    for (;;) {
      const ch = this.at(i);
      if (ch < 0x20) return -1; // end of input or a raw control character
      if (ch === 0x22) {
        this.decoded = out + this.text.slice(plain, i);
        return i + 1;
      }
      if (ch === 0x5c) {
        out += this.text.slice(plain, i);
        const escaped = this.at(i + 1);
        const simple = SIMPLE_ESCAPES[escaped];
        if (simple !== undefined) {
          out += simple;
          i += 2;
        } else if (escaped === 0x75) {
          const code = this.hex4(i + 2);
          if (code < 0) return -1;
          i += 6;
          if (code >= 0xd800 && code <= 0xdfff) {
            const low = this.at(i) === 0x5c && this.at(i + 1) === 0x75 ? this.hex4(i + 2) : -1;
            if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
              out += String.fromCharCode(code, low);
              i += 6;
            } else out += "\ufffd";
          } else out += String.fromCharCode(code);
        } else return -1;
        plain = i;
        continue;
      }
      if (ch >= 0xd800 && ch <= 0xdfff) {
        // A lone surrogate is invalid UTF-8 to Go, which decodes it as U+FFFD.
        const low = this.at(i + 1);
        if (ch <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          i += 2;
          continue;
        }
        out += this.text.slice(plain, i) + "\ufffd";
        plain = i + 1;
      }
      i++;
    }
  }

  private hex4(i: number): number {
    if (i + 4 > this.to) return -1;
    const digits = this.text.slice(i, i + 4);
    return /^[0-9a-fA-F]{4}$/.test(digits) ? parseInt(digits, 16) : -1;
  }
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: "\\",
  0x2f: "/",
  0x62: "\b",
  0x66: "\f",
  0x6e: "\n",
  0x72: "\r",
  0x74: "\t",
};

function isDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

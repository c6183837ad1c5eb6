// Go's strconv.Quote, which BuildKit's AST Dump uses for every argument. The conformance data is
// compared byte for byte, so the escaping rules below follow Go rather than JSON.stringify.

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;
const SHORT_ESCAPES: Record<number, string> = {
  0x07: "\\a",
  0x08: "\\b",
  0x0c: "\\f",
  0x0a: "\\n",
  0x0d: "\\r",
  0x09: "\\t",
  0x0b: "\\v",
};

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, "0");
}

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrint(codePoint: number, char: string): boolean {
  if (codePoint < 0x7f) return codePoint >= 0x20;
  if (codePoint < 0xa1) return false;
  return PRINTABLE.test(char);
}

function escapeRune(codePoint: number, char: string): string {
  if (codePoint === 0x22) return '\\"';
  if (codePoint === 0x5c) return "\\\\";
  if (isPrint(codePoint, char)) return char;
  const short = SHORT_ESCAPES[codePoint];
  if (short) return short;
  if (codePoint < 0x20 || codePoint === 0x7f) return "\\x" + hex(codePoint, 2);
  if (codePoint < 0x10000) return "\\u" + hex(codePoint, 4);
  return "\\U" + hex(codePoint, 8);
}

/** A Go double-quoted string literal for `text`, as strconv.Quote writes it. */
export function goQuote(text: string): string {
  let out = '"';
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: printable ASCII other than `"` and `\` is copied in runs.
    if (code >= 0x20 && code < 0x7f && code !== 0x22 && code !== 0x5c) continue;
    out += text.slice(plainFrom, i);
    let codePoint = code;
    let char = text[i] ?? "";
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        char = text.slice(i, i + 2);
        i++;
      } else {
        // A lone surrogate cannot be UTF-8; Go would have decoded U+FFFD in its place.
        codePoint = 0xfffd;
        char = "\ufffd";
      }
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      codePoint = 0xfffd;
      char = "\ufffd";
    }
    out += escapeRune(codePoint, char);
    plainFrom = i + 1;
  }
  return out + text.slice(plainFrom) + '"';
}

/** Go's `%q` of a []string: `["a" "b"]`. */
export function goQuoteList(items: readonly string[]): string {
  return "[" + items.map(goQuote).join(" ") + "]";
}

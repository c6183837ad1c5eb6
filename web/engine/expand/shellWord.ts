// lex.go's shellWord: the scanner, quotes, escapes and word splitting. `$` hands over to
// parameterExpansion, which reads on through the same ShellWord.
import { char, EOF, isDigit, isNameChar, isSpecialParam } from "./goChars";
import { LexFailure } from "./lexFailure";
import { expandParameter } from "./parameterExpansion";
import type { Env, LexOptions, VariableReference } from "./types";
import { WordSplitter } from "./wordSplitter";

const DOLLAR = 0x24;
const SINGLE = 0x27;
const DOUBLE = 0x22;

const MAX_NESTING = 1000;

/** One word being processed: lex.go's shellWord, with the source, environment and options. */
export class ShellWord {
  pos = 0;
  private depth = 0;
  readonly references: VariableReference[] = [];
  private rawEscapes: boolean;
  private readonly escape: number;

  constructor(
    private readonly src: string,
    private readonly env: Env,
    readonly options: LexOptions,
  ) {
    this.escape = (options.escapeChar ?? "\\").charCodeAt(0);
    this.rawEscapes = options.rawEscapes ?? false;
    // Go's text/scanner drops a byte-order mark at the very start.
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  peek(): number {
    return this.pos < this.src.length ? (this.src.codePointAt(this.pos) as number) : EOF;
  }

  next(): number {
    if (this.pos >= this.src.length) return EOF;
    const c = this.src.codePointAt(this.pos) as number;
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  fail(reason: string): LexFailure {
    return new LexFailure(reason, this.pos);
  }

  processStopOn(stop: number, rawEscapes: boolean): { result: string; words: string[] } {
    let result = "";
    const words = new WordSplitter();
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      while (this.peek() !== EOF) {
        let c = this.peek();
        if (stop !== EOF && c === stop) {
          this.next();
          return { result, words: words.getWords() };
        }
        if (c === DOLLAR) {
          const value = this.processDollar();
          result += value;
          words.addString(value);
          continue;
        }
        if ((c === SINGLE || c === DOUBLE) && !this.options.skipProcessQuotes) {
          const value = c === SINGLE ? this.processSingleQuote() : this.processDoubleQuote();
          result += value;
          words.addRawString(value);
          continue;
        }
        if (c !== this.escape && c < 0xd800) {
          // A run of ordinary characters goes over in one slice rather than a character at a time.
          const end = this.plainRunEnd(stop);
          const run = this.src.slice(this.pos, end);
          this.pos = end;
          result += run;
          words.addString(run);
          continue;
        }
        c = this.next();
        if (c === this.escape) {
          if (this.rawEscapes) {
            words.addRawChar(c);
            result += char(c);
          }
          // The escape character escapes the next one, except at the end of the word.
          c = this.next();
          if (c === EOF) break;
          words.addRawChar(c);
        } else words.addChar(c);
        result += char(c);
      }
      if (stop !== EOF)
        throw this.fail(`unexpected end of statement while looking for matching ${char(stop)}`);
      return { result, words: words.getWords() };
    } finally {
      this.rawEscapes = saved;
    }
  }

  /** Where the run of characters processStopOn copies as they are ends (BMP only, no specials). */
  private plainRunEnd(stop: number): number {
    const src = this.src;
    const quotes = !this.options.skipProcessQuotes;
    let i = this.pos;
    for (; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === stop || c === DOLLAR || c === this.escape || c >= 0xd800) break;
      if (quotes && (c === SINGLE || c === DOUBLE)) break;
    }
    return i;
  }

  private processSingleQuote(): string {
    // Everything up to the next single quote is literal; a single quote cannot be escaped.
    let result = "";
    const open = this.next();
    if (this.options.rawQuotes) result += char(open);
    for (;;) {
      const c = this.next();
      if (c === EOF) throw this.fail("unexpected end of statement while looking for matching single-quote");
      if (c === SINGLE) {
        if (this.options.rawQuotes) result += char(c);
        return result;
      }
      result += char(c);
    }
  }

  private processDoubleQuote(): string {
    // Literal except `$`; the escape character escapes only `"`, `$` and itself.
    let result = "";
    const open = this.next();
    if (this.options.rawQuotes) result += char(open);
    for (;;) {
      const p = this.peek();
      if (p === EOF) throw this.fail("unexpected end of statement while looking for matching double-quote");
      if (p === DOUBLE) {
        const c = this.next();
        if (this.options.rawQuotes) result += char(c);
        return result;
      }
      if (p === DOLLAR) {
        result += this.processDollar();
        continue;
      }
      let c = this.next();
      if (c === this.escape) {
        if (this.rawEscapes) result += char(c);
        const after = this.peek();
        if (after === EOF) continue;
        if (after === DOUBLE || after === DOLLAR || after === this.escape) c = this.next();
      }
      result += char(c);
    }
  }

  private processDollar(): string {
    const start = this.pos;
    // Go's growable stacks take any depth; ours do not, so absurd nesting becomes an error, not a crash.
    if (++this.depth > MAX_NESTING) throw this.fail(`substitutions nested deeper than ${MAX_NESTING} levels`);
    try {
      return expandParameter(this, start);
    } finally {
      this.depth--;
    }
  }

  processName(): string {
    // A name is letters, digits and `_`; a leading digit reads digits only; a special parameter is one char.
    const start = this.pos;
    const first = this.peek();
    if (first === EOF) return "";
    if (isDigit(first)) {
      while (this.peek() !== EOF && isDigit(this.peek())) this.next();
      return this.src.slice(start, this.pos);
    }
    if (isSpecialParam(first)) return char(this.next());
    while (this.peek() !== EOF && isNameChar(this.peek())) this.next();
    return this.src.slice(start, this.pos);
  }

  getEnv(name: string, start: number): string | undefined {
    const value = this.env.get(name);
    this.references.push({ name, defined: value !== undefined, start, end: this.pos });
    return value;
  }
}

// BuildKit's word processing (frontend/dockerfile/shell/lex.go) rewritten step for step: quotes,
// escapes, `$V` and the `${V…}` forms, and word splitting. Failures are returned, not thrown, so the
// analyzer can keep going; the public expandWord/expandWords turn them back into exceptions.
import { goQuote } from "../parse/goQuote";
import { PatternError, replacePattern, trimPrefix, trimSuffix } from "./shellPattern";
import { char, EOF, isDigit, isNameChar, isSpace, isSpecialParam } from "./goChars";
import type { Env, ExpandResult, LexOptions, VariableReference } from "./types";
import { WordSplitter } from "./wordSplitter";

const DOLLAR = 0x24;
const SINGLE = 0x27;
const DOUBLE = 0x22;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COLON = 0x3a;
const SLASH = 0x2f;

class LexFailure {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}

const MAX_NESTING = 1000;

class ShellWord {
  pos = 0;
  private depth = 0;
  readonly references: VariableReference[] = [];
  private rawEscapes: boolean;
  private readonly escape: number;

  constructor(
    private readonly src: string,
    private readonly env: Env,
    private readonly options: LexOptions,
  ) {
    this.escape = (options.escapeChar ?? "\\").charCodeAt(0);
    this.rawEscapes = options.rawEscapes ?? false;
    // Go's text/scanner drops a byte-order mark at the very start.
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  private peek(): number {
    return this.pos < this.src.length ? (this.src.codePointAt(this.pos) as number) : EOF;
  }

  private next(): number {
    if (this.pos >= this.src.length) return EOF;
    const c = this.src.codePointAt(this.pos) as number;
    this.pos += c > 0xffff ? 2 : 1;
    return c;
  }

  private fail(reason: string): LexFailure {
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
      return this.processDollarBody(start);
    } finally {
      this.depth--;
    }
  }

  private processDollarBody(start: number): string {
    this.next();
    if (this.peek() !== LBRACE) {
      const name = this.processName();
      if (name === "") return "$";
      const found = this.getEnv(name, start);
      if (found === undefined && this.options.skipUnsetEnv) return "$" + name;
      return found ?? "";
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw this.fail("syntax error: missing '}'");
    if (first === LBRACE || first === RBRACE || first === COLON)
      throw this.fail("syntax error: bad substitution");
    const name = this.processName();
    let c = this.next();
    let modifier = char(c);
    if (c === RBRACE) {
      const found = this.getEnv(name, start);
      if (found === undefined && this.options.skipUnsetEnv) return "${" + name + "}";
      return found ?? "";
    }
    if (c === SLASH) return this.processReplace(name, start);
    let nullIsUnset = false;
    if (c === COLON) {
      nullIsUnset = true;
      c = this.next();
      modifier += char(c);
    } else if (!"+-?#%".includes(char(c))) {
      throw this.fail(`unsupported modifier (${modifier}) in substitution`);
    }
    const op = char(c);
    let word: string;
    try {
      word = this.processStopOn(RBRACE, op === "#" || op === "%").result;
    } catch (e) {
      if (e instanceof LexFailure && this.peek() === EOF) throw this.fail("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name, start);
    if (value === undefined && this.options.skipUnsetEnv) return "${" + name + modifier + word + "}";
    const set = value !== undefined;
    const empty = nullIsUnset && value === "";
    switch (op) {
      case "-":
        return !set || empty ? word : value;
      case "+":
        return !set || empty ? "" : word;
      case "?":
        if (!set) throw this.fail(`${name}: ${word !== "" ? word : "is not allowed to be unset"}`);
        if (empty) throw this.fail(`${name}: ${word !== "" ? word : "is not allowed to be empty"}`);
        return value;
      case "#":
      case "%": {
        // One `#`/`%` trims the shortest match, two the longest.
        const greedy = word.startsWith(op);
        const pattern = greedy ? word.slice(1) : word;
        try {
          return op === "%"
            ? trimSuffix(pattern, value ?? "", greedy)
            : trimPrefix(pattern, value ?? "", greedy);
        } catch (e) {
          if (e instanceof PatternError)
            throw this.fail(`invalid pattern (${pattern}) in substitution: ${e.message}`);
          throw e;
        }
      }
      default:
        throw this.fail(`unsupported modifier (${modifier}) in substitution`);
    }
  }

  private processReplace(name: string, start: number): string {
    const all = this.peek() === SLASH;
    if (all) this.next();
    let pattern: string;
    try {
      pattern = this.processStopOn(SLASH, true).result;
    } catch (e) {
      if (e instanceof LexFailure && this.peek() === EOF) throw this.fail("syntax error: missing '/' in ${}");
      throw e;
    }
    let replacement: string;
    try {
      replacement = this.processStopOn(RBRACE, true).result;
    } catch (e) {
      if (e instanceof LexFailure && this.peek() === EOF) throw this.fail("syntax error: missing '}'");
      throw e;
    }
    const value = this.getEnv(name, start);
    if (value === undefined && this.options.skipUnsetEnv)
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    try {
      return replacePattern(value ?? "", pattern, replacement, all);
    } catch (e) {
      if (e instanceof PatternError)
        throw this.fail(`invalid pattern (${pattern}) in substitution: ${e.message}`);
      throw e;
    }
  }

  private processName(): string {
    // A name is letters, digits and `_`; a leading digit reads digits only; a special parameter is one char.
    let name = "";
    while (this.peek() !== EOF) {
      const c = this.peek();
      if (name.length === 0 && isDigit(c)) {
        while (this.peek() !== EOF && isDigit(this.peek())) name += char(this.next());
        return name;
      }
      if (name.length === 0 && isSpecialParam(c)) return char(this.next());
      if (!isNameChar(c)) break;
      name += char(this.next());
    }
    return name;
  }

  private getEnv(name: string, start: number): string | undefined {
    const value = this.env.get(name);
    this.references.push({ name, defined: value !== undefined, start, end: this.pos });
    return value;
  }
}

/**
 * Processes one Dockerfile word exactly as BuildKit's shell lexer: quote removal, escapes and
 * variable substitution, plus the split words and the variables referenced. Never throws.
 */
export function lexWord(word: string, env: Env, options: LexOptions = {}): ExpandResult {
  // Most words (paths, image names) have nothing to process; skipping the lexer keeps analyze cheap.
  if (isPlain(word, options.escapeChar ?? "\\")) {
    return { value: word, words: splitPlain(word), references: [], error: null };
  }
  const shell = new ShellWord(word, env, options);
  try {
    const { result, words } = shell.processStopOn(EOF, options.rawEscapes ?? false);
    return { value: result, words, references: shell.references, error: null };
  } catch (e) {
    if (!(e instanceof LexFailure)) throw e;
    return {
      value: "",
      words: [],
      references: shell.references,
      error: {
        message: `failed to process ${goQuote(word)}: ${e.reason}`,
        reason: e.reason,
        offset: e.offset,
      },
    };
  }
}

// Words without `$`, quotes, the escape character or a byte-order mark come out of the lexer unchanged.
const notPlainWithBackslash = /[$'"\\\uFEFF]/;
const notPlainWithBacktick = /[$'"`\uFEFF]/;
function isPlain(word: string, escapeChar: string): boolean {
  return !(escapeChar === "`" ? notPlainWithBacktick : notPlainWithBackslash).test(word);
}

function splitPlain(word: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < word.length; i++) {
    if (isSpace(word.charCodeAt(i))) {
      if (start >= 0) words.push(word.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) words.push(word.slice(start));
  return words;
}

/** Turns a plain record into the Env a lexer reads, ignoring inherited properties. */
export function envFromRecord(record: Record<string, string>): Env {
  return new Map(Object.entries(record));
}

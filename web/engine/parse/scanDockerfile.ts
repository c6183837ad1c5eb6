// Parse() from parser.go: directives, continuation lines, comments and heredoc bodies, turning the
// physical lines of a Dockerfile into instructions. Unlike BuildKit it never stops at an error: it
// records it and carries on, so an editor always gets the rest of the file.
import { errorAt, fileStartRange } from "../diagnostics/errorAt";
import type { Diagnostic, Position, Range } from "../diagnostics/types";
import { BACKSLASH, BACKTICK } from "./charCodes";
import { matchDirective, scanDirectivesAfterShebang } from "./directives";
import { isGoSpace, skipGoSpace, trimGoSpaceEnd } from "./goSpace";
import { chompTabs, findHeredocMarkers } from "./heredocs";
import { JoinedLine, type LinePiece } from "./joinedLine";
import { parseInstruction } from "./parseInstruction";
import { splitLines, utf8Length, type SourceLines } from "./splitLines";
import type { Directive, Heredoc, Instruction, ParseResult } from "./types";

export interface ScanResult {
  result: ParseResult;
  /** Errors from BuildKit's parser proper, where `dumpParseTree` must throw. */
  parserErrors: Diagnostic[];
  /** Instructions with a parser error; BuildKit never gets as far as validating them. */
  rejected: Set<Instruction>;
}

const MAX_LINE_BYTES = 65535;
const HEREDOC_KEYWORDS = new Set(["ADD", "COPY", "RUN"]);

class Scanner {
  readonly lines: SourceLines;
  readonly instructions: Instruction[] = [];
  readonly directives: Directive[] = [];
  readonly parserErrors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly rejected = new Set<Instruction>();
  escape = BACKSLASH;
  /** A bad directive ends BuildKit's Parse at once, before it can find the file empty. */
  directiveFailed = false;
  private directivesDone = false;
  private readonly seenDirectives = new Set<string>();
  private comments: string[] = [];
  private next = 0;

  constructor(readonly source: string) {
    this.lines = splitLines(source);
  }

  start(index: number): number {
    return this.lines.starts[index] ?? 0;
  }

  end(index: number): number {
    return this.lines.ends[index] ?? 0;
  }

  /** Just after the text of line `index` (0-based). */
  lineEnd(index: number): Position {
    return { line: index + 1, column: this.end(index) - this.start(index) + 1 };
  }

  /** The whole text of line `index` (0-based) as a range. */
  lineRange(index: number, from = this.start(index)): Range {
    const start = this.start(index);
    return {
      start: { line: index + 1, column: from - start + 1 },
      end: { line: index + 1, column: this.end(index) - start + 1 },
    };
  }

  isComment(from: number, to: number): boolean {
    let i = from;
    while (i < to && isGoSpace(this.source.charCodeAt(i))) i++;
    return i < to && this.source.charCodeAt(i) === 0x23;
  }

  /**
   * The escape character as last non-blank of a line continues it, unless another escape character
   * precedes it (BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`). Returns where the kept text ends, or -1.
   */
  continuationAt(from: number, to: number): number {
    let i = to;
    while (i > from && (this.source.charCodeAt(i - 1) === 0x20 || this.source.charCodeAt(i - 1) === 0x09))
      i--;
    if (i === from || this.source.charCodeAt(i - 1) !== this.escape) return -1;
    const escapeAt = i - 1;
    if (escapeAt > from && this.source.charCodeAt(escapeAt - 1) === this.escape) return -1;
    return escapeAt;
  }

  run(): void {
    const count = this.lines.starts.length;
    while (this.next < count) this.step();
  }

  private step(): void {
    const index = this.next++;
    let from = this.start(index);
    const to = this.end(index);
    if (index === 0 && this.source.charCodeAt(from) === 0xfeff) from++;
    if (this.isComment(from, to)) {
      // parser.go trims the line after dropping its first character, whatever that is.
      const commentFrom = skipGoSpace(this.source, from + 1, to);
      const comment = this.source.slice(commentFrom, trimGoSpaceEnd(this.source, commentFrom, to));
      if (comment === "") this.comments = [];
      else this.comments.push(comment);
    }
    let text = from;
    while (text < to && isGoSpace(this.source.charCodeAt(text))) text++;
    this.directive(index, text, to);
    if (this.isComment(text, to)) return;
    const continuation = this.continuationAt(text, to);
    if (continuation < 0 && text === to) return;
    this.instruction(index, text, continuation < 0 ? to : continuation, continuation >= 0);
  }

  private directive(index: number, from: number, to: number): void {
    if (this.directivesDone) return;
    const match = matchDirective(this.source, from, to);
    if (!match || match.name === null) {
      this.directivesDone = true;
      return;
    }
    const range = this.lineRange(index, from);
    if (this.seenDirectives.has(match.name)) {
      this.directiveFailed = true;
      this.parserErrors.push(errorAt(`only one ${match.name} parser directive can be used`, range));
      return;
    }
    this.seenDirectives.add(match.name);
    if (match.name === "escape") {
      if (match.value !== "\\" && match.value !== "`") {
        this.directiveFailed = true;
        this.parserErrors.push(
          errorAt(`invalid escape token '${match.value}' does not match \` or \\`, range),
        );
        return;
      }
      this.escape = match.value === "`" ? BACKTICK : BACKSLASH;
    }
    this.directives.push({ name: match.name, value: match.value, range });
    // A directive is not a comment of the instruction below it.
    this.comments.pop();
  }

  private instruction(firstIndex: number, from: number, to: number, continues: boolean): void {
    const lineStart = this.start(firstIndex);
    const pieces: LinePiece[] = [{ from, to, line: firstIndex + 1, column: from - lineStart + 1 }];
    let lastIndex = firstIndex;
    let emptyLines = false;
    const count = this.lines.starts.length;
    while (continues && this.next < count) {
      const index = this.next++;
      lastIndex = index;
      const start = this.start(index);
      const end = this.end(index);
      if (this.isComment(start, end)) continue;
      let blank = start;
      while (blank < end && isGoSpace(this.source.charCodeAt(blank))) blank++;
      if (blank === end) {
        emptyLines = true;
        continue;
      }
      const continuation = this.continuationAt(start, end);
      continues = continuation >= 0;
      pieces.push({ from: start, to: continues ? continuation : end, line: index + 1, column: 1 });
    }
    const firstPosition = { line: firstIndex + 1, column: from - lineStart + 1 };
    const line = new JoinedLine(this.source, pieces, firstPosition);
    if (emptyLines) {
      this.warnings.push({
        severity: "warning",
        rule: "NoEmptyContinuation",
        message: "Empty continuation line found in: " + line.text,
        range: this.lineRange(lastIndex),
        url: "https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/",
      });
    }
    const { instruction, error } = parseInstruction(line, 0, line.text.length, this.escape);
    instruction.comments = this.comments;
    this.comments = [];
    if (error) {
      this.parserErrors.push(errorAt(error.message, error.range));
      this.rejected.add(instruction);
    }
    lastIndex = this.heredocs(instruction, line.text, lastIndex);
    instruction.range = { start: instruction.keywordRange.start, end: this.lineEnd(lastIndex) };
    if (instruction.range.start.line !== firstPosition.line) instruction.range.start = firstPosition;
    this.instructions.push(instruction);
  }

  /** Reads the bodies of the heredocs an instruction opens; returns the last line index used. */
  private heredocs(instruction: Instruction, text: string, lastIndex: number): number {
    const target =
      instruction.keyword === "ONBUILD" && instruction.trigger ? instruction.trigger : instruction;
    if (!HEREDOC_KEYWORDS.has(target.keyword) || target.json || !text.includes("<<")) return lastIndex;
    const count = this.lines.starts.length;
    for (const marker of findHeredocMarkers(text)) {
      const bodyIndex = this.next;
      let terminated = false;
      while (this.next < count) {
        const index = this.next++;
        lastIndex = index;
        let start = this.start(index);
        const end = this.end(index);
        if (marker.chomp) while (start < end && this.source.charCodeAt(start) === 0x09) start++;
        if (end - start === marker.name.length && this.source.startsWith(marker.name, start)) {
          terminated = true;
          break;
        }
      }
      const bodyEnd = terminated ? this.start(lastIndex) : this.source.length;
      const raw = bodyIndex < count ? this.source.slice(this.start(bodyIndex), bodyEnd) : "";
      const heredoc: Heredoc = {
        name: marker.name,
        content: marker.chomp ? chompTabs(raw) : raw,
        expand: marker.expand,
        chomp: marker.chomp,
        fileDescriptor: marker.fileDescriptor,
        range:
          bodyIndex < count
            ? { start: { line: bodyIndex + 1, column: 1 }, end: this.lineEnd(lastIndex) }
            : this.lineRange(lastIndex),
      };
      instruction.heredocs.push(heredoc);
      if (!terminated) {
        this.parserErrors.push(errorAt("unterminated heredoc", instruction.range));
        this.rejected.add(instruction);
        break;
      }
    }
    if (target !== instruction) target.heredocs = instruction.heredocs;
    return lastIndex;
  }

  /** bufio.Scanner gives up on a line longer than 64 KiB; BuildKit then fails the whole parse. */
  checkLineLengths(): void {
    const { starts, ends } = this.lines;
    for (let index = 0; index < starts.length; index++) {
      const start = starts[index] ?? 0;
      const end = ends[index] ?? 0;
      // A UTF-16 unit is at most 3 UTF-8 bytes, so short lines need no counting.
      if ((end - start) * 3 <= MAX_LINE_BYTES) continue;
      if (utf8Length(this.source, start, end) > MAX_LINE_BYTES) {
        const message = `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`;
        this.parserErrors.push(errorAt(message, this.lineRange(index)));
      }
    }
  }
}

/** Scans a Dockerfile into instructions, directives and diagnostics. */
export function scanDockerfile(source: string): ScanResult {
  const scanner = new Scanner(source);
  scanner.run();
  scanner.checkLineLengths();
  const lines = scanner.lines;
  const firstLineStart = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (source.startsWith("#!", firstLineStart)) {
    for (const found of scanDirectivesAfterShebang(source, lines)) {
      if (scanner.directives.some((directive) => directive.name === found.name)) continue;
      scanner.directives.push({
        name: found.name,
        value: found.value,
        range: scanner.lineRange(found.lineIndex),
      });
    }
  }
  if (scanner.instructions.length === 0 && !scanner.directiveFailed) {
    const message = source.length === 0 ? "the Dockerfile cannot be empty" : "file with no instructions";
    scanner.parserErrors.push(errorAt(message, fileStartRange()));
  }
  const escapeChar = scanner.escape === BACKTICK ? "`" : "\\";
  const result: ParseResult = {
    instructions: scanner.instructions,
    directives: scanner.directives,
    escapeChar,
    diagnostics: [...scanner.parserErrors, ...scanner.warnings],
    lineCount: lines.starts.length === 0 ? 1 : countLines(source),
  };
  return { result, parserErrors: scanner.parserErrors, rejected: scanner.rejected };
}

/** Lines as an editor counts them: a trailing newline opens an empty last line. */
function countLines(source: string): number {
  let count = 1;
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) count++;
  return count;
}

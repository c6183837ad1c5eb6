// Builds the command tree of a shell script from its tokens: lists joined by `&&`, `||`, `;`,
// `&` and newlines, pipelines, `( … )` subshells and `{ …; }` groups, `VAR=value` prefixes and
// redirections. `if`/`for`/`while`/`case` blocks are kept whole, uninterpreted.
import type {
  ListItem,
  Pipeline,
  Redirect,
  ShellCommand,
  ShellList,
  ShellSyntaxError,
  ShellWord,
  Token,
} from "./shellSyntax";
import { tokenizeShell } from "./tokenizeShell";
import type { RunHeredoc } from "./types";

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const BLOCK_END: Record<string, string> = {
  if: "fi",
  for: "done",
  while: "done",
  until: "done",
  case: "esac",
  select: "done",
};

/** The operators that end a pipeline within a list. */
const LIST_OPERATORS = new Set(["&&", "||", ";", "&", "\n", ";;"]);

export interface SplitResult {
  list: ShellList;
  errors: ShellSyntaxError[];
}

/** Splits shell text into its commands; never throws. */
export function splitShellCommands(src: string, heredocs: readonly RunHeredoc[] = []): SplitResult {
  const { tokens, errors } = tokenizeShell(src, heredocs);
  const reader = new Reader(tokens, errors);
  const list = reader.list(null);
  return { list, errors };
}

/** The word's text when it is plain, unquoted text (a reserved word can only be that). */
function plainText(word: ShellWord): string | null {
  const part = word.parts[0];
  return word.parts.length === 1 && part?.kind === "text" && !part.quoted ? part.text : null;
}

class Reader {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly errors: ShellSyntaxError[],
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(op: string): boolean {
    const token = this.peek();
    return token?.kind === "op" && token.op === op;
  }

  private isWord(text: string): boolean {
    const token = this.peek();
    return token?.kind === "word" && plainText(token.word) === text;
  }

  private skipNewlines(): void {
    while (this.isOp("\n") || this.isOp(";")) this.pos++;
  }

  /** A list up to `end` (`)` or `}`) or the end of the tokens. */
  list(end: ")" | "}" | null): ShellList {
    const items: ListItem[] = [];
    this.skipNewlines();
    while (this.pos < this.tokens.length) {
      if (end === ")" && this.isOp(")")) break;
      if (end === "}" && this.isWord("}")) break;
      const before = this.pos;
      const pipeline = this.pipeline();
      const token = this.peek();
      let next: ListItem["next"] = null;
      if (token?.kind === "op" && LIST_OPERATORS.has(token.op)) {
        next = token.op === "\n" || token.op === ";;" ? ";" : (token.op as ListItem["next"]);
        this.pos++;
        if (next === "&&" || next === "||") while (this.isOp("\n")) this.pos++;
      } else if (token?.kind === "op" && token.op === ")" && end !== ")") {
        this.errors.push({ message: 'Syntax error: ")" unexpected', offset: token.start });
        this.pos++;
      }
      if (pipeline.commands.length > 0) items.push({ pipeline, next });
      this.skipNewlines();
      if (this.pos === before) this.pos++;
    }
    return { items };
  }

  private pipeline(): Pipeline {
    let negated = false;
    if (this.isWord("!")) {
      negated = true;
      this.pos++;
    }
    const commands: ShellCommand[] = [];
    for (;;) {
      const command = this.command();
      if (command) commands.push(command);
      if (!this.isOp("|")) break;
      this.pos++;
      while (this.isOp("\n")) this.pos++;
    }
    return { commands, negated };
  }

  private command(): ShellCommand | null {
    const first = this.peek();
    if (!first) return null;
    if (first.kind === "op" && first.op === "(") {
      this.pos++;
      const body = this.list(")");
      const close = this.peek();
      if (close?.kind === "op" && close.op === ")") this.pos++;
      else
        this.errors.push({
          message: 'Syntax error: end of file unexpected (expecting ")")',
          offset: first.start,
        });
      return {
        kind: "group",
        subshell: true,
        body,
        redirects: this.redirects(),
        start: first.start,
        end: this.lastEnd(),
      };
    }
    if (first.kind === "word" && plainText(first.word) === "{") {
      this.pos++;
      const body = this.list("}");
      if (this.isWord("}")) this.pos++;
      else
        this.errors.push({
          message: 'Syntax error: end of file unexpected (expecting "}")',
          offset: first.word.start,
        });
      return {
        kind: "group",
        subshell: false,
        body,
        redirects: this.redirects(),
        start: first.word.start,
        end: this.lastEnd(),
      };
    }
    if (first.kind === "word") {
      const keyword = plainText(first.word) ?? "";
      const blockEnd = BLOCK_END[keyword];
      if (blockEnd) return this.block(keyword, blockEnd, first.word.start);
      const next = this.tokens[this.pos + 1];
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(keyword) && next?.kind === "op" && next.op === "(") {
        return this.functionDefinition(first.word.start);
      }
    }
    return this.simple();
  }

  private simple(): ShellCommand | null {
    const assigns: ShellWord[] = [];
    const words: ShellWord[] = [];
    const redirects: Redirect[] = [];
    const start = this.peek();
    for (let token = this.peek(); token; token = this.peek()) {
      if (token.kind === "op") break;
      this.pos++;
      if (token.kind === "redirect") {
        redirects.push(token.redirect);
        if (!token.redirect.target && !token.redirect.heredoc) {
          const target = this.peek();
          if (target?.kind === "word") {
            token.redirect.target = target.word;
            this.pos++;
          }
        }
        continue;
      }
      const first = token.word.parts[0];
      if (words.length === 0 && first?.kind === "text" && !first.quoted && ASSIGNMENT.test(first.text))
        assigns.push(token.word);
      else words.push(token.word);
    }
    if (!start || (assigns.length === 0 && words.length === 0 && redirects.length === 0)) return null;
    const startOffset = start.kind === "word" ? start.word.start : start.start;
    return { kind: "simple", assigns, words, redirects, start: startOffset, end: this.lastEnd() };
  }

  private redirects(): Redirect[] {
    const found: Redirect[] = [];
    for (let token = this.peek(); token?.kind === "redirect"; token = this.peek()) {
      this.pos++;
      const target = this.peek();
      if (!token.redirect.target && target?.kind === "word") {
        token.redirect.target = target.word;
        this.pos++;
      }
      found.push(token.redirect);
    }
    return found;
  }

  /** Skips a block to its matching end word, counting nested blocks. */
  private block(keyword: string, end: string, start: number): ShellCommand {
    const stack = [end];
    this.pos++;
    let atCommandStart = false;
    while (this.pos < this.tokens.length && stack.length > 0) {
      const token = this.tokens[this.pos] as Token;
      this.pos++;
      if (token.kind === "op") {
        atCommandStart = true;
        continue;
      }
      if (token.kind !== "word") continue;
      const text = plainText(token.word) ?? "";
      if (atCommandStart || ["do", "then", "else", "in"].includes(text)) {
        const nested = BLOCK_END[text];
        if (nested) stack.push(nested);
        else if (text === stack[stack.length - 1]) stack.pop();
      }
      atCommandStart = ["do", "then", "else", "elif"].includes(text);
    }
    if (stack.length > 0)
      this.errors.push({
        message: `Syntax error: end of file unexpected (expecting "${end}")`,
        offset: start,
      });
    this.redirects();
    return { kind: "compound", keyword, start, end: this.lastEnd() };
  }

  private functionDefinition(start: number): ShellCommand {
    this.pos += 3; // name ( )
    while (this.isOp("\n")) this.pos++;
    const body = this.command();
    return { kind: "compound", keyword: "function", start, end: body ? body.end : this.lastEnd() };
  }

  private lastEnd(): number {
    const token = this.tokens[this.pos - 1];
    if (!token) return 0;
    return token.kind === "word" ? token.word.end : token.end;
  }
}

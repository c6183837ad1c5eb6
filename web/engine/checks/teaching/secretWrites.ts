// The files a RUN's shell text writes a variable's value into: `echo "…${NPM_TOKEN}" > .npmrc`,
// `printf '%s' "$TOKEN" | tee /root/.netrc`, `cat <<EOF > .npmrc` with the variable in the body.
import type { Redirect, Token } from "../../simulate/run/shellSyntax";
import { tokenizeShell } from "../../simulate/run/tokenizeShell";
import { shellVariables } from "./shellVariables";
import { wordText } from "./shellCommands";

export interface VariableWrite {
  /** The variable whose value is written. */
  name: string;
  /** The file as the command names it: `.npmrc`, `/root/.netrc`, `~/.npmrc`, `$HOME/.npmrc`. */
  file: string;
}

const WRITES = new Set([">", ">>", ">|", "&>", "&>>"]);
const NAME_IN_TEXT = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g;

interface Pipeline {
  names: Set<string>;
  files: string[];
}

/** Every (variable of `names`, file) pair a pipeline of the text both expands and writes to. */
export function variableWrites(text: string, names: ReadonlySet<string>): VariableWrite[] {
  if (names.size === 0) return [];
  const writes: VariableWrite[] = [];
  let pipeline: Pipeline = { names: new Set(), files: [] };
  let command: string[] = [];
  const endCommand = () => {
    // `tee [-a] FILE…` writes what it reads to each FILE.
    if (command[0] === "tee") pipeline.files.push(...command.slice(1).filter((arg) => !arg.startsWith("-")));
    command = [];
  };
  const endPipeline = () => {
    endCommand();
    for (const name of pipeline.names) for (const file of pipeline.files) writes.push({ name, file });
    pipeline = { names: new Set(), files: [] };
  };
  const expanded = (raw: string) => {
    for (const name of shellVariables(raw).uses.keys()) if (names.has(name)) pipeline.names.add(name);
  };
  // The tokenizer leaves a redirection's file as the next word (only a heredoc's delimiter is attached).
  let pending: Redirect | null = null;
  for (const token of tokenizeShell(text).tokens as Token[]) {
    if (token.kind === "op") {
      pending = null;
      if (token.op === "|") endCommand();
      else endPipeline();
      continue;
    }
    if (token.kind === "redirect") {
      heredocNames(token.redirect, pipeline, names);
      pending = token.redirect.target ? null : token.redirect;
      continue;
    }
    const { word } = token;
    if (pending) {
      if (WRITES.has(pending.op) && pending.fd !== 2) pipeline.files.push(wordText(word));
      else if (pending.op === "<<<") expanded(word.raw);
      pending = null;
      continue;
    }
    expanded(word.raw);
    command.push(wordText(word));
  }
  endPipeline();
  return writes;
}

/** Names a heredoc body expands (`cat <<EOF > .npmrc` with `${NPM_TOKEN}` in the body). */
function heredocNames(redirect: Redirect, pipeline: Pipeline, names: ReadonlySet<string>): void {
  const body = redirect.heredoc;
  if (!body?.expand) return;
  for (const match of body.body.matchAll(NAME_IN_TEXT)) {
    const name = match[1] ?? match[2] ?? "";
    if (names.has(name)) pipeline.names.add(name);
  }
}

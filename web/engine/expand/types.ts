/** Variables visible to a word: stage ARG/ENV, meta ARGs, or a caller's record. */
export type Env = ReadonlyMap<string, string>;

/** One `$V` / `${V…}` in a word, with where it sits in the word (UTF-16 offsets, end exclusive). */
export interface VariableReference {
  name: string;
  /** Whether `env` had the name (an empty value counts as defined). */
  defined: boolean;
  start: number;
  end: number;
}

/** An expansion failure, BuildKit's text. */
export interface ExpandError {
  /** The full message, e.g. `failed to process "${X": syntax error: missing '}'`. */
  message: string;
  /** The message without the `failed to process` wrapper. */
  reason: string;
  /** Where in the word the lexer stopped (UTF-16 offset). */
  offset: number;
}

/** The whole outcome of processing one word; never thrown. */
export interface ExpandResult {
  /** The word after quote removal and substitution ("" when `error` is set). */
  value: string;
  /** The same text split into words as BuildKit's ProcessWords does. */
  words: string[];
  /** Every variable the word referenced, in the order BuildKit looked them up (inner words first). */
  references: VariableReference[];
  error: ExpandError | null;
}

export interface LexOptions {
  /** The Dockerfile's escape character (`# escape=`); `\` by default. */
  escapeChar?: "\\" | "`";
  /** Keep quote characters in the result (BuildKit's RawQuotes). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result (BuildKit's RawEscapes). */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters (heredoc bodies). */
  skipProcessQuotes?: boolean;
  /** Leave unset variables as written (`$X` stays `$X`). */
  skipUnsetEnv?: boolean;
}

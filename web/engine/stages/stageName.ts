import type { Word } from "../parse/types";
import { goQuote } from "../parse/goQuote";

const validName = /^[a-z][a-z0-9\-_.]*$/;

export interface FromArguments {
  base: Word | null;
  /** The `AS` word, when FROM has the three-argument form. */
  nameWord: Word | null;
  /** Lower-cased stage name, or null. */
  name: string | null;
  /** BuildKit's message when the arity or the name is wrong. */
  error: { message: string; word: Word | null } | null;
}

/** Reads `FROM image [AS name]` as BuildKit's parseBuildStageName: arity, lower-casing, validity. */
export function readFromArguments(args: readonly Word[]): FromArguments {
  const base = args[0] ?? null;
  if (args.length === 3 && (args[1] as Word).value.toLowerCase() === "as") {
    const nameWord = args[2] as Word;
    const name = nameWord.value.toLowerCase();
    // An invalid name is still kept, lower-cased, so references to it do not cascade into more errors.
    const error = validName.test(name)
      ? null
      : {
          message: `invalid name for build stage: ${goQuote(nameWord.value)}, name can't start with a number or contain symbols`,
          word: nameWord,
        };
    return { base, nameWord, name, error };
  }
  if (args.length !== 1) {
    return {
      base,
      nameWord: null,
      name: null,
      error: { message: "FROM requires either one or three arguments", word: null },
    };
  }
  return { base, nameWord: null, name: null, error: null };
}

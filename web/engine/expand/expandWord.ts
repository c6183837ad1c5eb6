import { envFromRecord, lexWord } from "./lexWord";

/** One word after BuildKit's quote removal and substitution (escape `\`); throws where BuildKit fails. */
export function expandWord(word: string, env: Record<string, string>): string {
  const result = lexWord(word, envFromRecord(env));
  if (result.error) throw new Error(result.error.message);
  return result.value;
}

/** The same processing, split into words as BuildKit does after substitution; throws where BuildKit fails. */
export function expandWords(text: string, env: Record<string, string>): string[] {
  const result = lexWord(text, envFromRecord(env));
  if (result.error) throw new Error(result.error.message);
  return result.words;
}

// bash's brace expansion, `mkdir -p /app/{logs,data}` → two words. dash (Debian's /bin/sh) and
// BusyBox sh do not have it, so under them the word stays as written and makes one directory named
// `{logs,data}`: a classic surprise the simulator should reproduce, not smooth over.
import type { ShellWord, WordPart } from "./shellSyntax";

const MAX_WORDS = 1000;

/** The words one word becomes; only braces inside one unquoted text part are expanded. */
export function expandBraces(word: ShellWord): ShellWord[] {
  const index = word.parts.findIndex(
    (part) => part.kind === "text" && !part.quoted && findGroup(part.text) !== null,
  );
  if (index === -1) return [word];
  const part = word.parts[index] as Extract<WordPart, { kind: "text" }>;
  const group = findGroup(part.text);
  if (!group) return [word];
  const words: ShellWord[] = [];
  for (const choice of group.choices) {
    const text = part.text.slice(0, group.start) + choice + part.text.slice(group.end);
    const parts = [...word.parts.slice(0, index), { ...part, text }, ...word.parts.slice(index + 1)];
    words.push(...expandBraces({ ...word, parts }));
    if (words.length >= MAX_WORDS) break;
  }
  return words.slice(0, MAX_WORDS);
}

/** The first `{a,b}` or `{1..3}` group: its span and the choices it stands for. */
function findGroup(text: string): { start: number; end: number; choices: string[] } | null {
  for (let start = text.indexOf("{"); start !== -1; start = text.indexOf("{", start + 1)) {
    let depth = 0;
    for (let end = start; end < text.length; end++) {
      if (text[end] === "{") depth++;
      else if (text[end] === "}" && --depth === 0) {
        const inner = text.slice(start + 1, end);
        const choices = splitTopLevel(inner);
        if (choices.length > 1) return { start, end: end + 1, choices };
        const range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
        if (range) {
          const from = Number(range[1]);
          const to = Number(range[2]);
          const step = from <= to ? 1 : -1;
          const count = Math.min(Math.abs(to - from) + 1, MAX_WORDS);
          return {
            start,
            end: end + 1,
            choices: Array.from({ length: count }, (_, i) => String(from + i * step)),
          };
        }
        break;
      }
    }
  }
  return null;
}

function splitTopLevel(inner: string): string[] {
  const choices: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of inner) {
    if (c === "{") depth++;
    if (c === "}") depth--;
    if (c === "," && depth === 0) {
      choices.push(current);
      current = "";
    } else current += c;
  }
  choices.push(current);
  return choices;
}

// The `$V` and `${V…}` forms of lex.go processDollar: lookups, defaults, `?` errors, trimming
// and replacing, reading the source through the ShellWord that met the `$`.
import { char, EOF } from "./goChars";
import { PatternError, replacePattern, trimPrefix, trimSuffix } from "./shellPattern";
import { LexFailure } from "./lexFailure";
import type { ShellWord } from "./shellWord";

const LBRACE = 0x7b;
const RBRACE = 0x7d;
const COLON = 0x3a;
const SLASH = 0x2f;

/** Everything after the `$` (at `start`): a name, or a braced form with its modifier. */
export function expandParameter(sw: ShellWord, start: number): string {
  sw.next();
  if (sw.peek() !== LBRACE) {
    const name = sw.processName();
    if (name === "") return "$";
    const found = sw.getEnv(name, start);
    if (found === undefined && sw.options.skipUnsetEnv) return "$" + name;
    return found ?? "";
  }
  sw.next();
  const first = sw.peek();
  if (first === EOF) throw sw.fail("syntax error: missing '}'");
  if (first === LBRACE || first === RBRACE || first === COLON)
    throw sw.fail("syntax error: bad substitution");
  const name = sw.processName();
  let c = sw.next();
  let modifier = char(c);
  if (c === RBRACE) {
    const found = sw.getEnv(name, start);
    if (found === undefined && sw.options.skipUnsetEnv) return "${" + name + "}";
    return found ?? "";
  }
  if (c === SLASH) return expandReplace(sw, name, start);
  let nullIsUnset = false;
  if (c === COLON) {
    nullIsUnset = true;
    c = sw.next();
    modifier += char(c);
  } else if (!"+-?#%".includes(char(c))) {
    throw sw.fail(`unsupported modifier (${modifier}) in substitution`);
  }
  const op = char(c);
  let word: string;
  try {
    word = sw.processStopOn(RBRACE, op === "#" || op === "%").result;
  } catch (e) {
    if (e instanceof LexFailure && sw.peek() === EOF) throw sw.fail("syntax error: missing '}'");
    throw e;
  }
  const value = sw.getEnv(name, start);
  if (value === undefined && sw.options.skipUnsetEnv) return "${" + name + modifier + word + "}";
  const set = value !== undefined;
  const empty = nullIsUnset && value === "";
  switch (op) {
    case "-":
      return !set || empty ? word : value;
    case "+":
      return !set || empty ? "" : word;
    case "?":
      if (!set) throw sw.fail(`${name}: ${word !== "" ? word : "is not allowed to be unset"}`);
      if (empty) throw sw.fail(`${name}: ${word !== "" ? word : "is not allowed to be empty"}`);
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
          throw sw.fail(`invalid pattern (${pattern}) in substitution: ${e.message}`);
        throw e;
      }
    }
    default:
      throw sw.fail(`unsupported modifier (${modifier}) in substitution`);
  }
}

// `${V/p/r}` and `${V//p/r}`.
function expandReplace(sw: ShellWord, name: string, start: number): string {
  const all = sw.peek() === SLASH;
  if (all) sw.next();
  let pattern: string;
  try {
    pattern = sw.processStopOn(SLASH, true).result;
  } catch (e) {
    if (e instanceof LexFailure && sw.peek() === EOF) throw sw.fail("syntax error: missing '/' in ${}");
    throw e;
  }
  let replacement: string;
  try {
    replacement = sw.processStopOn(RBRACE, true).result;
  } catch (e) {
    if (e instanceof LexFailure && sw.peek() === EOF) throw sw.fail("syntax error: missing '}'");
    throw e;
  }
  const value = sw.getEnv(name, start);
  if (value === undefined && sw.options.skipUnsetEnv)
    return "${" + name + "/" + pattern + "/" + replacement + "}";
  try {
    return replacePattern(value ?? "", pattern, replacement, all);
  } catch (e) {
    if (e instanceof PatternError)
      throw sw.fail(`invalid pattern (${pattern}) in substitution: ${e.message}`);
    throw e;
  }
}

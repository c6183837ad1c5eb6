// The glob patterns of `${V#p}`, `${V%p}` and `${V/p/r}`, as BuildKit's shell/lex.go turns them into Go
// regular expressions. Go's `.` matches any rune but "\n" while JavaScript's also stops at "\r",
// U+2028 and U+2029, so `.` is spelled `[^\n]` here; the `u` flag makes it match whole code points.

/** Thrown for a pattern BuildKit rejects; the caller wraps it like BuildKit does. */
export class PatternError extends Error {}

const regexSpecials = new Set(["[", "]", "{", "}", ".", "+", "(", ")", "|", "^", "$"]);

/** Converts a shell glob (`*`, `?`, `\` escapes; no brackets) to a RegExp, as convertShellPatternToRegex. */
export function shellPatternToRegExp(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? "^" : "";
  const star = greedy ? "[^\\n]*" : "[^\\n]*?";
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i] as string;
    if (tok === "*") {
      out += star;
      continue;
    }
    if (tok === "?") {
      out += "[^\\n]";
      continue;
    }
    if (tok === "\\") {
      // `}` and `/` are escaped only to get through `${}`; the escape is not part of the pattern.
      const next = chars[i + 1];
      if (next === "}" || next === "/") continue;
      i++;
      if (next !== "*" && next !== "?" && next !== "\\") {
        throw new PatternError(`invalid escape '\\${next ?? "\uFFFD"}'`);
      }
      out += "\\" + next;
      continue;
    }
    if (regexSpecials.has(tok)) out += "\\";
    out += tok;
  }
  return new RegExp(out, "u");
}

/** `${V#p}` / `${V##p}`: drops the shortest (or longest) prefix of `value` matching `pattern`. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const match = shellPatternToRegExp(pattern, greedy, true).exec(value);
  return match ? value.slice(match[0].length) : value;
}

/** `${V%p}` / `${V%%p}`: BuildKit reverses pattern and value to turn a suffix match into a prefix match. */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  return reverseString(trimPrefix(reversePattern(pattern), reverseString(value), greedy));
}

function reverseString(text: string): string {
  return Array.from(text).reverse().join("");
}

// Reverses a pattern but keeps each `\x` escape pair in order (`a\*c` → `c\*a`), as reversePattern.
function reversePattern(pattern: string): string {
  const chars = Array.from(pattern);
  const out: string[] = new Array<string>(chars.length);
  const last = chars.length - 1;
  for (let i = 0; i <= last;) {
    const tok = chars[i] as string;
    const at = last - i;
    if (tok === "\\" && i !== last) {
      out[at - 1] = tok;
      out[at] = chars[i + 1] as string;
      i += 2;
    } else {
      out[at] = tok;
      i++;
    }
  }
  return out.join("");
}

/** `${V/p/r}` and `${V//p/r}`: the first replacement is literal; replace-all uses Go's ReplaceAllString. */
export function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  const re = shellPatternToRegExp(pattern, true, false);
  if (!all) {
    const match = re.exec(value);
    if (!match) return value;
    return value.slice(0, match.index) + replacement + value.slice(match.index + match[0].length);
  }
  return goReplaceAll(new RegExp(re.source, "gu"), value, replacement);
}

// Go skips an empty match right after a previous match and expands `$0`/`${0}`/`$$` in the template.
function goReplaceAll(re: RegExp, src: string, template: string): string {
  let out = "";
  let lastEnd = 0;
  let search = 0;
  while (search <= src.length) {
    re.lastIndex = search;
    const match = re.exec(src);
    if (!match) break;
    const start = match.index;
    const end = start + match[0].length;
    out += src.slice(lastEnd, start);
    if (end > lastEnd || start === 0) out += expandTemplate(template, match[0]);
    lastEnd = end;
    const code = src.codePointAt(search);
    const width = code === undefined ? 0 : code > 0xffff ? 2 : 1;
    if (search + width > end) search += width;
    else if (search + 1 > end) search++;
    else search = end;
  }
  return out + src.slice(lastEnd);
}

const nameChar = /[\p{L}\p{Nd}_]/u;

// Go's Regexp.Expand with no capture groups: only group 0 (the whole match) exists.
function expandTemplate(template: string, whole: string): string {
  let out = "";
  let rest = template;
  for (;;) {
    const dollar = rest.indexOf("$");
    if (dollar < 0) break;
    out += rest.slice(0, dollar);
    rest = rest.slice(dollar + 1);
    if (rest.startsWith("$")) {
      out += "$";
      rest = rest.slice(1);
      continue;
    }
    const brace = rest.startsWith("{");
    const body = brace ? rest.slice(1) : rest;
    let i = 0;
    const chars = Array.from(body);
    let length = 0;
    while (i < chars.length && nameChar.test(chars[i] as string)) length += (chars[i++] as string).length;
    if (length === 0 || (brace && body[length] !== "}")) {
      out += "$";
      continue;
    }
    const name = body.slice(0, length);
    rest = body.slice(length + (brace ? 1 : 0));
    const isNumber = /^[0-9]+$/.test(name) && !(name.length > 1 && name.startsWith("0"));
    if (isNumber && Number(name) === 0) out += whole;
  }
  return out + rest;
}

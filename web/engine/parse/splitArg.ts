/** `NAME=default` or `NAME`, split at the first `=` as BuildKit's instructions.parseArg does. */
export function splitArg(text: string): { name: string; defaultText: string | null } {
  const eq = text.indexOf("=");
  return eq < 0
    ? { name: text, defaultText: null }
    : { name: text.slice(0, eq), defaultText: text.slice(eq + 1) };
}

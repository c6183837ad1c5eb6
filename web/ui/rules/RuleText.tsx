/**
 * Shows a rule explanation's text: `code` and ``code with a ` inside`` as code, the rest as plain
 * text (never as HTML).
 */
export function RuleText({ text }: { text: string }) {
  return splitCode(text).map((part, i) =>
    part.code ? <code key={i}>{part.text}</code> : <span key={i}>{part.text}</span>,
  );
}

export interface TextPart {
  text: string;
  code: boolean;
}

/** Splits text into plain and code parts, as Markdown reads single and double backtick spans. */
export function splitCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pattern = /``(.+?)``|`([^`]+)`/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), code: false });
    parts.push({ text: match[1] ?? match[2] ?? "", code: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), code: false });
  return parts;
}

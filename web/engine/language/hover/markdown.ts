// Hovers show text from the learner's file inside Markdown that Monaco renders untrusted: a value is
// always put in a code span (nothing inside one is a link, emphasis or HTML), shortened and on one line.

const REFERENCE = "https://docs.docker.com/reference/dockerfile/";
const LONGEST = 80;

/** `text` as an inline code span that shows exactly its characters, whatever backticks it holds. */
export function code(text: string): string {
  let value = text.replace(/\s*[\r\n]+\s*/g, " ");
  if (value.length > LONGEST) value = `${value.slice(0, LONGEST - 1)}…`;
  if (value === "") return "an empty string";
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  // A space on each side keeps a leading or trailing backtick apart from the fence.
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A link to a section of Docker's Dockerfile reference. */
export function referenceLink(anchor: string, label: string): string {
  return `[${label}](${REFERENCE}#${anchor})`;
}

/** The heading line every hover starts with: a bold subject, then a few words on it. */
export function heading(subject: string, about: string): string {
  return `**${subject}** — ${about}`;
}

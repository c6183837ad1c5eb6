/** A lesson's Markdown cut into steps: each `## ` heading starts one; what comes before is the first. */
export interface MarkdownStep {
  title: string;
  body: string;
}

/**
 * Splits text.md into steps at level-2 headings outside code fences. A leading `# ` heading is the
 * lesson's title, which the lesson pane shows itself: it is dropped, and the first step takes
 * `firstTitle`.
 */
export function splitSteps(markdown: string, firstTitle: string): MarkdownStep[] {
  const steps: MarkdownStep[] = [];
  let title = firstTitle;
  let lines: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const body = lines.join("\n").trim();
    if (body !== "" || steps.length > 0) steps.push({ title, body });
    lines = [];
  };
  for (const line of markdown.split("\n")) {
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (opener) {
      if (fence === null) fence = opener[0]!.repeat(opener.length);
      else if (opener.startsWith(fence)) fence = null;
    }
    const heading = fence === null ? /^(#{1,2})\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (heading?.[1] === "#" && steps.length === 0 && lines.every((l) => l.trim() === "")) continue;
    if (heading?.[1] === "##") {
      flush();
      title = heading[2]!;
      continue;
    }
    lines.push(line);
  }
  flush();
  return steps;
}

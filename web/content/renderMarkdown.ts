import MarkdownIt from "markdown-it";

// Lesson text is Markdown only: raw HTML in it is shown as text, never injected, and markdown-it's
// link validation drops javascript:, vbscript: and data: URLs.
const md = new MarkdownIt({ html: false, linkify: false, typographer: true });

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token && /^https?:/i.test(token.attrGet("href") ?? "")) {
    token.attrSet("target", "_blank");
    token.attrSet("rel", "noopener noreferrer");
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Renders lesson Markdown to HTML that is safe to insert. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}

/** Renders a short Markdown fragment (a hint) without the wrapping paragraph. */
export function renderMarkdownInline(text: string): string {
  return md.renderInline(text);
}

import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { ruleLink } from "./ruleLinks.ts";

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

// An inline code span that is a whole rule name (`JSONArgsRecommended`, `cache-mount-not-in-image`)
// links what the rule means, still shown as code: Docker's page for a BuildKit check, Stageplay's
// page for a teaching check. A span already inside a link stays as it is.
const defaultCodeInline =
  md.renderer.rules.code_inline ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.code_inline = (tokens, idx, options, env, self) => {
  const code = defaultCodeInline(tokens, idx, options, env, self);
  const link = insideLink(tokens, idx) ? null : ruleLink(tokens[idx]?.content);
  if (!link) return code;
  const href = md.utils.escapeHtml(link.href);
  return link.external
    ? `<a href="${href}" target="_blank" rel="noopener noreferrer">${code}</a>`
    : `<a href="${href}">${code}</a>`;
};

function insideLink(tokens: Token[], idx: number): boolean {
  for (let i = idx - 1; i >= 0; i--) {
    const type = tokens[i]?.type;
    if (type === "link_close") return false;
    if (type === "link_open") return true;
  }
  return false;
}

/** Renders lesson Markdown to HTML that is safe to insert. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}

/** Renders a short Markdown fragment (a hint) without the wrapping paragraph. */
export function renderMarkdownInline(text: string): string {
  return md.renderInline(text);
}

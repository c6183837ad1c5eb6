import { describe, expect, it } from "vitest";
import { renderMarkdown, renderMarkdownInline } from "./renderMarkdown";

describe("lesson Markdown", () => {
  it("renders headings, emphasis and code", () => {
    expect(renderMarkdown("# Title\n\nSome **bold** `COPY`")).toBe(
      "<h1>Title</h1>\n<p>Some <strong>bold</strong> <code>COPY</code></p>\n",
    );
  });
  it("shows raw HTML as text instead of injecting it", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });
  it("refuses javascript: links", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).not.toContain("href");
  });
  it("opens web links in a new tab without giving it this window", () => {
    expect(renderMarkdownInline("[docs](https://docs.docker.com/)")).toBe(
      '<a href="https://docs.docker.com/" target="_blank" rel="noopener noreferrer">docs</a>',
    );
  });
});

describe("rule names in lesson text", () => {
  it("link a teaching check's name to its page, still shown as code", () => {
    expect(renderMarkdownInline("See `cache-mount-not-in-image`.")).toBe(
      'See <a href="#/checks/cache-mount-not-in-image"><code>cache-mount-not-in-image</code></a>.',
    );
  });
  it("link a BuildKit check's name to Docker's page in a new tab", () => {
    expect(renderMarkdownInline("`JSONArgsRecommended`")).toBe(
      '<a href="https://docs.docker.com/go/dockerfile/rule/json-args-recommended/" target="_blank" rel="noopener noreferrer"><code>JSONArgsRecommended</code></a>',
    );
  });
  it("leave other code alone: unknown words, a rule name inside a longer span, a span already linked", () => {
    expect(renderMarkdownInline("`--from` and `COPY`")).toBe("<code>--from</code> and <code>COPY</code>");
    expect(renderMarkdownInline("`# check=skip=JSONArgsRecommended`")).toBe(
      "<code># check=skip=JSONArgsRecommended</code>",
    );
    expect(renderMarkdownInline("[`venv-moved`](https://example.com/)")).toBe(
      '<a href="https://example.com/" target="_blank" rel="noopener noreferrer"><code>venv-moved</code></a>',
    );
  });
  it("never touch code blocks", () => {
    expect(renderMarkdown("```\nJSONArgsRecommended\n```\n\n    venv-moved\n")).toBe(
      "<pre><code>JSONArgsRecommended\n</code></pre>\n<pre><code>venv-moved\n</code></pre>\n",
    );
  });
});

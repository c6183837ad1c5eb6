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

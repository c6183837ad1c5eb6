import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InlineCode } from "./InlineCode";

const html = (text: string) => renderToStaticMarkup(<InlineCode text={text} />);

describe("InlineCode", () => {
  it("shows backticked spans as code and the rest as text", () => {
    expect(html("run `npm ci` before `npm run build`.")).toBe(
      "run <code>npm ci</code> before <code>npm run build</code>.",
    );
  });

  it("never reads the message as HTML", () => {
    expect(html("`<b>` and <i>x</i>")).toBe("<code>&lt;b&gt;</code> and &lt;i&gt;x&lt;/i&gt;");
  });

  it("leaves a lone or empty pair of backticks as text", () => {
    expect(html("a `` b")).toBe("a `` b");
    expect(html("it costs 5` c")).toBe("it costs 5` c");
  });
});

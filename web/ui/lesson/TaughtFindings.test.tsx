import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { findLesson } from "../../content/course";
import { TaughtFindings } from "./TaughtFindings";

describe("the findings a lesson explains", () => {
  it("link a teaching check to its page and a BuildKit check to Docker's", () => {
    const html = renderToStaticMarkup(<TaughtFindings lesson={findLesson("layers-only-add")!} />);
    expect(html).toContain('<a href="#/checks/removed-in-later-layer"><code>removed-in-later-layer</code>');
    const first = renderToStaticMarkup(<TaughtFindings lesson={findLesson("why-images-get-fat")!} />);
    expect(first).toMatch(
      /<a href="https:\/\/docs\.docker\.com\/[^"]*json-args-recommended[^"]*" target="_blank"/i,
    );
  });
});

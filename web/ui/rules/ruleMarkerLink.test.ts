import { describe, expect, it } from "vitest";
import { appPageHash, ruleTargetUrl } from "./ruleMarkerLink";

const PAGE = "http://127.0.0.1:4173/#/lessons/layers-only-add";

describe("a marker's rule link", () => {
  it("is our page's absolute URL for a teaching check", () => {
    expect(ruleTargetUrl("removed-in-later-layer", PAGE)).toBe(
      "http://127.0.0.1:4173/#/checks/removed-in-later-layer",
    );
  });
  it("is Docker's page for a BuildKit check, and nothing for a note without one", () => {
    expect(ruleTargetUrl("JSONArgsRecommended", PAGE)).toBe(
      "https://docs.docker.com/go/dockerfile/rule/json-args-recommended/",
    );
    expect(ruleTargetUrl("unknown-command", PAGE)).toBeNull();
    expect(ruleTargetUrl(null, PAGE)).toBeNull();
  });
  it("opens in this window only when it is a page of this app", () => {
    expect(appPageHash("http://127.0.0.1:4173/#/checks/venv-moved", PAGE)).toBe("#/checks/venv-moved");
    expect(appPageHash("https://docs.docker.com/go/dockerfile/rule/json-args-recommended/", PAGE)).toBeNull();
    expect(appPageHash("http://127.0.0.1:4173/other/#/checks/venv-moved", PAGE)).toBeNull();
    expect(appPageHash("not a url", PAGE)).toBeNull();
  });
});

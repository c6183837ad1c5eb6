// The rule name in the editor's marker hover links the same place as the Checks tab. Monaco takes a
// marker's link as an absolute URI and opens http(s) links in a new window, so a page of Stageplay
// gets an absolute URL here and is opened in this window by `appPageHash`.
import { ruleLink } from "../../content/ruleLinks";

/** The absolute URL a marker's rule name links to, or null when the rule has no explanation. */
export function ruleTargetUrl(rule: string | null | undefined, pageUrl: string): string | null {
  const link = ruleLink(rule);
  if (!link) return null;
  return link.external ? link.href : new URL(link.href, pageUrl).toString();
}

/** The hash to go to when `url` is a page of this app (same document, a hash route), else null. */
export function appPageHash(url: string, pageUrl: string): string | null {
  let target: URL;
  let page: URL;
  try {
    target = new URL(url);
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  if (target.origin !== page.origin || target.pathname !== page.pathname || target.search !== page.search)
    return null;
  return target.hash.startsWith("#/") ? target.hash : null;
}

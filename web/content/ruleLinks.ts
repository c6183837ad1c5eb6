// Where a rule name leads, without the explanations' text: the Checks tab, the editor's markers and
// lesson text link rule names, and the pages with the text load only when opened.
import { RULES as BUILDKIT_RULES } from "../engine/checks/buildkit/ruleset.ts";

/** Every teaching check that has a page in ruleDocs, by rule name. */
export const TEACHING_RULE_NAMES: readonly string[] = [
  "python-deps-not-copied",
  "pip-user-site-not-copied",
  "console-scripts-not-copied",
  "venv-moved",
  "python-version-mismatch",
  "native-libc-mismatch",
  "dynamic-binary-without-libc",
  "glibc-too-old",
  "shell-form-without-shell",
  "cmd-repeats-entrypoint",
  "user-not-in-passwd",
  "cache-mount-not-in-image",
  "image-would-not-start",
  "missing-ca-certificates",
  "missing-zoneinfo",
  "files-owned-by-root",
  "final-image-ships-compiler",
  "pip-cache-in-image",
  "build-cache-in-image",
  "removed-in-later-layer",
  "chown-duplicates-files",
  "source-copied-before-install",
  "tests-copied-into-image",
  "base-image-latest",
  "stage-never-built",
  "test-stage-never-runs",
  "test-stage-is-default-target",
  "debug-stage-is-default-target",
  "global-arg-not-redeclared",
  "env-not-carried",
  "runs-as-root",
  "secret-in-layer",
];

/** Every BuildKit build check the engine implements, in BuildKit's order. */
export const BUILDKIT_RULE_NAMES: readonly string[] = Object.keys(BUILDKIT_RULES);

/** The index of every rule, and one rule's page. */
export const RULES_INDEX_HREF = "#/checks";
export const rulePageHref = (rule: string) => `${RULES_INDEX_HREF}/${rule}`;

export interface RuleLink {
  href: string;
  /** Docker's documentation, opened in a new tab; else a page of Stageplay. */
  external: boolean;
}

/** Where a rule name leads: Docker's page for a BuildKit check, our page for a teaching check. */
export function ruleLink(rule: string | null | undefined): RuleLink | null {
  if (!rule) return null;
  if (Object.hasOwn(BUILDKIT_RULES, rule)) {
    const buildkit = (BUILDKIT_RULES as Record<string, { url: string }>)[rule];
    if (buildkit) return { href: buildkit.url, external: true };
  }
  if (TEACHING_RULE_NAMES.includes(rule)) return { href: rulePageHref(rule), external: false };
  return null;
}

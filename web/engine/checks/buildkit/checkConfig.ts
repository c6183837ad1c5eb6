// The `# check=` directive (linter.ParseLintOptions): which rules to skip, which experimental rules
// to enable, and whether violations fail the build. A `# check=` comment directly above an
// instruction adds its skips and experiments for that instruction only.
import { goQuote } from "../../parse/goQuote";
import type { BuildKitRule } from "./ruleset";
import { parseGoBool, splitN } from "../../parse/goStrings";

export interface CheckConfig {
  skipAll: boolean;
  skip: ReadonlySet<string>;
  experimentalAll: boolean;
  experimental: ReadonlySet<string>;
  /** `error=true`: every violation is an error and the build fails. */
  error: boolean;
}

export const DEFAULT_CHECK_CONFIG: CheckConfig = {
  skipAll: false,
  skip: new Set(),
  experimentalAll: false,
  experimental: new Set(),
  error: false,
};

/** Parses `skip=A,B|all;error=bool;experimental=A|all`; the error is BuildKit's text. */
export function parseCheckOptions(text: string): { config: CheckConfig } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { config: DEFAULT_CHECK_CONFIG };
  const config = { ...DEFAULT_CHECK_CONFIG };
  // strings.SplitN(s, ";", 3): a third part keeps any further `;` in its value.
  for (const part of splitN(trimmed, ";", 3)) {
    const eq = part.indexOf("=");
    if (eq < 0) return { error: `invalid check option ${goQuote(part)}` };
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    switch (key) {
      case "skip":
        if (value === "all") config.skipAll = true;
        else config.skip = new Set(value.split(",").map((name) => name.trim()));
        break;
      case "experimental":
        if (value === "all") config.experimentalAll = true;
        else config.experimental = new Set(value.split(",").map((name) => name.trim()));
        break;
      case "error": {
        const flag = parseGoBool(value);
        if (flag === null) {
          return {
            error: `failed to parse check option ${goQuote(part)}: strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`,
          };
        }
        config.error = flag;
        break;
      }
      default:
        return { error: `invalid check option ${goQuote(key)}` };
    }
  }
  return { config };
}

const directiveComment = /^check\s*=\s*(.*)$/i;

/**
 * The `# check=` among an instruction's comments (the first one; its value ends at the first space,
 * so `# check=skip=X // why` works). A comment that does not parse changes nothing.
 */
export function configFromComments(comments: readonly string[]): CheckConfig | null {
  for (const comment of comments) {
    const match = directiveComment.exec(comment.trim());
    if (!match) continue;
    const value = (match[1] as string).trim().split(" ")[0] as string;
    const parsed = parseCheckOptions(value);
    return "config" in parsed ? parsed.config : null;
  }
  return null;
}

/**
 * Whether a rule reports, as linter.Run decides: experimental rules only when enabled (which wins
 * over `skip=all`), other rules unless skipped in the file or in the instruction's own comment.
 */
export function isRuleEnabled(rule: BuildKitRule, file: CheckConfig, local: CheckConfig | null): boolean {
  const configs = local ? [file, local] : [file];
  if (rule.experimental) return configs.some((c) => c.experimentalAll || c.experimental.has(rule.name));
  return !configs.some((c) => c.skipAll || c.skip.has(rule.name));
}

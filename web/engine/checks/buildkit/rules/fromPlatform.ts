import { parsePlatform } from "../../../stages/platformArgs";
import type { Stage } from "../../../stages/types";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { Finding } from "../types";
import { platformFlag, processWithMatches } from "./platformFlag";

/**
 * RedundantTargetPlatform and FromPlatformFlagConstDisallowed (after parsing), from FROM's
 * `--platform`: `$TARGETPLATFORM` alone is the default anyway; a constant pins one platform, which
 * is only expected when the stage name says so (contains the OS or architecture).
 */
export function fromPlatform(
  stages: readonly Stage[],
  globalArgs: ReadonlyMap<string, string>,
  escapeChar: "\\" | "`",
): Finding[] {
  const findings: Finding[] = [];
  for (const stage of stages) {
    const flag = platformFlag(stage);
    if (!flag) continue;
    const text = flag.value as string;
    const match = processWithMatches(text, globalArgs, escapeChar);
    const at = { range: stage.from.range, instruction: stage.from };
    if (
      match.matched.size === 1 &&
      match.unmatched.size === 0 &&
      match.matched.has("TARGETPLATFORM") &&
      match.value === globalArgs.get("TARGETPLATFORM")
    ) {
      findings.push({
        rule: "RedundantTargetPlatform",
        message: MESSAGES.RedundantTargetPlatform(text),
        fix: FIXES.RedundantTargetPlatform(text),
        ...at,
      });
    }
    if (match.matched.size > 0 || match.unmatched.size > 0 || match.error) continue;
    const platform = parseConstantPlatform(match.value);
    if (!platform) continue;
    const name = stage.name ?? "";
    if (name.includes(platform.os) || name.includes(platform.architecture)) continue;
    findings.push({
      rule: "FromPlatformFlagConstDisallowed",
      message: MESSAGES.FromPlatformFlagConstDisallowed(match.value),
      fix: FIXES.FromPlatformFlagConstDisallowed(),
      ...at,
    });
  }
  return findings;
}

const KNOWN_OS = new Set([
  "linux",
  "windows",
  "darwin",
  "freebsd",
  "netbsd",
  "openbsd",
  "solaris",
  "illumos",
]);

// containerd's platforms.Parse also takes a lone OS or architecture, filling in the other half.
function parseConstantPlatform(text: string) {
  if (text.includes("/")) return parsePlatform(text);
  const lone = text.trim().toLowerCase();
  if (!/^[a-z0-9_.-]+$/.test(lone)) return null;
  return KNOWN_OS.has(lone) ? parsePlatform(`${lone}/amd64`) : parsePlatform(`linux/${lone}`);
}

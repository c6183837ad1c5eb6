import { splitArg } from "../../../stages/buildStages";
import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

const token = (words: string[]) => new RegExp(`(?:_|^)(?:${words.join("|")})(?:_|$)`, "i");
const SECRET = token([
  "apikey",
  "auth",
  "credential",
  "credentials",
  "key",
  "password",
  "pword",
  "passwd",
  "secret",
  "token",
]);
const ALLOWED = token(["public", "file", "version"]);

/** Whether BuildKit takes an ARG or ENV name for a secret (validateNoSecretKey). */
export function looksLikeSecret(key: string): boolean {
  return SECRET.test(key) && !ALLOWED.test(key);
}

/**
 * SecretsUsedInArgOrEnv (dispatch): a stage ARG or ENV whose name has a `_`-delimited word such as
 * password, secret, token or key, and none of public, file or version.
 */
export function secretsUsedInArgOrEnv(): DispatchRule {
  return ({ instruction, expand }, findings) => {
    let keys: { kind: "ARG" | "ENV"; key: string }[];
    if (instruction.keyword === "ARG") {
      keys = instruction.args.map((word) => ({ kind: "ARG", key: splitArg(word.value).name }));
    } else if (instruction.keyword === "ENV") {
      keys = (instruction.pairs ?? []).map((pair) => {
        const expanded = expand(pair.key.value);
        return { kind: "ENV", key: expanded.error ? pair.key.value : expanded.value };
      });
    } else return;
    for (const { kind, key } of keys) {
      if (!looksLikeSecret(key)) continue;
      findings.push({
        rule: "SecretsUsedInArgOrEnv",
        message: MESSAGES.SecretsUsedInArgOrEnv(kind, key),
        fix: FIXES.SecretsUsedInArgOrEnv(kind, key),
        range: instruction.range,
        instruction,
      });
    }
  };
}

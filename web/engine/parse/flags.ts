// bflag.go and the RUN flag hooks: which flags each instruction takes, and the errors for the rest.
import { goQuote } from "./goQuote";
import { withSuggestion } from "./suggest";
import type { Flag } from "./types";

type FlagKind = "bool" | "string" | "strings";

const ALLOWED: Record<string, Record<string, FlagKind>> = {
  FROM: { platform: "string" },
  COPY: {
    from: "string",
    chown: "string",
    chmod: "string",
    link: "bool",
    parents: "bool",
    exclude: "strings",
  },
  ADD: {
    chown: "string",
    chmod: "string",
    link: "bool",
    "keep-git-dir": "bool",
    checksum: "string",
    unpack: "bool",
    exclude: "strings",
  },
  RUN: { mount: "strings", network: "string", security: "string", device: "strings" },
  HEALTHCHECK: {
    interval: "string",
    timeout: "string",
    "start-period": "string",
    "start-interval": "string",
    retries: "string",
  },
};

/** The flags BuildKit's `keyword` takes, without dashes (labs-only flags included). */
export function flagsOf(keyword: string): string[] {
  return Object.keys(ALLOWED[keyword] ?? {});
}

/** Whether BuildKit's `keyword` takes a `--name` flag (labs-only flags included). */
export function takesFlag(keyword: string, name: string): boolean {
  return Object.hasOwn(ALLOWED[keyword] ?? {}, name);
}

export interface FlagError {
  message: string;
  flag: Flag;
}

/**
 * BFlags.Parse for one instruction: unknown, repeated and value-less flags, then the RUN values
 * BuildKit checks at parse time. Stops at the first error, as BuildKit does.
 * `labs` is whether the syntax directive selects a labs frontend, which enables `RUN --device`.
 */
export function checkFlags(keyword: string, flags: readonly Flag[], labs: boolean): FlagError | null {
  const allowed = ALLOWED[keyword] ?? {};
  for (let index = 0; index < flags.length; index++) {
    const flag = flags[index] as Flag;
    const kind = Object.hasOwn(allowed, flag.name) ? allowed[flag.name] : undefined;
    if (!kind) {
      // bflag.go: suggest.WrapError(err, arg, allFlags(bf.flags), true), names without dashes.
      const message = withSuggestion(`unknown flag: --${flag.name}`, flag.name, Object.keys(allowed), true);
      return { message, flag };
    }
    if (kind !== "strings" && flags.slice(0, index).some((earlier) => earlier.name === flag.name)) {
      return { message: `duplicate flag specified: --${flag.name}`, flag };
    }
    if (kind === "bool") {
      if (flag.value === "") return { message: `missing a value on flag: --${flag.name}`, flag };
      const value = (flag.value ?? "true").toLowerCase();
      if (value !== "true" && value !== "false") {
        return { message: `expecting boolean value for flag ${flag.name}, not: ${flag.value}`, flag };
      }
    } else if (flag.value === null) return { message: `missing a value on flag: --${flag.name}`, flag };
  }
  return keyword === "RUN" ? checkRunValues(flags, labs) : null;
}

function checkRunValues(flags: readonly Flag[], labs: boolean): FlagError | null {
  // BuildKit's post-parse hooks run in file order: device, mount (left to the graph), network, security.
  const device = flags.find((flag) => flag.name === "device");
  if (device && !labs) {
    return {
      message: "device feature is only supported in Dockerfile frontend 1.14.0-labs or later",
      flag: device,
    };
  }
  const network = flags.findLast((flag) => flag.name === "network");
  if (network && !["default", "none", "host"].includes(network.value ?? "")) {
    return { message: `invalid network mode ${goQuote(network.value ?? "")}`, flag: network };
  }
  const security = flags.findLast((flag) => flag.name === "security");
  if (security && !["sandbox", "insecure"].includes(security.value ?? "")) {
    return { message: `security ${goQuote(security.value ?? "")} is not valid`, flag: security };
  }
  return null;
}

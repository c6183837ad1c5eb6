// curl and wget. What a URL serves is unknown offline: a downloaded file gets an estimated size,
// flagged, and the layer is partly known. A slim Debian image has neither program (learner
// question 23's "curl: not found" at build time); Alpine's BusyBox has wget but not curl.
import { DURATION } from "../estimateDuration";
import { basename } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { at, put } from "../writeNodes";
import { notFoundMessage } from "./requireProgram";

/**
 * What a URL probably serves, by its file name: sizes are EST (not in image-facts.md), flagged on
 * the node, and only orders of magnitude — an installer script is kilobytes, a toolchain's release
 * archive tens of megabytes.
 */
const DOWNLOAD_KINDS: readonly { pattern: RegExp; bytes: number; what: string }[] = [
  {
    pattern: /\.(sh|bash|py|pl|rb|ps1)$|\/(install|get|setup)[^/.]*$/i,
    bytes: 20_000,
    what: "an installer script",
  },
  { pattern: /\.(tar\.(gz|xz|bz2|zst)|tgz|txz|tbz2?|zip)$/i, bytes: 30_000_000, what: "a release archive" },
  { pattern: /\.(deb|rpm|apk|jar|whl|msi)$/i, bytes: 10_000_000, what: "a package" },
  {
    pattern: /\.(asc|sig|sha256|sha512|sha256sum|pem|crt|key|json|txt|ya?ml|toml|conf)$/i,
    bytes: 4_000,
    what: "a small text file",
  },
];
const OTHER_DOWNLOAD = { bytes: 5_000_000, what: "a file of unknown kind" };

/** The size assumed for what `url` serves, and what it is taken to be. */
export function downloadGuess(url: string): { bytes: number; what: string } {
  const name = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
  return DOWNLOAD_KINDS.find((kind) => kind.pattern.test(name)) ?? OTHER_DOWNLOAD;
}

const CURL_VALUE_FLAGS = new Set([
  "-o",
  "--output",
  "-H",
  "--header",
  "-X",
  "--request",
  "-d",
  "--data",
  "-u",
  "--user",
  "-A",
  "--user-agent",
  "--retry",
  "--connect-timeout",
  "-m",
  "--max-time",
  "-w",
  "--write-out",
  "--proto",
  "-e",
  "--referer",
  "-b",
  "--cookie",
  "-c",
  "-T",
  "-x",
  "--proxy",
  "-F",
  "--form",
  "--cacert",
]);
const WGET_VALUE_FLAGS = new Set([
  "-O",
  "--output-document",
  "-P",
  "--directory-prefix",
  "--header",
  "-U",
  "--user-agent",
  "-t",
  "--tries",
  "-T",
  "--timeout",
]);

function available(state: ShellState, program: "curl" | "wget"): boolean {
  if (state.fs.resolve(`/usr/bin/${program}`)) return true;
  const base = state.ctx.base;
  if (!base || base.family === "unknown") return true;
  if (program === "wget" && (base.os.distro === "alpine" || base.os.distro === "busybox")) return true;
  return base.contents.some((content) => content.name === program);
}

function notFound(state: ShellState, program: string): Outcome {
  return {
    status: 127,
    note: `${program} is not installed in this image`,
    error: notFoundMessage(state, program),
    missing: program,
    fix: `Install it first (apt-get install -y --no-install-recommends ${program} ca-certificates), or download in a builder stage, or use ADD <url>.`,
  };
}

function urlOf(args: readonly string[], valueFlags: ReadonlySet<string>): string | null {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (valueFlags.has(arg)) i++;
    else if (/^(https?|ftp):\/\//.test(arg)) return arg;
  }
  return null;
}

function fileNameOf(url: string): string {
  return basename(url.replace(/[?#].*$/, "").replace(/\/+$/, "")) || "index.html";
}

function save(call: Invocation, path: string, url: string): Outcome {
  const guess = downloadGuess(url);
  put(call.state, path, { sizeBytes: guess.bytes, estimated: true, mode: 0o644 });
  const size = guess.bytes >= 1_000_000 ? `${guess.bytes / 1e6} MB` : `${guess.bytes / 1e3} kB`;
  return {
    status: 0,
    partial: true,
    note: `downloaded ${url} to ${path} (size unknown offline; ${size} assumed for ${guess.what})`,
    durationMs: DURATION.download,
    durationNote: `${call.program} download`,
  };
}

function curl(call: Invocation): Outcome {
  if (!available(call.state, "curl")) return notFound(call.state, "curl");
  const { args } = call;
  const url = urlOf(args, CURL_VALUE_FLAGS);
  if (!url)
    return { status: null, partial: true, writesUnknown: true, note: "a request Stageplay does not follow" };
  let output: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "-o" || arg === "--output") output = args[i + 1] ?? null;
    else if (arg.startsWith("--output=")) output = arg.slice("--output=".length);
    else if (/^-[a-zA-Z]*O$/.test(arg) || arg === "--remote-name") output = fileNameOf(url);
    else if (/^-[a-zA-Z]*o$/.test(arg) && arg.length > 2) output = args[i + 1] ?? null;
  }
  if (output === null || output === "-") {
    return {
      status: 0,
      partial: true,
      stdout: null,
      note: `prints ${url} (its content is unknown offline)`,
      durationMs: DURATION.download,
      durationNote: "curl download",
    };
  }
  return save(call, at(call.state, output), url);
}

function wget(call: Invocation): Outcome {
  if (!available(call.state, "wget")) return notFound(call.state, "wget");
  const { args } = call;
  const url = urlOf(args, WGET_VALUE_FLAGS);
  if (!url)
    return { status: null, partial: true, writesUnknown: true, note: "a request Stageplay does not follow" };
  let output: string | null = null;
  let prefix = ".";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "-O" || arg === "--output-document" || /^-[a-zA-Z]*O$/.test(arg))
      output = args[i + 1] ?? null;
    else if (/^-[a-zA-Z]*O.+/.test(arg)) output = arg.slice(arg.indexOf("O") + 1);
    else if (arg.startsWith("--output-document=")) output = arg.slice("--output-document=".length);
    else if (arg === "-P" || arg === "--directory-prefix") prefix = args[i + 1] ?? ".";
  }
  if (output === "-") {
    return {
      status: 0,
      partial: true,
      stdout: null,
      note: `prints ${url} (its content is unknown offline)`,
      durationMs: DURATION.download,
      durationNote: "wget download",
    };
  }
  return save(call, at(call.state, output ?? `${prefix}/${fileNameOf(url)}`), url);
}

export const DOWNLOAD_COMMANDS: Readonly<Record<string, CommandHandler>> = { curl, wget };

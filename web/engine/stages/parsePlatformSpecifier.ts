// containerd/platforms Parse, which BuildKit runs on every FROM --platform value after expansion
// (dockerfile2llb buildDispatchStates): its syntax, normalisations and error texts.
import { goQuote } from "../parse/goQuote";
import type { Platform } from "./platformArgs";
import { splitN } from "../parse/goStrings";

const specifier = /^[A-Za-z0-9_.-]+$/;
const osAndOptions = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.%-]*)((?:\+[A-Za-z0-9_.%-]+)*)\))?$/;
const knownOS = new Set(
  "aix android darwin dragonfly freebsd hurd illumos ios js linux nacl netbsd openbsd plan9 solaris windows zos".split(
    " ",
  ),
);
const knownArch = new Set(
  "386 amd64 amd64p32 arm armbe arm64 arm64be ppc64 ppc64le loong64 mips mipsle mips64 mips64le mips64p32 mips64p32le ppc riscv riscv64 s390 s390x sparc sparc64 wasm".split(
    " ",
  ),
);
// What the frontend's own runtime fills in for a lone OS or architecture: BuildKit runs on linux/amd64 here.
const RUNTIME: Platform = { os: "linux", architecture: "amd64", variant: "" };
const INVALID = "invalid argument";

/** The parsed platform, or containerd's error text (e.g. `"x": unknown operating system or architecture: invalid argument`). */
export type PlatformParse = { platform: Platform; error: null } | { platform: null; error: string };

/** Parses `os[(version)]`, `arch`, `os/arch` or `os/arch/variant` exactly as containerd's platforms.Parse. */
export function parsePlatformSpecifier(text: string): PlatformParse {
  const fail = (error: string): PlatformParse => ({ platform: null, error });
  if (text.includes("*")) return fail(`${goQuote(text)}: wildcards not yet supported: ${INVALID}`);
  const parts = splitN(text, "/", 4);
  let os = "";
  for (const [i, part] of parts.entries()) {
    if (i === 0) {
      const match = osAndOptions.exec(part);
      if (!match) {
        return fail(
          `${goQuote(part)} is an invalid OS component of ${goQuote(text)}: OSAndVersion specifier component must match ${goQuote(osAndOptions.source)}: ${INVALID}`,
        );
      }
      os = normalizeOS(match[1] as string);
      const version = match[2] ?? "";
      const badVersion = urlEscapeError(version);
      if (badVersion)
        return fail(`${goQuote(text)} has an invalid OS version ${goQuote(version)}: ${badVersion}`);
      for (const feature of (match[3] ?? "").split("+").slice(1)) {
        const badFeature = urlEscapeError(feature);
        if (badFeature) {
          return fail(
            `${goQuote(text)} has invalid OS features: invalid os feature ${goQuote(feature)}: ${badFeature}`,
          );
        }
      }
    } else if (!specifier.test(part)) {
      return fail(
        `${goQuote(part)} is an invalid component of ${goQuote(text)}: platform specifier component must match ${goQuote(specifier.source)}: ${INVALID}`,
      );
    }
  }
  if (parts.length === 1) {
    if (knownOS.has(os)) return { platform: { ...RUNTIME, os }, error: null };
    const [architecture, variant] = normalizeArch(parts[0] as string, "");
    if (knownArch.has(architecture)) {
      return {
        platform: {
          os: RUNTIME.os,
          architecture,
          variant: architecture === "arm" && variant === "v7" ? "" : variant,
        },
        error: null,
      };
    }
    return fail(`${goQuote(text)}: unknown operating system or architecture: ${INVALID}`);
  }
  if (parts.length === 2) {
    const [architecture, variant] = normalizeArch(parts[1] as string, "");
    return {
      platform: { os, architecture, variant: architecture === "arm" && variant === "v7" ? "" : variant },
      error: null,
    };
  }
  if (parts.length === 3) {
    const [architecture, variant] = normalizeArch(parts[1] as string, parts[2] as string);
    return {
      platform: { os, architecture, variant: architecture === "arm64" && variant === "" ? "v8" : variant },
      error: null,
    };
  }
  return fail(`${goQuote(text)}: cannot parse platform specifier: ${INVALID}`);
}

function normalizeOS(os: string): string {
  const lower = os.toLowerCase();
  return lower === "macos" ? "darwin" : lower;
}

function normalizeArch(arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  const v = variant.toLowerCase();
  switch (a) {
    case "i386":
      return ["386", ""];
    case "x86_64":
    case "x86-64":
      return ["amd64", ""];
    case "aarch64":
    case "arm64":
      return ["arm64", v === "8" || v === "v8" ? "" : v];
    case "armhf":
      return ["arm", "v7"];
    case "armel":
      return ["arm", "v6"];
    case "arm":
      if (v === "" || v === "7") return ["arm", "v7"];
      return ["arm", v === "5" || v === "6" || v === "8" ? "v" + v : v];
  }
  return [a, v];
}

/** url.PathUnescape's error for a `%` not followed by two hex digits, or null. */
function urlEscapeError(text: string): string | null {
  for (let i = text.indexOf("%"); i >= 0; i = text.indexOf("%", i + 1)) {
    if (!/^%[0-9A-Fa-f]{2}/.test(text.slice(i))) return `invalid URL escape ${goQuote(text.slice(i, i + 3))}`;
    i += 2;
  }
  return null;
}

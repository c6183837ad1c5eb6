// The automatic platform ARGs BuildKit defines (dockerfile2llb defaultArgs). Stageplay simulates a
// linux/amd64 machine, so that is the build platform and, unless asked otherwise, the target.

/** An OCI platform: os, architecture and optional variant. */
export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

/** The platform Stageplay simulates builds on. */
export const DEFAULT_PLATFORM: Platform = { os: "linux", architecture: "amd64", variant: "" };

const architectureAliases: Record<string, [string, string]> = {
  x86_64: ["amd64", ""],
  "x86-64": ["amd64", ""],
  aarch64: ["arm64", ""],
  armhf: ["arm", "v7"],
  armel: ["arm", "v6"],
  i386: ["386", ""],
};

/** Reads `os/arch[/variant]` with containerd's common normalisations; null when it is not one. */
export function parsePlatform(text: string): Platform | null {
  const parts = text.trim().toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return null;
  const [os, arch, variant = ""] = parts as [string, string, string?];
  const [architecture, aliasVariant] = architectureAliases[arch] ?? [arch, ""];
  let v = variant || aliasVariant;
  if (architecture === "arm64" && v === "v8") v = "";
  if (architecture === "arm" && v === "") v = "v7";
  return { os, architecture, variant: v };
}

/** `os/arch[/variant]`. */
export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/** BUILDPLATFORM, TARGETPLATFORM and friends, TARGETSTAGE, with `--build-arg` overriding any of them. */
export function automaticArgs(
  build: Platform,
  target: Platform,
  targetStage: string,
  buildArgs: Readonly<Record<string, string>>,
): Map<string, string> {
  const entries: [string, string][] = [
    ["BUILDPLATFORM", formatPlatform(build)],
    ["BUILDOS", build.os],
    ["BUILDOSVERSION", ""],
    ["BUILDARCH", build.architecture],
    ["BUILDVARIANT", build.variant],
    ["TARGETPLATFORM", formatPlatform(target)],
    ["TARGETOS", target.os],
    ["TARGETOSVERSION", ""],
    ["TARGETARCH", target.architecture],
    ["TARGETVARIANT", target.variant],
    ["TARGETSTAGE", targetStage],
  ];
  return new Map(
    entries.map(([key, value]) => [key, Object.hasOwn(buildArgs, key) ? (buildArgs[key] as string) : value]),
  );
}

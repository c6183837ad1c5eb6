// Where an installed system package's bytes go in the simulated tree, and what it is. A package is
// one bulk node at a path a learner recognises (/usr/bin/gcc, /usr/lib/x86_64-linux-gnu/libpq.so.5)
// carrying the whole install's size, plus facts the verdict and the teaching checks read.
import type { FileFact } from "../../types";

const TOOLS: Readonly<Record<string, { name: string; role: Extract<FileFact, { kind: "tool" }>["role"] }>> = {
  gcc: { name: "gcc", role: "compiler" },
  "g++": { name: "g++", role: "compiler" },
  clang: { name: "clang", role: "compiler" },
  "build-essential": { name: "gcc", role: "compiler" },
  "build-base": { name: "gcc", role: "compiler" },
  make: { name: "make", role: "build-tool" },
  cmake: { name: "cmake", role: "build-tool" },
  curl: { name: "curl", role: "network-tool" },
  wget: { name: "wget", role: "network-tool" },
  git: { name: "git", role: "vcs" },
  bash: { name: "bash", role: "shell" },
  "python3-pip": { name: "pip", role: "package-manager" },
  "py3-pip": { name: "pip", role: "package-manager" },
  npm: { name: "npm", role: "package-manager" },
};

/**
 * Programs their packages install outside /usr/bin (Alpine's tini is /sbin/tini, as its image docs
 * and `ENTRYPOINT ["/sbin/tini", "--"]` in many Dockerfiles say), by package manager.
 */
const PROGRAM_PATHS: Readonly<Record<string, Readonly<Record<"apt" | "apk", string>>>> = {
  tini: { apk: "/sbin/tini", apt: "/usr/bin/tini" },
  "su-exec": { apk: "/sbin/su-exec", apt: "/usr/bin/su-exec" },
  gosu: { apk: "/usr/bin/gosu", apt: "/usr/sbin/gosu" },
  "dumb-init": { apk: "/usr/bin/dumb-init", apt: "/usr/bin/dumb-init" },
};

export interface PackagePlacement {
  path: string;
  /** Other names for the same program, made as symlinks to `path` (pip3 for pip). */
  aliases?: string[];
  facts: FileFact[];
  /** Directory or file: libraries and binaries are files, data trees are directories. */
  type: "file" | "dir";
}

/** Python a distro package provides, by OS release (Debian 12 → 3.11, Debian 13 → 3.13, Ubuntu 24.04 → 3.12). */
const DISTRO_PYTHON: Readonly<Record<string, string>> = {
  bookworm: "3.11.2",
  trixie: "3.13.5",
  noble: "3.12.3",
  jammy: "3.10.12",
};

/** Packages whose install brings another the simulator models: pip needs python3, npm needs nodejs. */
const REQUIRES: Readonly<Record<string, string>> = {
  "python3-pip": "python3",
  "python3-venv": "python3",
  "python3-dev": "python3",
  "py3-pip": "python3",
  npm: "nodejs",
};

/** The names to install, each after what it requires, without repeats. */
export function withDependencies(names: readonly string[]): string[] {
  const all: string[] = [];
  for (const name of names) {
    const required = REQUIRES[name];
    if (required && !all.includes(required)) all.push(required);
    if (!all.includes(name)) all.push(name);
  }
  return all;
}

export function placePackage(name: string, manager: "apt" | "apk", release: string | null): PackagePlacement {
  const tool = TOOLS[name];
  const libDir = manager === "apt" ? "/usr/lib/x86_64-linux-gnu" : "/usr/lib";
  if (name === "build-essential" || name === "build-base" || name === "gcc") {
    return { path: "/usr/bin/gcc", type: "file", facts: [{ kind: "tool", name: "gcc", role: "compiler" }] };
  }
  // bash is installed as /bin/bash, the path `#!/bin/bash` and SHELL ["/bin/bash", "-c"] name.
  if (name === "bash")
    return { path: "/bin/bash", type: "file", facts: [{ kind: "tool", name: "bash", role: "shell" }] };
  if (tool?.name === "pip") {
    return {
      path: "/usr/bin/pip",
      aliases: ["/usr/bin/pip3"],
      type: "file",
      facts: [{ kind: "tool", ...tool }],
    };
  }
  if (tool) return { path: `/usr/bin/${tool.name}`, type: "file", facts: [{ kind: "tool", ...tool }] };
  if (name === "ca-certificates" || name === "ca-certificates-bundle") {
    return { path: "/etc/ssl/certs/ca-certificates.crt", type: "file", facts: [{ kind: "ca-certificates" }] };
  }
  if (name === "tzdata") return { path: "/usr/share/zoneinfo", type: "dir", facts: [{ kind: "zoneinfo" }] };
  if (name === "python3" || name === "python3-minimal") {
    const version = manager === "apk" ? "3.12" : (DISTRO_PYTHON[release ?? "bookworm"] ?? "3.11.2");
    return {
      path: "/usr/bin/python3",
      type: "file",
      facts: [{ kind: "interpreter", language: "python", version }],
    };
  }
  if (name === "nodejs")
    return {
      path: "/usr/bin/node",
      type: "file",
      facts: [{ kind: "interpreter", language: "node", version: manager === "apt" ? "18" : "22" }],
    };
  const jre = /^openjdk-?(\d+)/.exec(name);
  if (jre)
    return {
      path: "/usr/bin/java",
      type: "file",
      facts: [{ kind: "interpreter", language: "java", version: jre[1] ?? "17" }],
    };
  const program = PROGRAM_PATHS[name]?.[manager];
  if (program) return { path: program, type: "file", facts: [] };
  if (name === "libpq5" || name === "libpq") return { path: `${libDir}/libpq.so.5`, type: "file", facts: [] };
  if (name.startsWith("lib") || name.endsWith("-dev") || name.endsWith("-libs"))
    return { path: `${libDir}/${name}`, type: "dir", facts: [] };
  return { path: `/usr/bin/${name}`, type: "file", facts: [] };
}

import { mb } from "../units";
import { distroless, estimate, estimateIn, debianSum } from "../sources";
import type { BaseImage, Figure, RepositoryName, Runtime, UncertainFact } from "../types";
import { DEFAULT_PATH, DISTROLESS_DEBIAN12, imageConfig, NONROOT } from "./osFacts";

const REGISTRY = "gcr.io/distroless/";
const README = distroless("README.md", "2025-12");
const DEBUG_NOTE = "`:debug` adds busybox under /busybox (~1.5 MB).";
const CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

interface DistrolessSpec {
  /** Image name under gcr.io/distroless/, e.g. "static-debian12". */
  name: string;
  /** Older or newer names whose figures these stand in for. */
  relatives: readonly RepositoryName[];
  title: string;
  size: Figure;
  compressedSize: Figure | null;
  libc: BaseImage["libc"];
  runtimes: readonly Runtime[];
  /** The language images start their runtime; static/base/cc have no entrypoint. */
  entrypoint: readonly string[] | null;
  uncertain: readonly UncertainFact[];
}

function relative(name: string, why: string): RepositoryName {
  return { name: REGISTRY + name, approximation: why };
}

function debian13(base: string): RepositoryName {
  return relative(
    `${base}-debian13`,
    `gcr.io/distroless/${base}-debian13 is the current Debian 13 equivalent; figures are for ${base}-debian12.`,
  );
}

function alias(base: string): RepositoryName {
  return relative(base, `gcr.io/distroless/${base} is an older name; figures are for ${base}-debian12.`);
}

/** The four tags every distroless image has: latest, nonroot, debug, debug-nonroot. */
function variants(spec: DistrolessSpec): BaseImage[] {
  const repositories = [{ name: REGISTRY + spec.name }, ...spec.relatives];
  const base: BaseImage = {
    id: `${REGISTRY}${spec.name}`,
    family: "distroless",
    title: spec.title,
    measuredTag: `${REGISTRY}${spec.name}:latest`,
    repositories,
    tags: {
      versions: [],
      floating: ["latest"],
      measuredAs: ["latest"],
      variants: [""],
      releases: ["bookworm"],
      defaultDistro: true,
    },
    size: spec.size,
    compressedSize: spec.compressedSize,
    ...DISTROLESS_DEBIAN12,
    libc: spec.libc,
    config: imageConfig({
      env: { PATH: DEFAULT_PATH, SSL_CERT_FILE: CA_BUNDLE },
      entrypoint: spec.entrypoint,
    }),
    runtimes: spec.runtimes,
    contents: [],
    factsSource: README,
    uncertain: spec.uncertain,
  };
  const nonroot = (image: BaseImage, suffix: string, variant: string): BaseImage => ({
    ...image,
    id: `${base.id}:${suffix}`,
    measuredTag: `${base.id}:${suffix}`,
    tags: { ...image.tags, variants: [variant] },
    config: { ...image.config, user: String(NONROOT.uid), workdir: NONROOT.home },
  });
  const debug: BaseImage = {
    ...base,
    id: `${base.id}:debug`,
    title: `${spec.title}, debug (busybox shell at /busybox/sh)`,
    measuredTag: `${base.id}:debug`,
    tags: { ...base.tags, variants: ["debug"] },
    size: estimate(spec.size.bytes + mb(1.5), estimateIn("§1 distroless :debug"), DEBUG_NOTE),
    compressedSize: null,
    shell: { binSh: false, kind: null, bash: false, otherPath: "/busybox/sh" },
    config: {
      ...base.config,
      env: { ...base.config.env, PATH: `${DEFAULT_PATH}:/busybox` },
      entrypoint: spec.entrypoint ?? ["/busybox/sh"],
    },
    contents: [{ name: "busybox", path: "/busybox/busybox", kind: "shell" }],
    uncertain: [
      ...spec.uncertain,
      ...(spec.entrypoint
        ? [
            {
              field: "config.entrypoint",
              reason: "Language :debug images are taken to keep the runtime entrypoint.",
            },
          ]
        : []),
    ],
  };
  return [base, nonroot(base, "nonroot", "nonroot"), debug, nonroot(debug, "debug-nonroot", "debug-nonroot")];
}

const GLIBC_236 = { family: "glibc", version: "2.36" } as const;
const NO_LIBC = { family: "none", version: null } as const;

function sum(megabytes: number, what: string, note: string, compressed: number): [Figure, Figure] {
  return [
    estimate(mb(megabytes), debianSum(what), note),
    estimate(mb(compressed), estimateIn("§1 distroless"), "Compressed size estimated from the package sum."),
  ];
}

const [STATIC_SIZE] = sum(
  3,
  "base-files, netbase, tzdata, media-types, ca-certificates",
  "A package sum, not a pulled image.",
  2,
);
const [BASE_SIZE, BASE_C] = sum(
  22,
  "static + libc6 (13.0 MiB) + libssl3 (6.0 MiB)",
  "static + glibc + OpenSSL.",
  9,
);
const [CC_SIZE, CC_C] = sum(25, "base + libgcc-s1, libstdc++6, libgomp1", "base + the C++ runtime.", 10);
const [PY_SIZE, PY_C] = sum(
  54,
  "cc + the 24 packages of python3/python.bzl",
  "cc + Debian's Python 3.11.",
  20,
);

function nodeRuntime(version: string): Runtime {
  return {
    kind: "node",
    version,
    binary: "/nodejs/bin/node",
    npm: null,
    yarn: null,
    corepack: false,
    headers: false,
  };
}

function nodejs(major: number, megabytes: number): DistrolessSpec {
  return {
    name: `nodejs${major}-debian12`,
    relatives: [],
    title: `Distroless Node.js ${major} (Debian 12): node only, no npm, npx, corepack or headers`,
    size: estimate(
      mb(megabytes),
      estimateIn("§1 distroless/nodejs20-debian12 (22)"),
      "cc (25 MB) + the node binary.",
    ),
    compressedSize: estimate(mb(40), estimateIn("§1 distroless/nodejs"), "Estimated."),
    libc: GLIBC_236,
    runtimes: [nodeRuntime(String(major))],
    entrypoint: ["/nodejs/bin/node"],
    uncertain: [
      { field: "repositories", reason: "Distroless removed nodejs*-debian12 in Feb 2026 ([DL] git log)." },
    ],
  };
}

const SPECS: readonly DistrolessSpec[] = [
  {
    name: "static-debian12",
    relatives: [alias("static"), debian13("static")],
    title: "Distroless static (Debian 12): CA certs, tzdata, passwd and /tmp, but no libc",
    size: STATIC_SIZE,
    compressedSize: estimate(mb(2), README, 'The README says "around 2 MiB".'),
    libc: NO_LIBC,
    runtimes: [],
    entrypoint: null,
    uncertain: [],
  },
  {
    name: "base-debian12",
    relatives: [alias("base"), debian13("base")],
    title: "Distroless base (Debian 12): static + glibc 2.36 and libssl3",
    size: BASE_SIZE,
    compressedSize: BASE_C,
    libc: GLIBC_236,
    runtimes: [],
    entrypoint: null,
    uncertain: [],
  },
  {
    name: "cc-debian12",
    relatives: [alias("cc"), debian13("cc")],
    title: "Distroless cc (Debian 12): base + libstdc++ and libgcc_s",
    size: CC_SIZE,
    compressedSize: CC_C,
    libc: GLIBC_236,
    runtimes: [],
    entrypoint: null,
    uncertain: [],
  },
  {
    name: "python3-debian12",
    relatives: [alias("python3")],
    title: "Distroless Python 3 (Debian 12): Debian's Python 3.11, no pip, no ctypes",
    size: PY_SIZE,
    compressedSize: PY_C,
    libc: GLIBC_236,
    runtimes: [
      {
        kind: "python",
        version: "3.11.2",
        minor: "3.11",
        binary: "/usr/bin/python3",
        sitePackages: "/usr/lib/python3/dist-packages",
        stdlib: "/usr/lib/python3.11",
        pip: false,
      },
    ],
    entrypoint: ["/usr/bin/python3.11"],
    uncertain: [
      {
        field: "config.entrypoint",
        reason: "The entrypoint path comes from distroless python3/BUILD, not image-facts.md.",
      },
      { field: "repositories", reason: "Distroless removed python3-debian12 in May 2026 ([DL] git log)." },
    ],
  },
  nodejs(20, 125),
  nodejs(22, 140),
  {
    name: "java21-debian12",
    relatives: [],
    title: "Distroless Java 21 (Debian 12): Temurin 21 JRE, runs `java -jar`, no javac",
    size: estimate(
      mb(200),
      estimateIn("§1 distroless/java21-debian12"),
      "base (22) + Temurin 21 JRE (~175).",
    ),
    compressedSize: estimate(mb(75), estimateIn("§1 distroless/java21-debian12"), "Estimated."),
    libc: GLIBC_236,
    runtimes: [
      {
        kind: "java",
        version: "21",
        binary: "/usr/bin/java",
        javaHome: "/usr/lib/jvm/temurin21_jre_amd64",
        distribution: "jre",
        javac: false,
        feature: 21,
      },
    ],
    entrypoint: ["/usr/bin/java", "-jar"],
    uncertain: [
      { field: "repositories", reason: "Distroless removed java*-debian12 in Feb 2026 ([DL] git log)." },
    ],
  },
];

export const DISTROLESS_IMAGES: readonly BaseImage[] = SPECS.flatMap(variants);

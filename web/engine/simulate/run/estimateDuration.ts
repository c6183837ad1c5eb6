// Wall-time estimates for RUN commands. None of these is measured by Stageplay: they are round
// figures for a warm CI runner on a fast link (~50 MB/s downloads, 4 cores), meant to make the
// relative cost of steps visible (a Go build vs an apt-get update), not to predict a given machine.

const SECOND = 1000;

/** Starting the RUN's container and committing its layer (BuildKit's runc overhead, EST). */
export const RUN_OVERHEAD_MS = 300;

export const DURATION = {
  /** `apt-get update`: three Debian indexes (~19 MB lz4) fetched and unpacked, EST ~3 s. */
  aptUpdate: 3 * SECOND,
  /** `apt-get install`: fixed cost of dpkg setup, then about 12 MiB/s of download + unpack (EST). */
  aptInstallBase: 1.5 * SECOND,
  aptPerMiB: 80,
  /** `apk add`: Alpine's packages are small and apk is fast; ~25 MiB/s (EST). */
  apkBase: 0.8 * SECOND,
  apkPerMiB: 40,
  /** `pip install`: resolver start-up, then per requirement and per MB of installed files (EST). */
  pipBase: 2 * SECOND,
  pipPerPackage: 1.5 * SECOND,
  pipPerMB: 50,
  /** A native package without a musllinux wheel compiles from source on Alpine: minutes (learner question 16), EST 90 s. */
  pipSourceBuild: 90 * SECOND,
  /** `python -m venv` with ensurepip (EST ~3 s). */
  venv: 3 * SECOND,
  /** `npm ci`/`npm install`: ~3 s of resolution, then ~10 MB/s of tarball extraction (EST). */
  npmBase: 3 * SECOND,
  npmPerMB: 100,
  /** `npm run build`: Vite builds a small app in ~5 s; webpack (CRA) in ~30 s (EST). */
  viteBuild: 5 * SECOND,
  webpackBuild: 30 * SECOND,
  otherBuild: 10 * SECOND,
  /** `go mod download`: a few modules (EST). */
  goModDownload: 8 * SECOND,
  /** `go build` of a small server with a cold build cache: the standard library compiles too (EST ~20 s). */
  goBuild: 20 * SECOND,
  /** `cargo build --release`: a std-only program ~10 s; with crates (actix/axum) ~2 min (EST). */
  cargoNoDeps: 10 * SECOND,
  cargoWithDeps: 120 * SECOND,
  /** `mvn package` of a Spring Boot app with an empty ~/.m2: downloads dominate (EST ~60 s). */
  maven: 60 * SECOND,
  /** `gradle build`: daemon start-up plus downloads, or the wrapper's distribution (EST ~75 s). */
  gradle: 75 * SECOND,
  /** A download of unknown size (EST ~2 s). */
  download: 2 * SECOND,
  /** File operations: a few ms each, plus copying bytes at ~500 MB/s (EST). */
  fileOp: 20,
  perMBCopied: 2,
  /** An unknown command: the simulator cannot tell, so it charges a nominal second. */
  unknown: 1 * SECOND,
} as const;

/** The RUN's total and a short note naming its biggest parts. */
export function summarizeDuration(parts: readonly { ms: number; note: string }[]): {
  ms: number;
  note: string;
} {
  const ms = RUN_OVERHEAD_MS + parts.reduce((sum, part) => sum + part.ms, 0);
  const notes: string[] = [];
  for (const part of parts) if (!notes.includes(part.note)) notes.push(part.note);
  if (notes.length === 0) return { ms, note: "no work beyond starting the container" };
  const shown = notes.slice(0, 4).join(" + ");
  return { ms: Math.round(ms), note: notes.length > 4 ? `${shown} + ${notes.length - 4} more` : shown };
}

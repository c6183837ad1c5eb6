// Wall-time estimates for the steps the core runs itself. Assumptions, stated so a learner can
// weigh them: a 20 MB/s registry download, 150 MB/s layer unpacking, 100 MB/s for files sent from
// the context, 200 MB/s for copies between stages, and a fixed overhead per step.
import type { BaseImage } from "./catalog/types";

const DOWNLOAD = 20_000_000;
const UNPACK = 150_000_000;
const CONTEXT_COPY = 100_000_000;
const STAGE_COPY = 200_000_000;

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** Pulling a base image: its compressed size downloaded, its full size unpacked. */
export function pullDuration(image: BaseImage): { ms: number; note: string } {
  if (image.size.bytes === 0) return { ms: 0, note: "scratch: nothing to pull" };
  const ratio = image.os.distro === "alpine" ? 0.47 : 0.38;
  const compressed = image.compressedSize?.bytes ?? Math.round(image.size.bytes * ratio);
  const ms = Math.round(300 + (compressed / DOWNLOAD) * 1000 + (image.size.bytes / UNPACK) * 1000);
  const guessed = image.compressedSize ? "" : " (estimated from the usual compression ratio)";
  return {
    ms,
    note: `pull of ${mb(compressed)} compressed${guessed} at 20 MB/s, unpacking ${mb(image.size.bytes)}: ${seconds(ms)}`,
  };
}

export function copyDuration(bytes: number, fromStage: boolean): { ms: number; note: string } {
  const rate = fromStage ? STAGE_COPY : CONTEXT_COPY;
  const ms = Math.round(50 + (bytes / rate) * 1000);
  return { ms, note: `copy of ${(bytes / 1_000_000).toFixed(2)} MB at ${rate / 1_000_000} MB/s` };
}

export const WORKDIR_DURATION = { ms: 20, note: "creating a directory" };

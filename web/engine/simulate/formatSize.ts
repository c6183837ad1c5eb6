// Sizes as `docker images` prints them: go-units' HumanSizeWithPrecision(size, 3), decimal units.

const UNITS = ["B", "kB", "MB", "GB", "TB", "PB"];

/** e.g. 124_300_000 → "124MB", 7_800_000 → "7.8MB", 1_020_000_000 → "1.02GB", 0 → "0B". */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(3))}${UNITS[unit]}`;
}

/** Seconds with one decimal, as BuildKit's plain progress prints durations ("DONE 12.3s"). */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** Decimal megabytes, the unit `docker images` and image-facts.md use. */
export function mb(megabytes: number): number {
  return Math.round(megabytes * 1_000_000);
}

/** Binary mebibytes, the unit of Debian's Installed-Size sums and apk's "OK: … MiB". */
export function mib(mebibytes: number): number {
  return Math.round(mebibytes * 1024 * 1024);
}

/** Binary kibibytes, the unit apk reports per package. */
export function kib(kibibytes: number): number {
  return Math.round(kibibytes * 1024);
}

/** Decimal gigabytes, as `docker images` prints sizes over 1000 MB. */
export function gb(gigabytes: number): number {
  return Math.round(gigabytes * 1_000_000_000);
}

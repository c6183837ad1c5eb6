// Which C libraries the image can load programs with: a libc is there when its dynamic loader is.
import type { LibcFamily } from "../catalog/types";
import type { ImageView } from "./imageView";
import { loaderFor } from "./loaders";

export function hasLibc(view: ImageView, family: LibcFamily): boolean {
  const loader = loaderFor(family);
  return loader === null || view.resolve(loader).found;
}

/** "glibc", "musl", or "no libc": what a message calls the image's C library. */
export function libcName(view: ImageView): string {
  if (hasLibc(view, "glibc")) return "glibc";
  if (hasLibc(view, "musl")) return "musl";
  return "no C library at all";
}

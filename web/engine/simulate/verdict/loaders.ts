// The dynamic loaders the kernel starts a dynamically linked program through (its ELF PT_INTERP).
// When the loader is missing, execve fails with ENOENT, which runc reports as
// `exec /app: no such file or directory` about a file that is there.
import type { LibcFamily } from "../catalog/types";

export const GLIBC_LOADER = "/lib64/ld-linux-x86-64.so.2";
export const MUSL_LOADER = "/lib/ld-musl-x86_64.so.1";

export function loaderFor(libc: LibcFamily): string | null {
  if (libc === "glibc") return GLIBC_LOADER;
  if (libc === "musl") return MUSL_LOADER;
  return null;
}

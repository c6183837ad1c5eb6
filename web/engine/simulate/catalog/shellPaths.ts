// The shell programs an image holds, from its catalog entry's shell fact. BusyBox images (Alpine,
// busybox) link /bin/ash as well as /bin/sh to BusyBox, Debian's /bin/sh is /bin/dash: a
// `SHELL ["/bin/ash", "-o", "pipefail", "-c"]` on Alpine runs, as it does in a real build.
import type { Shell } from "./types";

/** Every path at which the image has a shell, /bin/sh first when it has one. */
export function shellPaths(shell: Shell): string[] {
  const paths: string[] = [];
  if (shell.binSh) paths.push("/bin/sh");
  if (shell.kind?.startsWith("busybox")) paths.push("/bin/ash");
  if (shell.kind === "dash") paths.push("/bin/dash");
  if (shell.bash) paths.push("/bin/bash");
  if (shell.otherPath) paths.push(shell.otherPath);
  return paths;
}

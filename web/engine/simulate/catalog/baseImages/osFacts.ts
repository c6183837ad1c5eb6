import type { BaseImage, Distro, ImageConfig, PasswdEntry } from "../types";

/** The facts an image inherits from its operating system layer; entries spread and then override them. */
export type OsFacts = Pick<
  BaseImage,
  "os" | "libc" | "shell" | "packageManager" | "passwd" | "caCertificates" | "tzdata"
>;

export const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

function user(name: string, uid: number, home: string, gid = uid): PasswdEntry {
  return { name, uid, gid, home };
}

export const ROOT = user("root", 0, "/root");
export const NOBODY = user("nobody", 65534, "/nonexistent");
export const NONROOT = user("nonroot", 65532, "/home/nonroot");
export const NODE_USER = user("node", 1000, "/home/node");

// base-passwd 3.6.1 (Debian 12); the same accounts exist in Debian 13 and Ubuntu.
const DEBIAN_PASSWD: readonly PasswdEntry[] = [
  ROOT,
  user("daemon", 1, "/usr/sbin"),
  user("bin", 2, "/bin"),
  user("sys", 3, "/dev"),
  user("sync", 4, "/bin", 65534),
  user("games", 5, "/usr/games", 60),
  user("man", 6, "/var/cache/man", 12),
  user("lp", 7, "/var/spool/lpd"),
  user("mail", 8, "/var/mail"),
  user("news", 9, "/var/spool/news"),
  user("uucp", 10, "/var/spool/uucp"),
  user("proxy", 13, "/bin"),
  user("www-data", 33, "/var/www"),
  user("backup", 34, "/var/backups"),
  user("list", 38, "/var/list"),
  user("irc", 39, "/run/ircd"),
  user("_apt", 42, "/nonexistent", 65534),
  NOBODY,
];

// alpine-baselayout-data 3.6+.
const ALPINE_PASSWD: readonly PasswdEntry[] = [
  ROOT,
  user("bin", 1, "/bin"),
  user("daemon", 2, "/sbin"),
  user("lp", 4, "/var/spool/lpd", 7),
  user("sync", 5, "/sbin", 0),
  user("mail", 8, "/var/mail", 12),
  user("ftp", 21, "/var/lib/ftp", 21),
  user("sshd", 22, "/dev/null"),
  user("games", 35, "/usr/games", 100),
  user("ntp", 123, "/var/empty"),
  user("guest", 405, "/dev/null", 100),
  NOBODY,
];

// busybox's image ships buildroot's skeleton passwd.
const BUSYBOX_PASSWD: readonly PasswdEntry[] = [
  ROOT,
  user("daemon", 1, "/usr/sbin"),
  user("bin", 2, "/bin"),
  user("sys", 3, "/dev"),
  user("sync", 4, "/bin", 100),
  user("mail", 8, "/var/spool/mail"),
  user("www-data", 33, "/var/www"),
  user("operator", 37, "/var"),
  NOBODY,
];

export const DISTROLESS_PASSWD: readonly PasswdEntry[] = [ROOT, NOBODY, NONROOT];

export function withUsers(base: readonly PasswdEntry[], ...extra: PasswdEntry[]): readonly PasswdEntry[] {
  return [...base, ...extra];
}

export function nginxUser(): PasswdEntry {
  return user("nginx", 101, "/nonexistent", 101);
}

const DASH = { binSh: true, kind: "dash", bash: true } as const;
const ASH = { binSh: true, kind: "busybox ash", bash: false } as const;
const NO_SHELL = { binSh: false, kind: null, bash: false } as const;

export const DEBIAN_BOOKWORM: OsFacts = {
  os: { distro: "debian", release: "bookworm" },
  libc: { family: "glibc", version: "2.36" },
  shell: DASH,
  packageManager: "apt",
  passwd: DEBIAN_PASSWD,
  caCertificates: false,
  tzdata: true,
};

export const DEBIAN_BULLSEYE: OsFacts = {
  ...DEBIAN_BOOKWORM,
  os: { distro: "debian", release: "bullseye" },
  libc: { family: "glibc", version: "2.31" },
};

export const DEBIAN_TRIXIE: OsFacts = {
  ...DEBIAN_BOOKWORM,
  os: { distro: "debian", release: "trixie" },
  libc: { family: "glibc", version: "2.41" },
  // Debian 13 lowered tzdata from required priority, so the base image no longer has it.
  tzdata: false,
};

export const UBUNTU_JAMMY: OsFacts = {
  ...DEBIAN_BOOKWORM,
  os: { distro: "ubuntu", release: "jammy" },
  libc: { family: "glibc", version: "2.35" },
  tzdata: false,
};

export const UBUNTU_NOBLE: OsFacts = {
  ...UBUNTU_JAMMY,
  os: { distro: "ubuntu", release: "noble" },
  libc: { family: "glibc", version: "2.39" },
  passwd: withUsers(DEBIAN_PASSWD, user("ubuntu", 1000, "/home/ubuntu")),
};

export const ALPINE_3_21: OsFacts = {
  os: { distro: "alpine", release: "3.21" },
  libc: { family: "musl", version: "1.2.5" },
  shell: ASH,
  packageManager: "apk",
  passwd: ALPINE_PASSWD,
  caCertificates: true,
  tzdata: false,
};

export const ALPINE_3_23: OsFacts = { ...ALPINE_3_21, os: { distro: "alpine", release: "3.23" } };

export const BUSYBOX: OsFacts = {
  os: { distro: "busybox", release: "1.38.0" },
  libc: { family: "glibc", version: null },
  shell: { binSh: true, kind: "busybox sh", bash: false },
  packageManager: "none",
  passwd: BUSYBOX_PASSWD,
  caCertificates: false,
  tzdata: false,
};

export const DISTROLESS_DEBIAN12: OsFacts = {
  os: { distro: "debian", release: "bookworm" },
  libc: { family: "glibc", version: "2.36" },
  shell: NO_SHELL,
  packageManager: "none",
  passwd: DISTROLESS_PASSWD,
  caCertificates: true,
  tzdata: true,
};

export const WOLFI: OsFacts = {
  os: { distro: "wolfi", release: "rolling" },
  libc: { family: "glibc", version: null },
  shell: NO_SHELL,
  packageManager: "none",
  passwd: [ROOT, NONROOT, NOBODY],
  caCertificates: true,
  tzdata: false,
};

export const UBI9: OsFacts = {
  os: { distro: "rhel", release: "9" },
  libc: { family: "glibc", version: "2.34" },
  shell: { binSh: true, kind: "bash", bash: true },
  packageManager: "none",
  passwd: [ROOT, user("bin", 1, "/bin"), user("daemon", 2, "/sbin"), NOBODY],
  caCertificates: true,
  tzdata: false,
};

export const NO_OS: OsFacts = {
  os: { distro: "none", release: null },
  libc: { family: "none", version: null },
  shell: NO_SHELL,
  packageManager: "none",
  passwd: [],
  caCertificates: false,
  tzdata: false,
};

/** An image config with Docker's defaults for what is not given. */
export function imageConfig(config: Partial<ImageConfig> & Pick<ImageConfig, "env">): ImageConfig {
  return { user: "", workdir: "/", entrypoint: null, cmd: null, ...config };
}

// glibc by release, for tags naming a release the catalog did not measure.
const GLIBC_BY_RELEASE: Readonly<Record<string, string>> = {
  buster: "2.28",
  bullseye: "2.31",
  bookworm: "2.36",
  trixie: "2.41",
  focal: "2.31",
  jammy: "2.35",
  noble: "2.39",
};

/** The OS facts of `distro` at `release` (the closest measured release when that one is unknown). */
export function osFactsFor(distro: Distro, release: string | null): OsFacts | null {
  const glibc = release === null ? null : (GLIBC_BY_RELEASE[release] ?? null);
  switch (distro) {
    case "alpine":
      return release === null ? ALPINE_3_23 : { ...ALPINE_3_23, os: { distro, release } };
    case "debian": {
      const base = release === "trixie" ? DEBIAN_TRIXIE : DEBIAN_BOOKWORM;
      if (release === null) return base;
      return { ...base, os: { distro, release }, libc: { family: "glibc", version: glibc } };
    }
    case "ubuntu": {
      const base = release === "jammy" ? UBUNTU_JAMMY : UBUNTU_NOBLE;
      if (release === null) return base;
      return { ...base, os: { distro, release }, libc: { family: "glibc", version: glibc } };
    }
    default:
      return null;
  }
}

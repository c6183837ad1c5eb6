import { mib } from "../units";
import { catalogEstimate, estimate } from "../sources";
import { APK_INSTALLS, APT_INSTALLS } from "./packageInstalls";
import type { PackageInstallFigure } from "./productTypes";

export interface PackageInstallLookup {
  figure: PackageInstallFigure;
  unknown: boolean;
  note: string;
}

// An apt package outside the catalog is taken as curl-sized with its dependencies; Alpine's
// packages are built smaller, so half that.
const UNKNOWN_MIB = { apt: 10, apk: 5 } as const;

/** What `apt-get install <name>` or `apk add <name>` adds; a package the catalog lacks is a flagged estimate. */
export function findPackageInstall(manager: "apt" | "apk", name: string): PackageInstallLookup {
  const wanted = name
    .trim()
    .toLowerCase()
    .replace(/[=:].*$/, "");
  const known = (manager === "apt" ? APT_INSTALLS : APK_INSTALLS).find(
    (entry) => entry.packages.length === 1 && entry.packages[0] === wanted,
  );
  if (known) return { figure: known, unknown: false, note: "" };
  const note = `${wanted} is not in the catalog; assumed about ${UNKNOWN_MIB[manager]} MiB with its dependencies.`;
  return {
    figure: {
      manager,
      packages: [wanted],
      packageCount: null,
      on: manager === "apt" ? "debian:bookworm-slim" : "alpine:3.23",
      size: estimate(mib(UNKNOWN_MIB[manager]), catalogEstimate(`an unknown ${manager} package`), note),
    },
    unknown: true,
    note,
  };
}

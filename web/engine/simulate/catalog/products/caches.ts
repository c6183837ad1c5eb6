import { mb } from "../units";
import { estimate, estimateIn, measured, measuredLocally } from "../sources";
import type { CacheFigure } from "./productTypes";

/** What package managers leave in a layer unless the same RUN removes it. */
export const CACHES: readonly CacheFigure[] = [
  {
    name: "apt lists",
    path: "/var/lib/apt/lists",
    size: measured(
      mb(19),
      measuredLocally("apt-get update on bookworm (main, updates, security)"),
      "lz4-compressed (53 MB as text): official Debian images set Acquire::GzipIndexes, and docker-clean already deletes .deb files.",
    ),
    avoidedBy: "rm -rf /var/lib/apt/lists/* in the same RUN",
  },
  {
    name: "pip cache (flask)",
    path: "/root/.cache/pip",
    size: estimate(mb(1.5), estimateIn("§3 pip cache"), "About the size of the downloaded wheels.", [
      mb(1),
      mb(2),
    ]),
    avoidedBy: "pip install --no-cache-dir",
  },
  {
    name: "pip cache (django)",
    path: "/root/.cache/pip",
    size: estimate(mb(9), estimateIn("§3 pip cache"), "About the size of the downloaded wheels.", [
      mb(8),
      mb(10),
    ]),
    avoidedBy: "pip install --no-cache-dir",
  },
  {
    name: "pip cache (numpy + pandas)",
    path: "/root/.cache/pip",
    size: estimate(mb(32.5), estimateIn("§3 pip cache"), "About the size of the downloaded wheels.", [
      mb(30),
      mb(35),
    ]),
    avoidedBy: "pip install --no-cache-dir",
  },
  {
    name: "npm cache (vite-react)",
    path: "/root/.npm/_cacache",
    size: measured(mb(77.1), measuredLocally("~/.npm/_cacache after installing the Vite app")),
    avoidedBy: "npm cache clean --force in the same RUN, or RUN --mount=type=cache,target=/root/.npm",
  },
  {
    name: "npm cache (create-react-app)",
    path: "/root/.npm/_cacache",
    size: measured(mb(216), measuredLocally("~/.npm/_cacache after installing the CRA app")),
    avoidedBy: "npm cache clean --force in the same RUN, or RUN --mount=type=cache,target=/root/.npm",
  },
];

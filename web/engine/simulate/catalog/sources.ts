import type { Figure, Source } from "./types";

const REPO_INFO = "github.com/docker-library/repo-info/";
const DISTROLESS = "github.com/GoogleContainerTools/distroless/";

/** docker-library/repo-info: `path` like "repos/python/local/3.12-slim-bookworm.md". */
export function repoInfo(path: string, date?: string): Source {
  return { mark: "RI", ref: REPO_INFO + path, ...(date ? { date } : {}) };
}

/** GoogleContainerTools/distroless at commit 16557110 (2025-12) or HEAD cd080764 (2026-08). */
export function distroless(path: string, date?: string): Source {
  return { mark: "DL", ref: DISTROLESS + path, ...(date ? { date } : {}) };
}

/** A sum of Debian 12 Installed-Size fields; `what` names the packages summed. */
export function debianSum(what: string): Source {
  return { mark: "DEB", ref: `Debian bookworm apt package lists (Installed-Size): ${what}` };
}

/** Measured locally with du/ls/ldd; `what` says what was built and measured. */
export function measuredLocally(what: string): Source {
  return { mark: "M", ref: `measured locally: ${what}` };
}

/** A published page. */
export function web(url: string, date?: string): Source {
  return { mark: "WEB", ref: url, ...(date ? { date } : {}) };
}

/** An estimate documented in reference/image-facts.md; `section` names where. */
export function estimateIn(section: string): Source {
  return { mark: "EST", ref: `reference/image-facts.md ${section}` };
}

/** An estimate made for the catalog itself, for things image-facts.md does not cover; `why` gives the reasoning. */
export function catalogEstimate(why: string): Source {
  return { mark: "EST", ref: `catalog estimate (not in reference/image-facts.md): ${why}` };
}

export function measured(bytes: number, source: Source, note?: string): Figure {
  return { bytes, estimated: false, source, ...(note ? { note } : {}) };
}

export function estimate(
  bytes: number,
  source: Source,
  note: string,
  range?: readonly [low: number, high: number],
): Figure {
  return { bytes, estimated: true, source, note, ...(range ? { range } : {}) };
}

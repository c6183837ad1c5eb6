import type { ParsedTag } from "./parseTag";
import type { BaseImage, TagRule } from "./types";

/** How one catalog entry fits a parsed tag. */
export interface TagMatch {
  image: BaseImage;
  /** Higher is a closer fit: an exact OS release beats a version match, which beats a floating word. */
  score: number;
  /** The floating word the match went through ("latest", "3", "bookworm"), or null for a version match. */
  floating: string | null;
  /** The tag names another release of the entry's distro than the one measured. */
  releaseDiffers: boolean;
}

export function versionNumbers(version: string): number[] {
  return version.split(".").map((part) => Number.parseInt(part, 10));
}

/** "exact" when the tag's version is the entry's or a more specific one (3.12.4 ~ 3.12). */
export function versionFit(version: string, rule: TagRule): "exact" | "floating" | null {
  if (rule.versions.length === 0) return "exact";
  const wanted = versionNumbers(version);
  for (const candidate of rule.versions) {
    const measured = versionNumbers(candidate);
    if (wanted.length >= measured.length && measured.every((part, index) => part === wanted[index])) {
      return "exact";
    }
  }
  return rule.floating.includes(version) ? "floating" : null;
}

/** Whether `image` stands for `tag`, and how well; null when it does not. */
export function matchTag(image: BaseImage, tag: ParsedTag): TagMatch | null {
  const rule = image.tags;
  if (!rule.variants.includes(tag.variant)) return null;
  if (tag.os ? tag.os.distro !== image.os.distro : !rule.defaultDistro) return null;

  const release = tag.os?.release ?? null;
  const releaseExact = release !== null && rule.releases.includes(release);
  const releaseDiffers = release !== null && rule.releases.length > 0 && !releaseExact;
  let score = releaseExact ? 4 : 0;
  if (!tag.os && rule.defaultRelease) score += 1;
  let floating: string | null = null;

  if (tag.version !== null) {
    const fit = versionFit(tag.version, rule);
    if (fit === null) return null;
    if (fit === "floating") floating = tag.version;
    else score += 3;
  } else if (tag.channel !== null) {
    if (!rule.floating.includes(tag.channel)) return null;
    floating = tag.channel;
  } else if (releaseExact && tag.os) {
    floating = tag.os.token;
  } else if (rule.floating.includes("latest")) {
    floating = "latest";
  } else {
    return null;
  }
  return { image, score, floating, releaseDiffers };
}

/** The closest-fitting entry of `images` for `tag`, first in list order on a tie. */
export function bestMatch(images: readonly BaseImage[], tag: ParsedTag): TagMatch | null {
  let best: TagMatch | null = null;
  for (const image of images) {
    const match = matchTag(image, tag);
    if (match && (best === null || match.score > best.score)) best = match;
  }
  return best;
}

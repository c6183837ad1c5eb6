import { IMAGE_FAMILIES, type ImageFamily } from "./imageFamilies";
import { bestMatch } from "./matchTag";
import { nearestImage, rebase } from "./nearestImage";
import { runtimeForTag } from "./runtimeForTag";
import { parseImageReference } from "./parseImageReference";
import { parseTag, type ParsedTag } from "./parseTag";
import { estimateUnknownImage } from "./estimateUnknownImage";
import type { BaseImage, BaseImageResolution, ImageReference, ResolutionReason } from "./types";

// Reasons that mean the figures stand in for an image nobody measured.
const ESTIMATING: ReadonlySet<ResolutionReason> = new Set<ResolutionReason>([
  "estimated-figure",
  "floating-tag",
  "digest-only",
  "os-release-differs",
  "version-not-in-catalog",
  "variant-not-in-catalog",
  "approximate-repository",
  "unknown-image",
  "unexpanded-variable",
  "windows-image",
]);

/** Windows container images: the repositories Microsoft ships them in, and the tags that name them. */
const WINDOWS_REPOSITORY = /^mcr\.microsoft\.com\/windows(\/|$)|(^|\/)(windows|nanoserver|servercore)$/;
const WINDOWS_TAG = /(^|-)(windowsservercore|nanoserver|servercore|ltsc20\d\d|1809|20h2)(-|$)/;

function isWindowsImage(reference: ImageReference): boolean {
  return WINDOWS_REPOSITORY.test(reference.repository) || WINDOWS_TAG.test(reference.tag ?? "");
}

function findFamily(repository: string): ImageFamily | null {
  for (const family of IMAGE_FAMILIES) {
    if (family.images.some((image) => image.repositories.some((name) => name.name === repository)))
      return family;
  }
  for (const family of IMAGE_FAMILIES) {
    if (family.repositoryPrefixes.some((prefix) => repository.startsWith(prefix))) return family;
  }
  return null;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/** Entries that name the repository, or for an unlisted repository of a known family, the closest names. */
function imagesFor(
  family: ImageFamily,
  repository: string,
): { images: BaseImage[]; approximation: string | null } {
  const named = family.images.filter((image) => image.repositories.some((name) => name.name === repository));
  if (named.length > 0) {
    const approximation =
      named[0]?.repositories.find((name) => name.name === repository)?.approximation ?? null;
    return { images: named, approximation };
  }
  const closeness = (image: BaseImage) => commonPrefixLength(image.repositories[0]?.name ?? "", repository);
  const closest = Math.max(...family.images.map(closeness));
  const images = family.images.filter((image) => closeness(image) === closest);
  const stand = images[0]?.repositories[0]?.name ?? family.name;
  return { images, approximation: `${repository} is not in the catalog; figures are from ${stand}.` };
}

function channelsOf(family: ImageFamily): Set<string> {
  const words = family.images.flatMap((image) => image.tags.floating);
  return new Set(words.filter((word) => !/^\d/.test(word)));
}

function resolution(
  reference: ImageReference,
  image: BaseImage,
  reasons: ResolutionReason[],
  notes: string[],
  unknown: boolean,
): BaseImageResolution {
  // `FROM scratch` names no pullable image, and a reference with a variable in it has no tag to judge yet.
  const tagless = image.family === "scratch" || reasons.includes("unexpanded-variable");
  const untagged = !tagless && reference.tag === null && reference.digest === null;
  const latest = untagged || (!tagless && reference.tag === "latest");
  const all: ResolutionReason[] = [];
  if (untagged) {
    all.push("untagged");
    notes.unshift(
      `No tag is given, so Docker pulls ${reference.repository}:latest, which moves with every release.`,
    );
  } else if (latest) {
    all.push("latest");
    notes.unshift("`latest` moves with every release; a versioned tag keeps builds repeatable.");
  }
  all.push(...reasons);
  if (image.size.estimated && !unknown) {
    all.push("estimated-figure");
    // The image as the Dockerfile names it: an entry may stand for several versions (alpine 3.20–3.23).
    const named = reference.raw || image.measuredTag;
    notes.push(`The size of ${named} is an estimate: ${image.size.note ?? "no measurement"}`);
  }
  const unique = [...new Set(all)];
  return {
    reference,
    image,
    estimated: unique.some((reason) => ESTIMATING.has(reason)),
    note: notes.join(" "),
    reasons: unique,
    untagged,
    latest,
    pinned: reference.digest !== null,
    unknown,
  };
}

function unknownImage(
  reference: ImageReference,
  tag: ParsedTag,
  reason: ResolutionReason,
): BaseImageResolution {
  const image = estimateUnknownImage(reference, tag);
  const notes =
    reason === "unexpanded-variable"
      ? [`${reference.raw} still contains a variable, so the catalog cannot tell which image it names.`]
      : reason === "windows-image"
        ? [
            `${reference.raw} is a Windows container image: Stageplay simulates Linux images only, so what it holds, its shell and its commands are unknown.`,
          ]
        : [
            `${reference.repository || reference.raw} is not in the catalog, so the simulator cannot know its contents.`,
          ];
  notes.push(image.size.note ?? "");
  return resolution(reference, image, ["unknown-image", reason], notes, true);
}

// Resolutions by reference text: analyze runs on every keystroke, and the stages, the simulator and
// the UndefinedVar check each look the same few FROM images up. Callers never change a resolution.
const resolved = new Map<string, BaseImageResolution>();
const MAX_RESOLVED = 512;

/**
 * Looks a `FROM` image reference up in the catalog of real base-image figures.
 * Always returns an entry: an exact match, the nearest entry of the same family, or a flagged
 * estimate for an unknown image. `estimated`, `reasons` and `note` say how far to trust it.
 * The same text gives the same (shared, read-only) object.
 */
export function resolveBaseImage(text: string): BaseImageResolution {
  let result = resolved.get(text);
  if (!result) {
    if (resolved.size >= MAX_RESOLVED) resolved.clear();
    result = resolveUncached(text);
    resolved.set(text, result);
  }
  return result;
}

function resolveUncached(text: string): BaseImageResolution {
  const reference = parseImageReference(text);
  if (text.includes("$")) return unknownImage(reference, parseTag(null, new Set()), "unexpanded-variable");
  if (isWindowsImage(reference)) return unknownImage(reference, parseTag(null, new Set()), "windows-image");

  const family = findFamily(reference.repository);
  if (family === null) return unknownImage(reference, parseTag(reference.tag, new Set()), "unknown-image");

  const tag = parseTag(reference.tag, channelsOf(family));
  const { images, approximation } = imagesFor(family, reference.repository);
  const reasons: ResolutionReason[] = [];
  const notes: string[] = [];
  if (approximation) {
    reasons.push("approximate-repository");
    notes.push(approximation);
  }
  if (reference.tag === null && reference.digest !== null) {
    reasons.push("digest-only");
    notes.push("Pinned by digest alone: the catalog cannot tell which tag the digest belongs to.");
  }

  const match = bestMatch(images, tag);
  if (match) {
    const { floating } = match;
    let image = match.image;
    if (match.releaseDiffers && tag.os) {
      reasons.push("os-release-differs");
      notes.push(
        `Measured on ${image.os.release ?? image.os.distro}; ${tag.os.token} is assumed to be similar in size, with its own libc.`,
      );
      image = rebase(image, tag.os.distro, tag.os.release);
    } else if (floating !== null && !(image.tags.measuredAs ?? []).includes(floating)) {
      reasons.push("floating-tag");
      const written = `${reference.repository}:${reference.tag ?? "latest"}`;
      notes.push(`${written} floats to newer releases; the figures are for ${image.measuredTag}.`);
    }
    return resolution(reference, ...withTaggedRuntime(image, tag, reasons, notes), false);
  }

  const nearest = nearestImage(images, tag, reference.repository);
  if (nearest === null) return unknownImage(reference, tag, "unknown-image");
  return resolution(
    reference,
    ...withTaggedRuntime(nearest.image, tag, [...reasons, ...nearest.reasons], [...notes, ...nearest.notes]),
    false,
  );
}

// The entry's sizes may stand in for the tag's, but its runtime version must be the tag's.
function withTaggedRuntime(
  image: BaseImage,
  tag: ParsedTag,
  reasons: ResolutionReason[],
  notes: string[],
): [BaseImage, ResolutionReason[], string[]] {
  const tagged = runtimeForTag(image, tag.version);
  if (tagged.image === image) return [image, reasons, notes];
  const flagged = reasons.some((reason) => ESTIMATING.has(reason))
    ? reasons
    : [...reasons, "version-not-in-catalog" as const];
  return [tagged.image, flagged, tagged.note === null ? notes : [...notes, tagged.note]];
}

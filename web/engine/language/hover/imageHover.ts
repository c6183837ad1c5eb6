// An image where it is named (a FROM image, `--from=<image>`, a mount's `from=<image>`): the catalog's
// facts and where its figures come from. For an image the catalog does not know, what the simulator
// assumes instead, said to be a guess: never a figure made up to look measured.
import { resolveBaseImage } from "../../simulate/catalog";
import type { BaseImage, BaseImageResolution, ResolutionReason, SourceMark } from "../../simulate/catalog";
import { formatSize } from "../../simulate/formatSize";
import type { HoverInfo, Range } from "../types";
import { code, heading } from "./markdown";

const SOURCES: Record<SourceMark, string> = {
  RI: "docker-library/repo-info",
  DL: "GoogleContainerTools/distroless",
  DEB: "the sizes of its Debian packages",
  M: "a local measurement",
  WEB: "a published page",
  EST: "an estimate",
};

const REASONS: Partial<Record<ResolutionReason, (image: BaseImage) => string>> = {
  "floating-tag": (image) =>
    `The tag moves to newer releases; the figures are for ${code(image.measuredTag)}.`,
  "os-release-differs": (image) =>
    `The figures were measured on ${image.os.release ?? image.os.distro} and stand in for the release the tag names.`,
  "version-not-in-catalog": (image) =>
    `The catalog has no figures for this version; they are those of ${code(image.measuredTag)}.`,
  "variant-not-in-catalog": (image) =>
    `The catalog has no figures for this variant; they are those of ${code(image.measuredTag)}.`,
  "approximate-repository": (image) =>
    `The catalog does not have this repository; the figures are those of ${code(image.measuredTag)}.`,
  "digest-only": () => "Pinned by a digest alone, so the catalog cannot tell which tag it is.",
};

/** The hover for the image `reference` names, as a FROM line or a `--from` uses it. */
export function imageHover(reference: string, range: Range, copiedFrom: boolean): HoverInfo {
  const resolution = resolveBaseImage(reference);
  const subject = `Image ${code(reference)}`;
  let lines: string[];
  if (resolution.image.family === "scratch") {
    lines = [
      heading(code("scratch"), "the empty image"),
      "`scratch` is an empty filesystem, 0 bytes: no shell, no C library, no /etc/passwd, no CA certificates. " +
        "Only static binaries run on it, USER needs a numeric id, and CMD needs exec form.",
    ];
  } else if (resolution.unknown) {
    lines = [heading(subject, "not in Stageplay's catalog"), ...assumed(resolution)];
  } else {
    lines = [heading(subject, resolution.image.title), ...facts(resolution)];
  }
  if (copiedFrom) {
    lines.push(
      "No stage of this file has that name, so BuildKit reads it as an image and copies files out of it. " +
        "Stageplay models only some of an image's files, so a path it does not list may still be there.",
    );
  }
  return { markdown: lines.join("\n\n"), range, topic: null };
}

function facts(resolution: BaseImageResolution): string[] {
  const { image } = resolution;
  const size =
    image.size.estimated || resolution.estimated
      ? `about ${formatSize(image.size.bytes)}, an estimate`
      : formatSize(image.size.bytes);
  const list = [
    `- Size: ${size}`,
    `- C library: ${libcWords(image)}`,
    `- Shell: ${shellWords(image)}`,
    `- Package manager: ${image.packageManager === "none" ? "none" : image.packageManager}`,
    `- Default user: ${userWords(image)}`,
    `- Figures from: ${SOURCES[image.size.source.mark]} (${code(image.size.source.ref)}${image.size.source.date ? `, ${image.size.source.date}` : ""})`,
  ];
  const lines = [list.join("\n")];
  const notes = resolution.reasons.flatMap((reason) => REASONS[reason]?.(image) ?? []);
  if (image.size.estimated && image.size.note) notes.push(`The size is an estimate: ${image.size.note}`);
  if (resolution.untagged)
    notes.push("No tag is written, so Docker pulls `latest`, which moves with every release.");
  else if (resolution.latest)
    notes.push("`latest` moves with every release; a versioned tag keeps builds repeatable.");
  if (notes.length > 0) lines.push(notes.join(" "));
  return lines;
}

function assumed(resolution: BaseImageResolution): string[] {
  const { image, reasons } = resolution;
  const why = reasons.includes("unexpanded-variable")
    ? "The name still holds a variable, so the catalog cannot tell which image it is."
    : reasons.includes("windows-image")
      ? "It is a Windows image: Stageplay simulates Linux images only, so its files, shell and commands are unknown."
      : "The catalog does not know this image, so Stageplay cannot know what it holds.";
  const distro = image.os.distro === "alpine" ? "Alpine" : "Debian slim";
  return [
    why,
    `The simulator assumes an image like ${distro} plus an application: about ${formatSize(image.size.bytes)}, ` +
      `${libcWords(image)}, ${shellWords(image)}, ${image.packageManager === "none" ? "no package manager" : image.packageManager}. ` +
      "That is a guess, not a figure: sizes built on it are marked as estimates.",
  ];
}

function libcWords(image: BaseImage): string {
  if (image.libc.family === "none") return "none (only static binaries run)";
  return image.libc.version ? `${image.libc.family} ${image.libc.version}` : image.libc.family;
}

function shellWords(image: BaseImage): string {
  const { shell } = image;
  if (!shell.binSh) return shell.otherPath ? `no /bin/sh (a shell at ${shell.otherPath})` : "no shell";
  return `/bin/sh is ${shell.kind ?? "a shell"}${shell.bash ? ", with bash" : ", no bash"}`;
}

function userWords(image: BaseImage): string {
  const user = image.config.user;
  if (user === "" || user === "0" || user === "root") return "root";
  const entry = image.passwd.find((p) => String(p.uid) === user || p.name === user);
  return entry ? `${entry.name} (uid ${entry.uid})` : user;
}

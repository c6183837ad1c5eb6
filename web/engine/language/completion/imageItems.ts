// Image names and tags from Stageplay's catalog of measured base images, with the size and libc the
// catalog records and where each figure comes from.
import { BASE_IMAGES, resolveBaseImage } from "../../simulate/catalog";
import type { BaseImage, Figure, LibcFamily, ResolutionReason } from "../../simulate/catalog";
import { formatSize } from "../../simulate/formatSize";
import type { CompletionItem, Range } from "../types";
import { completionItem, sortKey } from "./completionItem";

interface TagEntry {
  reference: string;
  detail: string;
  documentation: string;
  estimated: boolean;
}

/** The repository names the catalog measured (not the ones it only approximates), in catalog order. */
function repositoryNames(): string[] {
  const names = new Set<string>();
  for (const image of BASE_IMAGES) {
    for (const repository of image.repositories) if (!repository.approximation) names.add(repository.name);
  }
  return [...names];
}

let names: string[] | null = null;

/** The image names of the catalog; `withScratch` false for `COPY --from`, where scratch holds nothing. */
export function imageNameItems(range: Range, group: number, withScratch = true): CompletionItem[] {
  names ??= repositoryNames();
  return names
    .filter((name) => withScratch || name !== "scratch")
    .map((name, index) => {
      const images = BASE_IMAGES.filter((image) => image.repositories.some((r) => r.name === name));
      if (name === "scratch") {
        return completionItem(name, "image", range, {
          detail: "empty image",
          documentation: "The empty image: the stage holds only what it copies in.",
          sortText: sortKey(group, index),
        });
      }
      const sizes = images.map((image) => image.size.bytes);
      const low = formatSize(Math.min(...sizes));
      const high = formatSize(Math.max(...sizes));
      const libcs = [...new Set(images.map((image) => libcName(image.libc.family)))].join(", ");
      return completionItem(name, "image", range, {
        insertText: `${name}:`,
        detail: `${low === high ? low : `${low}–${high}`} · ${libcs}`,
        documentation: `Stageplay's catalog has figures for ${images.length === 1 ? "one image" : `${images.length} images`} of ${name}; type \`:\` for the tags it knows.`,
        sortText: sortKey(group, index),
        retrigger: true,
      });
    });
}

const tagsByRepository = new Map<string, TagEntry[]>();

/** The catalog's tags of `repository` as full references (`python:3.12-slim`), measured ones first. */
export function imageTagItems(repository: string, range: Range, group: number): CompletionItem[] {
  let entries = tagsByRepository.get(repository);
  if (!entries) tagsByRepository.set(repository, (entries = tagEntries(repository)));
  return entries.map((entry, index) =>
    completionItem(entry.reference, "tag", range, {
      detail: entry.detail,
      documentation: entry.documentation,
      sortText: sortKey(group + (entry.estimated ? 1 : 0), index),
    }),
  );
}

// A tag that resolves with one of these only stands in for an image the catalog does not have.
const STAND_INS: ReadonlySet<ResolutionReason> = new Set<ResolutionReason>([
  "os-release-differs",
  "version-not-in-catalog",
  "variant-not-in-catalog",
  "approximate-repository",
  "unknown-image",
]);

function tagEntries(repository: string): TagEntry[] {
  const entries: TagEntry[] = [];
  const seen = new Set<string>();
  for (const image of BASE_IMAGES) {
    if (!image.repositories.some((r) => r.name === repository && !r.approximation)) continue;
    for (const tag of candidateTags(image, repository)) {
      const reference = `${repository}:${tag}`;
      if (seen.has(reference)) continue;
      // Only tags the catalog reads as this very entry: the generated ones it would not are left out.
      const resolution = resolveBaseImage(reference);
      if (resolution.image.id !== image.id || resolution.reasons.some((r) => STAND_INS.has(r))) continue;
      seen.add(reference);
      const figure = resolution.image.size;
      entries.push({
        reference,
        detail: `${formatSize(figure.bytes)} · ${libcName(resolution.image.libc.family)}${resolution.estimated ? " · estimate" : ""}`,
        documentation: [image.title + ".", describeFigure(figure), resolution.note]
          .filter(Boolean)
          .join("\n\n"),
        estimated: resolution.estimated,
      });
    }
  }
  return entries;
}

/**
 * The entry's own tags, then for Docker Hub's official images the versions and channels with each
 * variant and OS suffix the entry is measured on.
 */
function candidateTags(image: BaseImage, repository: string): string[] {
  const tags = new Set<string>();
  for (const reference of [image.id, image.measuredTag]) {
    if (reference.startsWith(`${repository}:`)) tags.add(reference.slice(repository.length + 1));
  }
  // Other registries name their tags their own way (distroless's `nonroot`): only the entry's own.
  if (repository.includes("/")) return [...tags];
  const { versions, floating, variants, releases, defaultDistro } = image.tags;
  const distro = image.os.distro;
  const suffixes = defaultDistro || image.family === distro ? [""] : [];
  if (image.family !== distro) {
    if (distro === "alpine") suffixes.push("alpine", ...releases.map((release) => `alpine${release}`));
    else if (distro === "debian" || distro === "ubuntu") suffixes.push(...releases);
  }
  // `latest` stands alone: the variants of the latest release are written without it (`python:slim`).
  const latest = floating.includes("latest");
  const heads = [...versions, ...floating.filter((word) => word !== "latest"), ...(latest ? [""] : [])];
  for (const head of heads) {
    for (const variant of variants) {
      for (const suffix of suffixes) tags.add([head, variant, suffix].filter(Boolean).join("-"));
    }
  }
  tags.delete("");
  if (latest) tags.add("latest");
  return [...tags];
}

function libcName(family: LibcFamily): string {
  return family === "none" ? "no libc" : family;
}

/** "Measured size 124MB, from …" in words, with the source the catalog records. */
function describeFigure(figure: Figure): string {
  const { source } = figure;
  const date = source.date ? ` (${source.date})` : "";
  const where: Record<typeof source.mark, string> = {
    RI: `from docker-library's repo-info, \`${source.ref}\`${date}`,
    DL: `from GoogleContainerTools/distroless, \`${source.ref}\`${date}`,
    DEB: `added up from ${source.ref}`,
    M: source.ref,
    WEB: `from a published page, ${source.ref}${date}`,
    EST: `estimated in ${source.ref}`,
  };
  const note = figure.note ? ` ${figure.note}` : "";
  return `${figure.estimated ? "Estimated" : "Measured"} size ${formatSize(figure.bytes)}: ${where[source.mark]}.${note}`;
}

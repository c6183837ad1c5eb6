// `RUN chown -R` (or chmod -R) over files an earlier layer added: a layer stores whole files, so a
// change of owner or mode copies every byte up into a new layer and the image carries them twice.
// `COPY --chown` / `--chmod` set them once.
import type { Diagnostic } from "../../diagnostics/types";
import { formatSize } from "../../simulate/formatSize";
import { finalImage } from "./finalImage";
import { layerChanges, layerName } from "./imageLayers";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const CHOWN_DUPLICATES_FILES = "chown-duplicates-files";

/** Below this a copy-up is not worth a warning (a few config files). */
const MIN_BYTES = 1_000_000;

export const chownDuplicatesFiles: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const diagnostics: Diagnostic[] = [];
  for (const { layer, replaced } of layerChanges(image.stage.layers)) {
    if (layer.kind !== "run" || layer.line === null) continue;
    const metadataOnly = replaced.filter(
      ({ before, after }) =>
        before.sizeBytes === after.sizeBytes &&
        before.content === after.content &&
        (before.uid !== after.uid || before.gid !== after.gid || before.mode !== after.mode),
    );
    const bytes = metadataOnly.reduce((sum, { after }) => sum + after.sizeBytes, 0);
    if (bytes < MIN_BYTES) continue;
    const owner = metadataOnly.some(
      ({ before, after }) => before.uid !== after.uid || before.gid !== after.gid,
    );
    const sample = metadataOnly.find(({ before, after }) => before.uid !== after.uid) ?? metadataOnly[0];
    const sources = [...new Set(metadataOnly.map(({ by }) => layerName(by)))].join(" and ");
    const flag = owner ? `--chown=${sample?.after.uid ?? 1000}:${sample?.after.gid ?? 1000}` : "--chmod=…";
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: CHOWN_DUPLICATES_FILES,
        severity: "warning",
        line: layer.line,
        message: `This RUN only changes the ${owner ? "owner" : "permissions"} of files ${sources} added, but a layer stores whole files: ${formatSize(bytes)} are copied again into this layer, and the image carries them twice.`,
        fix: `Set ${owner ? "the owner" : "the mode"} where the files are added: ${code(`COPY ${flag} …`)} (or do the change in the same RUN that creates them).`,
        url: "https://docs.docker.com/reference/dockerfile/#copy---chown---chmod",
      }),
    );
  }
  return diagnostics;
};

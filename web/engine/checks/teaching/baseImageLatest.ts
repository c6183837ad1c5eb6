// `FROM python` or `FROM node:latest`: the image moves with every release, so the same Dockerfile
// builds something else next month (a new Debian and glibc, a new Python minor) and the cache of
// every step after FROM is lost. The catalog's resolution says whether a tag was written.
import type { Diagnostic } from "../../diagnostics/types";
import { teachingDiagnostic, code } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const BASE_IMAGE_LATEST = "base-image-latest";

export const baseImageLatest: TeachingCheck = (input) => {
  const diagnostics: Diagnostic[] = [];
  for (const simulated of input.simulation.stages) {
    const resolution = simulated.base;
    const stage = input.stages[simulated.stage];
    if (!resolution || !stage || resolution.pinned || !(resolution.untagged || resolution.latest)) continue;
    const written = resolution.reference.raw;
    const measured = resolution.image.measuredTag;
    // Distroless and chainguard publish no version tags: a digest is the only pin.
    const versioned = !/:latest$/.test(measured) && measured !== written;
    const today = versioned ? ` (today ${measured})` : "";
    diagnostics.push(
      teachingDiagnostic(input, {
        rule: BASE_IMAGE_LATEST,
        severity: "warning",
        line: stage.line,
        message: resolution.untagged
          ? `${code(`FROM ${written}`)} names no tag, so Docker pulls ${written}:latest, which moves with every release: the same Dockerfile builds a different image later${today}.`
          : `${code(`FROM ${written}`)} follows latest, which moves with every release: the same Dockerfile builds a different image later${today}.`,
        fix: versioned
          ? `Name the version you tested, e.g. ${code(`FROM ${measured}`)}, and update it on purpose.`
          : `Pin the image by digest (${code(`FROM ${written}@sha256:…`)}) and update it on purpose.`,
        url: "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
      }),
    );
  }
  return diagnostics;
};

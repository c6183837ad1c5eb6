import { parseImageReference } from "../../simulate/catalog";
import type { FixFor } from "./types";

/**
 * base-image-latest: the tag `latest` stands for today, as the catalog measured it
 * (`python` → `python:3.12.14-trixie`), so the pinned image is the one the learner builds now. No fix
 * for an image the catalog does not know, one it only approximates, one that publishes no version
 * tags (distroless), or a FROM written with a variable.
 */
export const pinBaseImage: FixFor = ({ analysis, instruction }) => {
  const stage = analysis.stages.find((candidate) => candidate.from === instruction);
  const word = instruction?.args[0];
  const resolution = analysis.simulation.stages.find((each) => each.stage === stage?.index)?.base;
  if (!stage || !word || !resolution || resolution.unknown || resolution.pinned) return null;
  if (word.value !== resolution.reference.raw || stage.baseText !== stage.base) return null;
  if (resolution.reasons.includes("approximate-repository")) return null;
  const measured = parseImageReference(resolution.image.measuredTag);
  const tag = measured.tag;
  if (measured.repository !== resolution.reference.repository || !tag || tag === "latest") return null;
  const name = resolution.reference.raw.replace(/:latest$/, "");
  return {
    title: `Pin ${name} to ${tag}, today's latest`,
    edits: [{ range: word.range, text: `${name}:${tag}` }],
  };
};

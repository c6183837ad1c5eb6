// The comparison in sentences, so that the figures cannot be read the wrong way round: a smaller
// image that would not start is not a win, and a size saved by picking a smaller base is not a
// saving of the second stage.
import { formatSeconds, formatSize, type ShowdownFigures, type ToolView } from "../../engine";

export type Tone = "bad" | "warn" | "good" | "info";

export interface Reading {
  tone: Tone;
  text: string;
}

export interface Contender {
  label: string;
  figures: ShowdownFigures;
}

export function readShowdown(a: Contender, b: Contender): Reading[] {
  const readings: Reading[] = [...startReadings(a), ...startReadings(b)];
  if (a.figures.runs === true && b.figures.runs === true) {
    readings.push({ tone: "good", text: "Both images would start." });
  }
  readings.push(...sizeReadings(a, b));
  for (const side of [a, b]) {
    const tools = side.figures.tools;
    const builders = tools.filter(isBuildTool);
    if (builders.length > 0) {
      readings.push({ tone: "warn", text: `${side.label} still ships build tools: ${names(builders)}.` });
    } else if (side.figures.sizeBytes !== null && tools.length === 0) {
      readings.push({
        tone: "good",
        text: `${side.label} keeps no shell, package manager or compiler.`,
      });
    }
  }
  readings.push(...timeReadings(a, b));
  return readings;
}

function startReadings({ label, figures }: Contender): Reading[] {
  const problem = figures.problem ?? "Stageplay found no reason.";
  if (figures.sizeBytes === null) return [{ tone: "bad", text: `${label} has no image: ${problem}` }];
  if (figures.runs === false) return [{ tone: "bad", text: `${label} would not start: ${problem}` }];
  if (figures.runs === null) {
    return [{ tone: "warn", text: `Stageplay cannot tell whether ${label} starts: ${problem}` }];
  }
  return [];
}

function sizeReadings(a: Contender, b: Contender): Reading[] {
  const sizeA = a.figures.sizeBytes;
  const sizeB = b.figures.sizeBytes;
  if (sizeA === null || sizeB === null) return [];
  if (sizeA === sizeB) return [{ tone: "info", text: `Both images are ${formatSize(sizeA)}.` }];
  const [small, big] = sizeA < sizeB ? [a, b] : [b, a];
  const smallSize = Math.min(sizeA, sizeB);
  const bigSize = Math.max(sizeA, sizeB);
  const diff = bigSize - smallSize;
  const readings: Reading[] = [];

  const compared = `${small.label} is ${formatSize(diff)} smaller than ${big.label} (${percent(diff, bigSize)}: ${formatSize(smallSize)} against ${formatSize(bigSize)})`;
  if (small.figures.runs === false) {
    readings.push({
      tone: "bad",
      text: `${compared}, but it would not start: a smaller image that does not start is not a win.`,
    });
  } else if (small.figures.runs === null) {
    readings.push({ tone: "warn", text: `${compared}, but Stageplay cannot tell whether it starts.` });
  } else {
    readings.push({ tone: "info", text: `${compared}.` });
  }

  const smallBase = small.figures.baseBytes;
  const bigBase = big.figures.baseBytes;
  if (smallBase !== null && bigBase !== null) {
    const baseDiff = bigBase - smallBase;
    if (small.figures.base !== big.figures.base && baseDiff > 0) {
      const share =
        baseDiff >= diff ? "All of that difference" : `${formatSize(baseDiff)} of that difference`;
      readings.push({
        tone: "info",
        text: `${share} is the base image alone: ${big.figures.base} is ${formatSize(bigBase)} and ${small.figures.base} is ${formatSize(smallBase)}.`,
      });
    }
    readings.push({
      tone: "info",
      text: `${small.label} is not smaller than its base image (no image is): ${small.figures.base} alone is ${formatSize(smallBase)}, and its build adds ${formatSize(smallSize - smallBase)} on top.`,
    });
  }

  const estimated = [a, b].filter((s) => s.figures.estimatedBytes > 0);
  if (estimated.length > 0) {
    const parts = estimated.map((s) => `${formatSize(s.figures.estimatedBytes)} of ${s.label}`);
    readings.push({ tone: "info", text: `Some of these bytes are estimates: ${parts.join(" and ")}.` });
  }
  return readings;
}

function timeReadings(a: Contender, b: Contender): Reading[] {
  // A build that stops early is not faster.
  if (a.figures.sizeBytes === null || b.figures.sizeBytes === null) return [];
  const [fast, slow] = a.figures.buildMs <= b.figures.buildMs ? [a, b] : [b, a];
  if (fast.figures.buildMs === 0 || slow.figures.buildMs < fast.figures.buildMs * 1.1) return [];
  return [
    {
      tone: "info",
      text: `${slow.label} takes longer to build: ${formatSeconds(slow.figures.buildMs)} against ${formatSeconds(fast.figures.buildMs)} (simulated).`,
    },
  ];
}

function percent(part: number, whole: number): string {
  const value = (part / whole) * 100;
  return value < 1 ? "less than 1%" : `${Math.round(value)}%`;
}

export const isBuildTool = (tool: ToolView) => tool.role === "compiler" || tool.role === "build-tool";

const names = (tools: readonly ToolView[]) => tools.map((t) => t.name).join(", ");

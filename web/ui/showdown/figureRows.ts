// The showdown's table as data: one row per figure, one cell per side, each cell a figure in words
// with the note that keeps it honest (estimated, what the base alone weighs, would not start).
import { formatSeconds, formatSize, type ShowdownFigures, type ToolView } from "../../engine";
import type { Tone } from "./readShowdown";

export interface FigureCell {
  text: string;
  notes: { text: string; tone: Tone | null }[];
}

export interface FigureRow {
  label: string;
  cells: FigureCell[];
}

export function figureRows(sides: readonly ShowdownFigures[]): FigureRow[] {
  // Only the smaller image is at risk of being read as a win of its own build.
  const sized = sides.filter((f) => f.sizeBytes !== null);
  const smallest =
    sized.length > 1 ? sized.reduce((min, f) => ((f.sizeBytes ?? 0) < (min.sizeBytes ?? 0) ? f : min)) : null;
  const row = (label: string, cell: (f: ShowdownFigures) => FigureCell): FigureRow => ({
    label,
    cells: sides.map(cell),
  });
  return [
    row("Image size", (f) => sizeCell(f, f === smallest)),
    row("Base image", (f) =>
      f.base === null
        ? plain("none")
        : plain(`${f.base}${f.baseBytes === null ? "" : ` (${formatSize(f.baseBytes)})`}`),
    ),
    row("Added to the base", (f) =>
      f.sizeBytes === null || f.baseBytes === null
        ? plain("no image")
        : plain(formatSize(f.sizeBytes - f.baseBytes)),
    ),
    row("Layers", (f) => (f.sizeBytes === null ? plain("no image") : plain(String(f.layers)))),
    row("Files", (f) => (f.sizeBytes === null ? plain("no image") : plain(String(f.fileCount)))),
    row("Tools left", toolsCell),
    row("Build time (simulated)", (f) => plain(formatSeconds(f.buildMs))),
    row("Starts?", startCell),
  ];
}

function sizeCell(f: ShowdownFigures, smaller: boolean): FigureCell {
  if (f.sizeBytes === null)
    return { text: "no image", notes: [{ text: "the build has no image", tone: "bad" }] };
  const notes: FigureCell["notes"] = [];
  if (f.estimatedBytes > 0)
    notes.push({ text: `${formatSize(f.estimatedBytes)} of it estimated`, tone: null });
  if (f.baseBytes !== null) {
    const mostlyBase = smaller && f.baseBytes >= f.sizeBytes * 0.95;
    const base = `the base alone is ${formatSize(f.baseBytes)}`;
    notes.push({ text: mostlyBase ? `not smaller than its base: ${base}` : base, tone: null });
  }
  if (f.runs === false) notes.push({ text: "would not start", tone: "bad" });
  return { text: formatSize(f.sizeBytes), notes };
}

const ROLE_LABELS: Record<ToolView["role"], string> = {
  shell: "shells",
  "package-manager": "package managers",
  compiler: "compilers",
  "build-tool": "build tools",
  "network-tool": "network tools",
  vcs: "version control",
};

/** Tools by role, in the order a reader weighs them: what builds, what installs, what runs commands. */
export function toolsByRole(tools: readonly ToolView[]): { role: string; names: string[] }[] {
  const order: ToolView["role"][] = [
    "compiler",
    "build-tool",
    "package-manager",
    "shell",
    "network-tool",
    "vcs",
  ];
  return order
    .map((role) => ({
      role: ROLE_LABELS[role],
      names: tools.filter((t) => t.role === role).map((t) => t.name),
    }))
    .filter((group) => group.names.length > 0);
}

function toolsCell(f: ShowdownFigures): FigureCell {
  if (f.sizeBytes === null) return plain("no image");
  if (f.tools.length === 0) return plain("none");
  const hasBuildTools = f.tools.some((t) => t.role === "compiler" || t.role === "build-tool");
  return {
    text: String(f.tools.length),
    notes: toolsByRole(f.tools).map((g) => ({
      text: `${g.role}: ${g.names.join(", ")}`,
      tone: hasBuildTools && (g.role === "compilers" || g.role === "build tools") ? "warn" : null,
    })),
  };
}

function startCell(f: ShowdownFigures): FigureCell {
  const problem = f.problem ? [{ text: f.problem, tone: null }] : [];
  if (f.sizeBytes === null) return { text: "No image", notes: problem };
  if (f.runs === true) return { text: "Starts", notes: [] };
  if (f.runs === false) return { text: "Would not start", notes: problem };
  return { text: "Cannot tell", notes: problem };
}

const plain = (text: string): FigureCell => ({ text, notes: [] });

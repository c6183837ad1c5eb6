// The image explorer's words and figures, as pure functions the components and tests share.
import type { SizeByOrigin, ToolView, Verdict, VerdictReason } from "../../engine";

/** The verdict in two or three words, and a sentence on how sure it is. */
export function verdictSummary(verdict: Verdict): {
  title: string;
  detail: string;
  tone: "ok" | "fail" | "unknown";
} {
  if (verdict.runs === true) {
    return {
      title: "Starts",
      detail: verdict.certain
        ? "Every check on the command, its interpreter, libraries and user passes."
        : "As far as Stageplay can see: a step it cannot see into could still change this.",
      tone: "ok",
    };
  }
  if (verdict.runs === false) {
    return {
      title: "Would not start",
      detail: "A check fails for certain: see the reason, its line and the fix.",
      tone: "fail",
    };
  }
  if (verdict.exportOnly) {
    return {
      title: "Cannot tell",
      detail:
        "This stage has no command: it collects files for docker build --output, it is not meant to run.",
      tone: "unknown",
    };
  }
  return {
    title: "Cannot tell",
    detail: "A check fails, but a step or image Stageplay cannot see into may supply what is missing.",
    tone: "unknown",
  };
}

export function reasonStatus(reason: VerdictReason): { mark: string; label: string } {
  if (reason.ok) return { mark: "✓", label: "Passes" };
  if (reason.unsure) return { mark: "?", label: "Cannot be sure" };
  return { mark: "✗", label: "Fails" };
}

export type OriginKey = keyof SizeByOrigin;

export const ORIGIN_LABELS: Record<OriginKey, string> = {
  base: "Base image",
  otherStages: "Copied from other stages",
  otherImages: "Copied from other images",
  context: "Build context",
  run: "RUN and other steps",
};

export interface OriginSegment {
  key: OriginKey;
  label: string;
  bytes: number;
  /** Share of the total, 0–100. */
  percent: number;
}

/** The non-empty parts of a size split, in a fixed order, with their shares. */
export function originSegments(split: SizeByOrigin): OriginSegment[] {
  const keys = Object.keys(ORIGIN_LABELS) as OriginKey[];
  const total = keys.reduce((sum, key) => sum + split[key], 0);
  if (total <= 0) return [];
  return keys
    .filter((key) => split[key] > 0)
    .map((key) => ({
      key,
      label: ORIGIN_LABELS[key],
      bytes: split[key],
      percent: (split[key] / total) * 100,
    }));
}

/** "29%", or "<1%" for a share too small to round to one. */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 1) return "<1%";
  return `${Math.round(percent)}%`;
}

const ROLE_LABELS: Record<ToolView["role"], string> = {
  compiler: "compiler",
  "build-tool": "build tool",
  "package-manager": "package manager",
  shell: "shell",
  "network-tool": "network tool",
  vcs: "version control",
};

export const toolRole = (tool: ToolView) => ROLE_LABELS[tool.role];

// A stage's image config as BuildKit's dispatcher builds it: inherited from the base image's config
// (or the parent stage's, lines reset), then changed by ENV, WORKDIR, USER, EXPOSE, LABEL,
// ENTRYPOINT (which resets a CMD not set in this stage), CMD, SHELL, HEALTHCHECK, STOPSIGNAL and
// VOLUME. ARG is not persisted. Words are expanded with the stage's variables by the caller.
import type { Instruction } from "../../parse/types";
import type { ImageConfig } from "../catalog/types";
import { normalizePath } from "../filesystem/paths";
import type { StageSimulation } from "../types";

export type StageConfig = StageSimulation["config"];

const DEFAULT_SHELL = ["/bin/sh", "-c"];

/** The config a stage starts with: its base image's, or a copy of its parent stage's. */
export function initialConfig(base: ImageConfig | null, parent: StageConfig | null): StageConfig {
  if (parent) {
    // Object.assign rather than spreads: `{ ...a, b }` is slow in V8 and this runs per stage.
    return Object.assign({}, parent, {
      labels: Object.assign({}, parent.labels),
      volumes: [...parent.volumes],
      entrypointLine: null,
      cmdLine: null,
      userLine: null,
    });
  }
  return {
    user: base?.user ?? "",
    workdir: base?.workdir ?? "/",
    env: base?.env ?? {},
    entrypoint: base?.entrypoint ?? null,
    cmd: base?.cmd ?? null,
    ...(base?.exposedPorts ? { exposedPorts: [...base.exposedPorts] } : {}),
    ...(base?.stopSignal ? { stopSignal: base.stopSignal } : {}),
    labels: {},
    volumes: [],
    shell: DEFAULT_SHELL,
    healthcheck: null,
    entrypointLine: null,
    cmdLine: null,
    entrypointShellForm: false,
    cmdShellForm: false,
    userLine: null,
  };
}

/**
 * Applies a metadata instruction to `config`. `expand` expands one word with the stage's variables
 * and removes its quotes. Returns the WORKDIR path when the instruction was WORKDIR.
 */
export function applyConfig(
  config: StageConfig,
  instruction: Instruction,
  expand: (text: string) => string,
): void {
  const line = instruction.range.start.line;
  const words = instruction.args.map((w) => w.value);
  switch (instruction.keyword) {
    case "ENV": {
      const updates = (instruction.pairs ?? []).map(
        (p) => [expand(p.key.value), expand(p.value.value)] as const,
      );
      const env: Record<string, string> = Object.assign({}, config.env);
      for (const [key, value] of updates) env[key] = value;
      config.env = env;
      return;
    }
    case "WORKDIR":
      config.workdir = normalizePath(expand(words[0] ?? ""), config.workdir);
      return;
    case "USER":
      config.user = expand(words[0] ?? "");
      config.userLine = line;
      return;
    case "EXPOSE": {
      const ports = words.map(expand).map((p) => (p.includes("/") ? p.toLowerCase() : `${p}/tcp`));
      config.exposedPorts = [...new Set([...(config.exposedPorts ?? []), ...ports])];
      return;
    }
    case "LABEL":
      config.labels = Object.assign({}, config.labels);
      for (const pair of instruction.pairs ?? [])
        config.labels[expand(pair.key.value)] = expand(pair.value.value);
      return;
    case "MAINTAINER":
      return;
    case "ENTRYPOINT":
      config.entrypoint = command(instruction, config.shell);
      config.entrypointShellForm = !instruction.json;
      config.entrypointLine = line;
      // BuildKit clears a CMD inherited from the base, but keeps one set earlier in this stage.
      if (config.cmdLine === null) {
        config.cmd = null;
        config.cmdShellForm = false;
      }
      return;
    case "CMD":
      config.cmd = command(instruction, config.shell);
      config.cmdShellForm = !instruction.json;
      config.cmdLine = line;
      return;
    case "SHELL":
      config.shell = words;
      return;
    case "HEALTHCHECK": {
      if ((words[0] ?? "").toUpperCase() === "NONE")
        config.healthcheck = { test: ["NONE"], shellForm: false, line };
      else {
        const test = instruction.json ? words.slice(1) : [...config.shell, words.slice(1).join(" ")];
        config.healthcheck = { test, shellForm: !instruction.json, line };
      }
      return;
    }
    case "STOPSIGNAL":
      config.stopSignal = expand(words[0] ?? "");
      return;
    case "VOLUME":
      config.volumes = [...new Set([...config.volumes, ...words.map(expand).filter((v) => v !== "")])];
      return;
  }
}

function command(instruction: Instruction, shell: readonly string[]): string[] {
  const words = instruction.args.map((w) => w.value);
  if (instruction.json) return words;
  return [...shell, instruction.text];
}

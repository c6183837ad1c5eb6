// Hand-built StageSimulations for the verdict's tests: a stage from a catalog image (or scratch, or
// another stage), with files added layer by layer and an image config, as the simulator's core
// would produce them.
import { resolveBaseImage } from "../../catalog";
import { asStageIndex, type StageIndex } from "../../../stages/types";
import type { EffectKnowledge, FileFact, FileNode, Layer, StageSimulation } from "../../types";
import { isAtOrUnder } from "../paths";

type Config = StageSimulation["config"];

export interface FileOptions {
  mode?: number;
  uid?: number;
  gid?: number;
  facts?: FileFact[];
  sizeBytes?: number;
  bulk?: boolean;
  /** COPY --from: the stage and the path the file had there. */
  from?: { stage: number; path: string };
  target?: string;
  content?: string;
}

export function file(path: string, options: FileOptions = {}): FileNode {
  return node(path, options.target === undefined ? "file" : "symlink", options);
}

export function dir(path: string, options: FileOptions = {}): FileNode {
  return node(path, "dir", { mode: 0o755, ...options });
}

function node(path: string, type: FileNode["type"], options: FileOptions): FileNode {
  return {
    path,
    type,
    sizeBytes: options.sizeBytes ?? 100,
    bulk: options.bulk ?? false,
    mode: options.mode ?? (type === "file" ? 0o644 : 0o777),
    uid: options.uid ?? 0,
    gid: options.gid ?? 0,
    origin: { kind: "context", path: path.slice(1) },
    facts: options.facts ?? [],
    ...(options.target === undefined ? {} : { target: options.target }),
    ...(options.content === undefined ? {} : { content: options.content }),
    ...(options.from
      ? { copiedFrom: { from: asStageIndex(options.from.stage), path: options.from.path, line: 0 } }
      : {}),
  };
}

export const facts = {
  pythonSource: (...imports: string[]): FileFact => ({ kind: "source", language: "python", imports }),
  jsSource: (...imports: string[]): FileFact => ({ kind: "source", language: "javascript", imports }),
  pythonPackage: (
    name: string,
    sitePackages: string,
    more: Partial<Extract<FileFact, { kind: "python-package" }>> = {},
  ): FileFact => ({
    kind: "python-package",
    name,
    imports: [name],
    sitePackages,
    pythonMinor: /python(\d+\.\d+)/.exec(sitePackages)?.[1] ?? null,
    nativeLibc: null,
    scripts: [],
    ...more,
  }),
  venv: (home: string, pythonMinor: string | null): FileFact => ({ kind: "venv", home, pythonMinor }),
  elf: (
    linkage: "static" | "dynamic",
    libc: "glibc" | "musl" | "none",
    producer = "go",
    needs: string[] = [],
  ): FileFact => ({
    kind: "elf",
    linkage,
    libc,
    needs,
    producer,
  }),
  script: (interpreter: string): FileFact => ({ kind: "script", interpreter }),
  nodeModules: (packages: string[], native: "glibc" | "musl" | null = null): FileFact => ({
    kind: "node-modules",
    packages,
    production: true,
    native,
  }),
  jar: (javaRelease: number, executable = true): FileFact => ({ kind: "jar", javaRelease, executable }),
  passwd: (...users: { name: string; uid: number }[]): FileFact => ({
    kind: "passwd",
    users: users.map((user) => ({ ...user, gid: user.uid, home: `/home/${user.name}` })),
  }),
};

export class StageBuilder {
  private readonly layers: Layer[];
  private readonly config: Config;

  constructor(
    private readonly sim: Omit<StageSimulation, "layers" | "files" | "config">,
    layers: Layer[],
    config: Config,
  ) {
    this.layers = [...layers];
    this.config = { ...config, entrypointLine: null, cmdLine: null, userLine: null };
  }

  /** A COPY (or any step) at `line` adding `nodes`; COPY --from marks them with that line. */
  copy(line: number, ...nodes: FileNode[]): this {
    const added = nodes.map((n) => (n.copiedFrom ? { ...n, copiedFrom: { ...n.copiedFrom, line } } : n));
    return this.layer(line, "copy", added, [], "known", `COPY … (line ${line})`);
  }

  run(
    line: number,
    nodes: FileNode[],
    options: { deleted?: string[]; knowledge?: EffectKnowledge; text?: string } = {},
  ): this {
    const made = nodes.map((n) => ({ ...n, origin: { kind: "step" as const, stage: this.sim.stage, line } }));
    return this.layer(
      line,
      "run",
      made,
      options.deleted ?? [],
      options.knowledge ?? "known",
      options.text ?? `RUN … (line ${line})`,
    );
  }

  private layer(
    line: number,
    kind: Layer["kind"],
    added: FileNode[],
    deleted: string[],
    knowledge: EffectKnowledge,
    instruction: string,
  ): this {
    this.layers.push({
      id: `s${this.sim.stage}.l${this.layers.length}`,
      stage: this.sim.stage,
      line,
      instruction,
      kind,
      added,
      modified: [],
      deleted,
      sizeBytes: added.reduce((sum, n) => sum + n.sizeBytes, 0),
      knowledge,
      notes: [],
      estimated: false,
    });
    return this;
  }

  workdir(path: string): this {
    this.config.workdir = path;
    return this;
  }

  env(values: Record<string, string>): this {
    this.config.env = { ...this.config.env, ...values };
    return this;
  }

  cmd(words: string[], line: number, shellForm = false): this {
    Object.assign(this.config, { cmd: words, cmdLine: line, cmdShellForm: shellForm });
    return this;
  }

  entrypoint(words: string[], line: number, shellForm = false): this {
    Object.assign(this.config, { entrypoint: words, entrypointLine: line, entrypointShellForm: shellForm });
    return this;
  }

  user(name: string, line: number): this {
    Object.assign(this.config, { user: name, userLine: line });
    return this;
  }

  build(): StageSimulation {
    const files = new Map<string, FileNode>();
    for (const layer of this.layers) {
      for (const gone of layer.deleted)
        for (const path of [...files.keys()]) if (isAtOrUnder(path, gone)) files.delete(path);
      for (const added of [...layer.added, ...layer.modified]) files.set(added.path, added);
    }
    const sizeBytes = this.layers.reduce((sum, layer) => sum + layer.sizeBytes, 0);
    return {
      ...this.sim,
      layers: this.layers,
      files: [...files.values()].sort((a, b) => a.path.localeCompare(b.path)),
      config: structuredClone(this.config),
      sizeBytes,
      estimatedBytes: 0,
    };
  }
}

function emptyConfig(): Config {
  return {
    user: "",
    workdir: "/",
    env: {},
    entrypoint: null,
    cmd: null,
    labels: {},
    volumes: [],
    shell: ["/bin/sh", "-c"],
    healthcheck: null,
    entrypointLine: null,
    cmdLine: null,
    entrypointShellForm: false,
    cmdShellForm: false,
    userLine: null,
  };
}

/** `FROM <image>` as stage `index`; "scratch" gives an empty stage with no base. */
export function fromImage(reference: string, index = 0): StageBuilder {
  const stage: StageIndex = asStageIndex(index);
  if (reference === "scratch")
    return new StageBuilder({ stage, base: null, sizeBytes: 0, estimatedBytes: 0 }, [], emptyConfig());
  const base = resolveBaseImage(reference);
  const layer: Layer = {
    id: `s${index}.base`,
    stage,
    line: null,
    instruction: reference,
    kind: "base",
    added: [],
    modified: [],
    deleted: [],
    sizeBytes: base.image.size.bytes,
    knowledge: "known",
    notes: [],
    estimated: base.image.size.estimated,
  };
  const config = { ...emptyConfig(), ...base.image.config, env: { ...base.image.config.env } };
  return new StageBuilder({ stage, base, sizeBytes: 0, estimatedBytes: 0 }, [layer], config);
}

/** `FROM <stage>`: the parent's layers and config, as stage `index`. */
export function fromStage(parent: StageSimulation, index: number): StageBuilder {
  return new StageBuilder(
    { stage: asStageIndex(index), base: null, sizeBytes: 0, estimatedBytes: 0 },
    parent.layers,
    parent.config,
  );
}

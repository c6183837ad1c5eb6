// Collects one step's changes against the filesystem below it and turns them into a Layer: a node
// that replaces a visible path is "modified" (the whole file is copied up), a new one is "added",
// and missing parent directories are created as Docker does.
import type { EffectKnowledge, FileNode, FileOrigin, Layer } from "../types";
import type { StageIndex } from "../../stages/types";
import type { LayeredFs } from "./layeredFs";
import { dirNode } from "./fileNode";
import { ancestors, dirname } from "./paths";

const RANK: Record<EffectKnowledge, number> = { known: 0, partial: 1, unknown: 2 };

export class LayerDraft {
  private readonly changes = new Map<string, FileNode>();
  private readonly deleted: string[] = [];
  private readonly notes: string[] = [];
  private readonly noted = new Set<string>();
  private knowledge: EffectKnowledge = "known";
  /** Set by remove, after which a held path may lack a parent. */
  private removed = false;

  constructor(
    private readonly fs: LayeredFs,
    /** Origin of the parent directories the draft creates. */
    private readonly origin: FileOrigin,
  ) {}

  /** Whether `path` is visible below or was put by this draft. */
  has(path: string): FileNode | undefined {
    return this.changes.get(path) ?? this.fs.nodes.get(path);
  }

  put(node: FileNode): void {
    if (this.removed) {
      for (const dir of ancestors(node.path)) {
        if (!this.has(dir)) this.changes.set(dir, dirNode(dir, this.origin));
      }
    } else {
      // Every path this draft holds already has its parents (put made them), so the walk up stops at
      // the first one: checking every ancestor of every node made copying a deep tree cost its depth
      // squared per file. A remove can break that, and then the full check above runs.
      const missing: string[] = [];
      for (let dir = dirname(node.path); dir !== "/" && !this.changes.has(dir); dir = dirname(dir)) {
        if (!this.fs.nodes.has(dir)) missing.push(dir);
      }
      for (let i = missing.length - 1; i >= 0; i--) {
        const dir = missing[i] as string;
        this.changes.set(dir, dirNode(dir, this.origin));
      }
    }
    this.changes.set(node.path, node);
  }

  /** A whiteout when the path exists below; forgets it when only this draft had put it. */
  remove(path: string): void {
    this.removed = true;
    this.changes.delete(path);
    if (this.fs.nodes.has(path)) this.deleted.push(path);
  }

  note(text: string): void {
    // A Set, not notes.includes: a copy can note each of its directories, which made it quadratic.
    if (this.noted.has(text)) return;
    this.noted.add(text);
    this.notes.push(text);
  }

  /** Lowers the knowledge of the layer (known → partial → unknown), never raises it. */
  know(level: EffectKnowledge): void {
    if (RANK[level] > RANK[this.knowledge]) this.knowledge = level;
  }

  finish(fields: Pick<Layer, "id" | "stage" | "line" | "instruction" | "kind">): Layer {
    const added: FileNode[] = [];
    const modified: FileNode[] = [];
    let sizeBytes = 0;
    let estimated = false;
    for (const node of this.changes.values()) {
      (this.fs.nodes.has(node.path) ? modified : added).push(node);
      sizeBytes += node.sizeBytes;
      if (node.estimated === true) estimated = true;
    }
    // Fields written out: an object spread followed by more properties is slow in V8 (Node 20).
    return {
      id: fields.id,
      stage: fields.stage,
      line: fields.line,
      instruction: fields.instruction,
      kind: fields.kind,
      added,
      modified,
      deleted: this.deleted,
      sizeBytes,
      knowledge: this.knowledge,
      notes: this.notes,
      estimated,
    };
  }
}

/** Starts a layer on top of `fs`; new parent directories get `parentOrigin`. */
export function layerDraft(fs: LayeredFs, parentOrigin: FileOrigin): LayerDraft {
  return new LayerDraft(fs, parentOrigin);
}

/** Where a step's files come from. */
export function stepOrigin(stage: StageIndex, line: number): FileOrigin {
  return { kind: "step", stage, line };
}

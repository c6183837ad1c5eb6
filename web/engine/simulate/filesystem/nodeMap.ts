// The visible nodes of a filesystem by path, as a map that can be forked in constant time. A stage
// built FROM another starts from its parent's nodes: copying the parent's whole map made a chain of
// such stages cost the sum of every stage's size. A fork instead reads through to the parent (which
// is never changed again) and holds only its own changes, with `null` for a path it deleted.
import type { FileNode } from "../types";

/** How many maps a lookup may read through before a fork flattens them into one. */
const MAX_DEPTH = 16;

export class NodeMap {
  private readonly own: Map<string, FileNode | null>;
  private count: number;

  private constructor(
    private readonly below: NodeMap | null,
    own: Map<string, FileNode | null>,
    count: number,
    private readonly depth: number,
  ) {
    this.own = own;
    this.count = count;
  }

  static empty(): NodeMap {
    return new NodeMap(null, new Map(), 0, 0);
  }

  static of(nodes: Iterable<[string, FileNode]>): NodeMap {
    const own = new Map<string, FileNode | null>(nodes);
    return new NodeMap(null, own, own.size, 0);
  }

  /**
   * A map that starts with these nodes and takes changes of its own. `this` must not change after
   * it is forked: the fork reads through to it. Past MAX_DEPTH forks the chain is flattened, so a
   * lookup reads at most that many maps, and a long chain pays one copy every MAX_DEPTH stages.
   */
  fork(): NodeMap {
    if (this.depth + 1 < MAX_DEPTH) return new NodeMap(this, new Map(), this.count, this.depth + 1);
    return new NodeMap(null, new Map<string, FileNode | null>(this.entries()), this.count, 0);
  }

  get size(): number {
    return this.count;
  }

  get(path: string): FileNode | undefined {
    const node = this.own.get(path);
    if (node !== undefined) return node ?? undefined;
    return this.below?.get(path);
  }

  has(path: string): boolean {
    return this.get(path) !== undefined;
  }

  set(path: string, node: FileNode): void {
    const here = this.own.get(path);
    // New when this map has no entry and nothing below has it, or when this map had deleted it.
    if (here === null || (here === undefined && !this.below?.has(path))) this.count++;
    this.own.set(path, node);
  }

  delete(path: string): void {
    if (!this.has(path)) return;
    this.count--;
    if (this.below?.has(path)) this.own.set(path, null);
    else this.own.delete(path);
  }

  /** The visible [path, node] pairs, each once, in no particular order. */
  *entries(): IterableIterator<[string, FileNode]> {
    if (!this.below) {
      for (const [path, node] of this.own) if (node) yield [path, node];
      return;
    }
    const seen = new Set<string>();
    for (const map of this.levels()) {
      for (const [path, node] of map.own) {
        if (seen.has(path)) continue;
        seen.add(path);
        if (node) yield [path, node];
      }
    }
  }

  /** This map and the ones it reads through to, nearest first. */
  private levels(): NodeMap[] {
    return this.below ? [this, ...this.below.levels()] : [this];
  }

  /** The visible paths, in no particular order. */
  keys(): Iterable<string> {
    // A map that reads through to nothing holds no tombstones: its own keys are the answer.
    if (!this.below) return this.own.keys();
    return Array.from(this.entries(), ([path]) => path);
  }

  /** The visible nodes, in no particular order. */
  values(): Iterable<FileNode> {
    if (!this.below) return this.own.values() as Iterable<FileNode>;
    return Array.from(this.entries(), ([, node]) => node);
  }
}

// Which paths lie directly under each directory (directories only implied by a deeper path
// included), so a walk or a whiteout visits only its own subtree: scanning every visible path for
// each made a long stage quadratic. Forkable like NodeMap: a fork reads through to the index it came
// from and records, per directory, only the children it added or removed, so a chain of stages that
// each add a file to the same directory does not copy that directory's children at every stage.
import { dirname } from "./paths";

/** How many indexes a lookup may read through before a fork rebuilds one from the paths. */
const MAX_DEPTH = 16;

interface Children {
  added: Set<string>;
  removed: Set<string> | null;
  /** Set when this index emptied the directory: nothing below this index is read for it. */
  cleared: boolean;
}

export class DirIndex {
  private readonly own = new Map<string, Children>();

  private constructor(
    private readonly below: DirIndex | null,
    private readonly depth: number,
  ) {}

  static of(paths: Iterable<string>): DirIndex {
    const index = new DirIndex(null, 0);
    for (const path of paths) index.add(path);
    return index;
  }

  /** An index that starts as this one; this one must not change after. `paths` rebuilds a deep chain. */
  fork(paths: () => Iterable<string>): DirIndex {
    return this.depth + 1 < MAX_DEPTH ? new DirIndex(this, this.depth + 1) : DirIndex.of(paths());
  }

  private has(dir: string, child: string): boolean {
    const entry = this.own.get(dir);
    if (entry?.added.has(child)) return true;
    if (entry && (entry.cleared || entry.removed?.has(child))) return false;
    return this.below?.has(dir, child) ?? false;
  }

  /** This index and the ones it reads through to, nearest first. */
  private levels(): DirIndex[] {
    return this.below ? [this, ...this.below.levels()] : [this];
  }

  /** The paths directly under `dir`, in no particular order. */
  children(dir: string): string[] {
    const found: string[] = [];
    let hidden: Set<string> | null = null;
    for (const index of this.levels()) {
      const entry = index.own.get(dir);
      if (!entry) continue;
      for (const child of entry.added) if (!hidden?.has(child)) found.push(child);
      if (entry.cleared) break;
      if (index.below) {
        // What this level added or removed hides the same path further down.
        hidden ??= new Set();
        for (const child of entry.added) hidden.add(child);
        if (entry.removed) for (const child of entry.removed) hidden.add(child);
      }
    }
    return found;
  }

  private entry(dir: string): Children {
    let entry = this.own.get(dir);
    if (!entry) this.own.set(dir, (entry = { added: new Set(), removed: null, cleared: false }));
    return entry;
  }

  /** Indexes `path` and the directories above it. */
  add(path: string): void {
    for (let at = path; at !== "/"; at = dirname(at)) {
      const parent = dirname(at);
      if (this.has(parent, at)) return;
      const entry = this.entry(parent);
      entry.added.add(at);
      entry.removed?.delete(at);
    }
  }

  /** Every indexed path strictly under `dir`, in no particular order. */
  under(dir: string): string[] {
    const found: string[] = [];
    const pending = [dir];
    while (pending.length > 0) {
      for (const child of this.children(pending.pop() as string)) {
        found.push(child);
        pending.push(child);
      }
    }
    return found;
  }

  /** Forgets `path` and everything under it; returns the paths that were under it. */
  remove(path: string): string[] {
    const below = this.under(path);
    for (const gone of [path, ...below]) {
      if (this.own.has(gone) || this.below)
        this.own.set(gone, { added: new Set(), removed: null, cleared: true });
    }
    if (path !== "/") {
      const entry = this.entry(dirname(path));
      entry.added.delete(path);
      (entry.removed ??= new Set()).add(path);
    }
    return below;
  }
}

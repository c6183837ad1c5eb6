import { describe, expect, it } from "vitest";
import type { StageIndex } from "../../stages/types";
import { fileNode } from "./fileNode";
import { layerDraft } from "./layerDraft";
import { applyLayer, emptyFs, forkFs, fsReader, visibleFiles, visibleFilesOver, walkFs } from "./layeredFs";

const origin = { kind: "step", stage: 0 as StageIndex, line: 2 } as const;
const fields = { stage: 0 as StageIndex, line: 2, instruction: "RUN x", kind: "run" } as const;

function withFiles(...paths: [string, number][]) {
  const fs = emptyFs();
  const draft = layerDraft(fs, origin);
  for (const [path, sizeBytes] of paths) draft.put(fileNode(path, origin, { sizeBytes }));
  const layer = draft.finish({ ...fields, id: "l1" });
  applyLayer(fs, layer);
  return { fs, layer };
}

describe("a layered filesystem", () => {
  it("creates missing parent directories in the layer that adds a file", () => {
    const { layer } = withFiles(["/app/dist/index.html", 10]);
    expect(layer.added.map((n) => `${n.path} ${n.type}`)).toEqual([
      "/app dir",
      "/app/dist dir",
      "/app/dist/index.html file",
    ]);
  });
  it("hides a deleted directory and everything under it, but the earlier layer keeps its bytes", () => {
    const { fs, layer } = withFiles(["/tmp/cache/a", 100], ["/tmp/cache/b", 200]);
    const draft = layerDraft(fs, origin);
    draft.remove("/tmp/cache");
    const whiteout = draft.finish({ ...fields, id: "l2" });
    applyLayer(fs, whiteout);
    expect(whiteout).toMatchObject({ deleted: ["/tmp/cache"], sizeBytes: 0 });
    expect([...fs.nodes.keys()]).toEqual(["/tmp"]);
    expect(layer.sizeBytes).toBe(300);
  });
  it("bills a changed file again in full (a copy-up), as a modification", () => {
    const { fs } = withFiles(["/app/big.bin", 1_000]);
    const draft = layerDraft(fs, origin);
    draft.put(fileNode("/app/big.bin", origin, { sizeBytes: 1_000, uid: 1000 }));
    const chown = draft.finish({ ...fields, id: "l2" });
    expect(chown.modified.map((n) => n.path)).toEqual(["/app/big.bin"]);
    expect(chown.sizeBytes).toBe(1_000);
  });
  it("gives a fork its own view, so a child stage does not change its parent", () => {
    const { fs } = withFiles(["/a", 1]);
    const child = forkFs(fs);
    applyLayer(child, { ...withFiles(["/b", 1]).layer, id: "l9" });
    expect([...fs.nodes.keys()]).toEqual(["/a"]);
    expect([...child.nodes.keys()].sort()).toEqual(["/a", "/b"]);
  });
  it("answers the RUN interpreter's stat, list, walk and readText", () => {
    const { fs } = withFiles(["/app/a.py", 5], ["/app/lib/b.py", 7]);
    const draft = layerDraft(fs, origin);
    draft.put(fileNode("/app/req.txt", origin, { content: "flask\n" }));
    applyLayer(fs, draft.finish({ ...fields, id: "l2" }));
    const reader = fsReader(fs);
    expect(reader.stat("/app/a.py")?.sizeBytes).toBe(5);
    expect(reader.list("/app").map((n) => n.path)).toEqual(["/app/a.py", "/app/lib", "/app/req.txt"]);
    expect(reader.walk("/app").map((n) => n.path)).toEqual([
      "/app/a.py",
      "/app/lib",
      "/app/lib/b.py",
      "/app/req.txt",
    ]);
    expect(reader.list("/").map((n) => n.path)).toEqual(["/app"]);
    expect(reader.readText("/app/req.txt")).toBe("flask\n");
  });
});

/** A small seeded generator of paths over `names`, so a failure repeats. */
function seededPaths(seed: number, names: readonly string[]) {
  // mulberry32: 32-bit integer arithmetic throughout (a plain LCG on doubles loses its low bits).
  const random = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const path = () => {
    const depth = 1 + random(3);
    return "/" + Array.from({ length: depth }, () => names[random(names.length)]).join("/");
  };
  return { random, path };
}

describe("the visible files of a forked filesystem", () => {
  it("are what sorting every path gives, after puts, replacements and whiteouts", () => {
    const { random, path } = seededPaths(7, ["a", "a.b", "a-b"]);
    for (let round = 0; round < 50; round++) {
      const parent = emptyFs();
      applyLayer(parent, withLayer(parent, 20, path, random, "p"));
      const below = visibleFiles(parent);
      const child = forkFs(parent);
      const layers = [];
      for (let i = 0; i < 3; i++) {
        const layer = withLayer(child, 5, path, random, `c${i}`);
        applyLayer(child, layer);
        layers.push(layer);
      }
      expect(visibleFilesOver(child, below, layers)).toEqual(visibleFiles(child));
    }
  });
});

describe("a chain of forks", () => {
  it("reads through to every ancestor, and past the flattening depth too, as one plain map would", () => {
    const { random, path } = seededPaths(11, ["a", "b", "c"]);
    // The model: one plain Map, changed the way a layer says.
    const model = new Map<string, string>();
    let fs = emptyFs();
    const kept: { fs: ReturnType<typeof emptyFs>; files: string[] }[] = [];
    // Forty generations: more than a lookup may read through, so the chain is flattened on the way.
    for (let generation = 0; generation < 40; generation++) {
      fs = forkFs(fs);
      // Query the fork first on some generations, so both the built and the inherited index are used.
      if (generation % 3 === 0) walkFs(fs, "/");
      const layer = withLayer(fs, 6, path, random, `g${generation}`);
      applyLayer(fs, layer);
      for (const gone of layer.deleted)
        for (const key of [...model.keys()])
          if (key === gone || key.startsWith(`${gone}/`)) model.delete(key);
      for (const node of [...layer.modified, ...layer.added]) model.set(node.path, node.type);
      const paths = [...model.keys()].sort();
      expect(visibleFiles(fs).map((n) => n.path)).toEqual(paths);
      expect(fs.nodes.size).toBe(model.size);
      for (const dir of ["/", "/a", "/b/c"]) {
        const expected = paths.filter((p) => p.startsWith(dir === "/" ? "/" : `${dir}/`));
        expect(walkFs(fs, dir).map((n) => n.path)).toEqual(expected);
        expect(
          fsReader(fs)
            .list(dir)
            .map((n) => n.path),
        ).toEqual(expected.filter((p) => !p.slice(dir === "/" ? 1 : dir.length + 1).includes("/")));
      }
      kept.push({ fs, files: paths });
    }
    // No generation changed an earlier one.
    for (const { fs: earlier, files } of kept)
      expect(visibleFiles(earlier).map((n) => n.path)).toEqual(files);
  });
});

function withLayer(
  fs: ReturnType<typeof emptyFs>,
  count: number,
  path: () => string,
  random: (n: number) => number,
  id: string,
) {
  const draft = layerDraft(fs, origin);
  for (let i = 0; i < count; i++) {
    const at = path();
    if (random(4) === 0) draft.remove(at);
    else draft.put(fileNode(at, origin, { sizeBytes: i }));
  }
  return draft.finish({ ...fields, id });
}

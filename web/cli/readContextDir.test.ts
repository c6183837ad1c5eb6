import { mkdtemp, mkdir, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContextDir } from "./readContextDir";

describe("readContextDir", () => {
  let root = "";
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "stageplay-context-"));
    await mkdir(join(root, "src/lib"), { recursive: true });
    await writeFile(join(root, "requirements.txt"), "flask\n");
    await writeFile(join(root, "src/lib/util.py"), "import os\n");
    await writeFile(join(root, "logo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    await writeFile(join(root, "model.bin"), "");
    await truncate(join(root, "model.bin"), 5e9); // sparse: 5 GB on paper, nothing written
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("lists every file with its real size, paths relative and sorted", async () => {
    const files = await readContextDir(root);
    expect(files.map((f) => [f.path, f.sizeBytes])).toEqual([
      ["logo.png", 7],
      ["model.bin", 5e9],
      ["requirements.txt", 6],
      ["src/lib/util.py", 10],
    ]);
  });
  it("reads the text of small text files only, never a 5 GB file or a binary one", async () => {
    const byPath = new Map((await readContextDir(root)).map((f) => [f.path, f]));
    expect(byPath.get("requirements.txt")?.content).toBe("flask\n");
    expect(byPath.get("src/lib/util.py")?.content).toBe("import os\n");
    expect(byPath.get("logo.png")?.content).toBeUndefined();
    expect(byPath.get("model.bin")?.content).toBeUndefined();
  });
});

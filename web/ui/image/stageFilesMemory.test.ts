import { describe, expect, it } from "vitest";
import { createEngineSession, type AnalysisView, type StageFilesView, type StageIndex } from "../../engine";
import {
  NOTHING_HEARD,
  rememberStageFiles,
  shownStageFiles,
  type OnScreen,
  type StageFilesEvent,
  type StageFilesMemory,
} from "./stageFilesMemory";

const FINAL = 0 as StageIndex;

// Two analyses of one stage whose layers differ: the second adds a layer before the file's own.
const session = createEngineSession();
const FIRST = `FROM alpine:3.20
COPY app.txt /app/app.txt
`;
const SECOND = `FROM alpine:3.20
RUN mkdir /data
COPY app.txt /app/app.txt
`;
const options = { context: [{ path: "app.txt", sizeBytes: 12, content: "hello world\n" }] };
const v1 = session.analyze(FIRST, options);
const tree1 = session.stageFiles(FINAL);
const v2 = session.analyze(SECOND, options);
const tree2 = session.stageFiles(FINAL);

const onScreen = (view: AnalysisView): OnScreen => ({
  stage: FINAL,
  version: view.version,
  layers: view.stageImages.find((s) => s.stage === FINAL)?.layers ?? [],
});
const answered = (answer: StageFilesView, view: AnalysisView): StageFilesEvent => ({
  kind: "answered",
  answer,
  onScreen: onScreen(view),
});
const hear = (...events: StageFilesEvent[]): StageFilesMemory =>
  events.reduce(rememberStageFiles, NOTHING_HEARD);
const addedBy = (memory: StageFilesMemory, path: string) => {
  const row = memory.tree?.files.find((f) => f.path === path);
  return memory.tree?.layers.find((l) => l.id === row?.layerId)?.instruction;
};

describe("the file tree the image explorer shows", () => {
  it("(its fixture) has two analyses where one tree's layer ids name another layer in the other", () => {
    expect([v1.version, tree1.version, v2.version, tree2.version]).toEqual([1, 1, 2, 2]);
    const layerId = tree1.files.find((f) => f.path === "/app/app.txt")?.layerId;
    expect(onScreen(v2).layers.find((l) => l.id === layerId)?.instruction).toBe("RUN mkdir /data");
  });

  it("shows a tree from the analysis on screen, with that analysis's layers", () => {
    const memory = hear(answered(tree1, v1));
    expect(shownStageFiles(memory, FINAL, 1)).toMatchObject({ status: "ready", updating: false });
    expect(addedBy(memory, "/app/app.txt")).toBe("COPY app.txt /app/app.txt");
  });

  it("keeps the previous tree, marked as updating, while a new analysis is on screen", () => {
    const memory = hear(answered(tree1, v1));
    const shown = shownStageFiles(memory, FINAL, 2);
    expect(shown).toMatchObject({ status: "ready", updating: true });
    expect(shown.status === "ready" && shown.tree.version).toBe(1);
    expect(addedBy(memory, "/app/app.txt")).toBe("COPY app.txt /app/app.txt");
  });

  it("drops a late answer from an older analysis and asks again", () => {
    const memory = hear(answered(tree1, v2));
    expect(memory.tree).toBeNull();
    expect(memory.reasks).toBe(1);
    expect(shownStageFiles(memory, FINAL, 2)).toEqual({ status: "loading" });
  });

  it("drops an answer from an analysis newer than the one on screen, without asking again", () => {
    const memory = hear(answered(tree2, v1));
    expect(memory).toEqual(NOTHING_HEARD);
  });

  it("keeps the matching tree whatever order the answers come in", () => {
    const inOrder = hear(answered(tree1, v1), answered(tree2, v2));
    const reversed = hear(answered(tree2, v2), answered(tree1, v2));
    for (const memory of [inOrder, reversed]) {
      expect(shownStageFiles(memory, FINAL, 2)).toMatchObject({ status: "ready", updating: false });
      expect(memory.tree?.version).toBe(2);
      expect(memory.tree?.files.find((f) => f.path === "/app/app.txt")?.line).toBe(3);
    }
    // A stale answer after the matching one changes nothing and asks nothing.
    expect(reversed.reasks).toBe(0);
  });

  it("never shows an engine's empty answer from before any analysis as a stage without files", () => {
    const memory = hear(answered({ version: 0, stage: FINAL, files: [] }, v1));
    expect(shownStageFiles(memory, FINAL, 1)).toEqual({ status: "loading" });
    expect(memory.reasks).toBe(1);
  });

  it("ignores an answer about another stage", () => {
    const memory = hear(answered({ ...tree1, stage: 1 as StageIndex }, v1));
    expect(memory).toEqual(NOTHING_HEARD);
  });

  it("says why when the engine stopped, and recovers when it answers again", () => {
    const stopped = hear(answered(tree1, v1), {
      kind: "failed",
      askedFor: 2,
      message: "the analysis engine stopped",
    });
    expect(shownStageFiles(stopped, FINAL, 2)).toEqual({
      status: "failed",
      message: "the analysis engine stopped",
    });
    const back = rememberStageFiles(stopped, answered(tree2, v2));
    expect(shownStageFiles(back, FINAL, 2)).toMatchObject({ status: "ready", updating: false });
  });

  it("ignores a failure of a question older than the tree on screen", () => {
    const memory = hear(answered(tree2, v2), { kind: "failed", askedFor: 1, message: "late" });
    expect(shownStageFiles(memory, FINAL, 2)).toMatchObject({ status: "ready" });
  });
});

import { describe, expect, it, vi } from "vitest";
import { createAppStore } from "./createAppStore";
import { memoryStorage } from "./memoryStorage";
import { BACKUP_KEY, STORAGE_KEY, STORAGE_VERSION, type KeyValueStorage } from "./persistence";
import { selectContext, selectDocument } from "./selectors";
import { createEngineSession, type AnalysisView } from "../engine";
import { createGoalQueries } from "../content/goals/goalQueries";

const saved = (state: unknown, version = STORAGE_VERSION) => ({
  [STORAGE_KEY]: JSON.stringify({ state, version }),
});

describe("the app store", () => {
  it("shows the starter until the learner edits, then their text", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    const text = () => selectDocument("lesson:intro", "FROM alpine\n")(store.getState());
    expect(text()).toBe("FROM alpine\n");
    store.getState().setDocument("lesson:intro", "FROM alpine:3.21\n");
    expect(text()).toBe("FROM alpine:3.21\n");
    store.getState().resetDocument("lesson:intro");
    expect(text()).toBe("FROM alpine\n");
  });

  it("resets the text, the context or both, and undoes the last reset", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    const starting = [{ path: "app.py", sizeBytes: 3, content: "one" }];
    const edited = [{ path: "app.py", sizeBytes: 3, content: "two" }];
    const text = () => selectDocument("lesson:intro", "FROM alpine\n")(store.getState());
    const context = () => selectContext("lesson:intro", starting)(store.getState());
    store.getState().setDocument("lesson:intro", "FROM scratch\n");
    store.getState().setContext("lesson:intro", edited);

    store.getState().resetDocument("lesson:intro", "both");
    expect([text(), context()]).toEqual(["FROM alpine\n", starting]);
    store.getState().undoReset();
    expect([text(), context()]).toEqual(["FROM scratch\n", edited]);
    expect(store.getState().lastReset).toBeNull();

    store.getState().resetDocument("lesson:intro", "context");
    expect([text(), context()]).toEqual(["FROM scratch\n", starting]);
    store.getState().resetDocument("lesson:intro", "context");
    expect(store.getState().lastReset?.context).toEqual(edited);
  });

  it("loads a whole document, text and context, and saves the context across a reload", () => {
    const storage = memoryStorage();
    const files = [{ path: "big.bin", sizeBytes: 5_000_000 }];
    createAppStore({ storage: () => storage })
      .getState()
      .loadDocument("playground", "FROM scratch\n", files);
    const reloaded = createAppStore({ storage: () => storage }).getState();
    expect(reloaded.documents.playground).toBe("FROM scratch\n");
    expect(reloaded.contexts.playground).toEqual(files);
    expect(reloaded.notice).toBeNull();
  });

  it("drops a saved context that is not a list of files, naming it", () => {
    const storage = memoryStorage(
      saved({
        contexts: { playground: [{ path: "a", sizeBytes: -1 }], "lesson:x": [{ path: "b", sizeBytes: 1 }] },
      }),
    );
    const state = createAppStore({ storage: () => storage }).getState();
    expect(state.contexts).toEqual({ "lesson:x": [{ path: "b", sizeBytes: 1 }] });
    expect(state.notice).toContain('the build context of "playground" is unreadable');
  });

  it("imports progress over what is there, keeping lessons done in either", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    store.getState().setCompleted("a", true);
    store.getState().setLessonStep("a", 2);
    store
      .getState()
      .importProgress({ completed: ["b"], lessonSteps: { b: 1 }, documents: { playground: "FROM x\n" } });
    const state = store.getState();
    expect(state.completed).toEqual(["a", "b"]);
    expect(state.lessonSteps).toEqual({ a: 2, b: 1 });
    expect(state.documents.playground).toBe("FROM x\n");
  });

  it("saves the learner's text as they type, and a new store (a reload) restores it", () => {
    const storage = memoryStorage();
    createAppStore({ storage: () => storage })
      .getState()
      .setDocument("playground", "FROM scratch\n");
    expect(JSON.parse(storage.data.get(STORAGE_KEY)!)).toMatchObject({
      version: STORAGE_VERSION,
      state: { documents: { playground: "FROM scratch\n" } },
    });
    const reloaded = createAppStore({ storage: () => storage });
    expect(reloaded.getState().documents.playground).toBe("FROM scratch\n");
    expect(reloaded.getState().notice).toBeNull();
  });

  it("writes storage only when what it saves changed", async () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting = { ...storage, setItem: (k: string, v: string) => (writes++, storage.setItem(k, v)) };
    const store = createAppStore({
      storage: () => counting,
      analyzer: () => ({ diagnostics: [] }) as unknown as AnalysisView,
    });
    store.getState().setDocument("playground", "FROM a");
    const after = writes;
    await store.getState().analyzeText("FROM a");
    store.getState().setNotice("hi");
    expect(writes).toBe(after);
  });

  it("does not persist the analysis or the notice", () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage: () => storage });
    store.getState().setNotice("hello");
    expect(storage.data.get(STORAGE_KEY)).not.toContain("hello");
  });

  it("resets unparsable saved data with a visible notice and keeps a backup of it", () => {
    const storage = memoryStorage({ [STORAGE_KEY]: "{ this is not json" });
    const store = createAppStore({ storage: () => storage });
    expect(store.getState().notice).toMatch(/could not be fully restored: the saved data could not be read/);
    expect(store.getState().documents).toEqual({});
    expect(storage.data.get(BACKUP_KEY)).toBe("{ this is not json");
  });

  it("refuses data saved by a newer version, with a notice, keeping a backup", () => {
    const storage = memoryStorage(saved({ documents: { playground: "FROM x" } }, 99));
    const store = createAppStore({ storage: () => storage });
    expect(store.getState().notice).toMatch(/version 99/);
    expect(store.getState().documents).toEqual({});
    expect(storage.data.get(BACKUP_KEY)).toContain("FROM x");
  });

  it("keeps the well-formed parts of a damaged value and names the rest", () => {
    const storage = memoryStorage(
      saved({ documents: { playground: "FROM ok", "lesson:a": 42 }, theme: "purple", completed: ["a"] }),
    );
    const state = createAppStore({ storage: () => storage }).getState();
    expect(state.documents).toEqual({ playground: "FROM ok" });
    expect(state.completed).toEqual(["a"]);
    expect(state.theme).toBe("system");
    expect(state.notice).toMatch(/document "lesson:a" is unreadable; the saved theme is unreadable/);
  });

  it("survives storage that throws", () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {},
    };
    const store = createAppStore({ storage: () => broken });
    expect(store.getState().notice).toMatch(/storage is not available/);
    expect(() => store.getState().setDocument("playground", "FROM a")).not.toThrow();
  });

  it("counts a lesson completed once and remembers the hints opened, in order, once each", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    store.getState().setCompleted("intro", true);
    store.getState().setCompleted("intro", true);
    expect(store.getState().completed).toEqual(["intro"]);
    for (const index of [2, 0, 2]) store.getState().openHint("intro", index);
    expect(store.getState().hintsShown.intro).toEqual([2, 0]);
  });

  it("reads hints saved as a count as the first hints opened", () => {
    const storage = memoryStorage(saved({ hintsShown: { intro: 2, other: [1] } }));
    expect(createAppStore({ storage: () => storage }).getState().hintsShown).toEqual({
      intro: [0, 1],
      other: [1],
    });
  });

  it("clamps pane sizes to the minimum", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    store.getState().setPaneSizes({ lesson: 10 });
    expect(store.getState().paneSizes.lesson).toBe(220);
  });

  it("feeds the analysis slot from the injected analyzer and reports an analyzer failure", async () => {
    const fake = { diagnostics: [] } as unknown as AnalysisView;
    const ok = createAppStore({ storage: () => memoryStorage(), analyzer: () => fake });
    await ok.getState().analyzeText("FROM a");
    expect(ok.getState().view).toBe(fake);
    const failing = createAppStore({
      storage: () => memoryStorage(),
      analyzer: () => {
        throw new Error("boom");
      },
    });
    await failing.getState().analyzeText("FROM a");
    expect(failing.getState().analysisError).toBe("boom");
  });

  it("numbers each request to reveal a line, so asking twice for the same line still moves the editor", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    store.getState().revealLine(3);
    const first = store.getState().reveal;
    store.getState().revealLine(3);
    expect(store.getState().reveal).toEqual({ line: 3, seq: (first?.seq ?? 0) + 1, focus: true });
    store.getState().revealLine(4, { focus: false });
    expect(store.getState().reveal).toMatchObject({ line: 4, focus: false });
  });

  it("keeps build settings per document, merges changes and saves them", () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage: () => storage });
    store.getState().setBuildSettings("playground", { target: "build" });
    store.getState().setBuildSettings("playground", { builder: "legacy", buildArgs: { V: "1" } });
    expect(store.getState().buildSettings.playground).toEqual({
      target: "build",
      builder: "legacy",
      buildArgs: { V: "1" },
    });
    expect(createAppStore({ storage: () => storage }).getState().buildSettings.playground?.builder).toBe(
      "legacy",
    );
  });

  it("drops unreadable build settings with a notice and keeps the readable ones", () => {
    const storage = memoryStorage();
    storage.setItem(
      "stageplay",
      JSON.stringify({
        version: 1,
        state: { buildSettings: { playground: { builder: "legacy" }, "lesson:x": 5, bogus: {} } },
      }),
    );
    const store = createAppStore({ storage: () => storage });
    expect(store.getState().buildSettings).toEqual({ playground: { builder: "legacy" } });
    expect(store.getState().notice).toMatch(/build settings of "lesson:x" are unreadable/);
  });

  it("keeps only the newest result when analyses overlap", async () => {
    const results: Record<string, AnalysisView> = {
      slow: { diagnostics: [] } as unknown as AnalysisView,
      fast: { diagnostics: [] } as unknown as AnalysisView,
    };
    const store = createAppStore({
      storage: () => memoryStorage(),
      analyzer: (source) =>
        new Promise((resolve) => setTimeout(() => resolve(results[source]!), source === "slow" ? 30 : 1)),
    });
    const older = store.getState().analyzeText("slow");
    const newer = store.getState().analyzeText("fast");
    await Promise.all([older, newer]);
    expect(store.getState().view).toBe(results.fast);
  });

  it("does not serialise the saved state when only what is not saved changes", () => {
    const store = createAppStore({ storage: () => memoryStorage() });
    store.getState().setDocument("playground", "FROM alpine\n");
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      for (let ms = 0; ms < 50; ms++) store.getState().setBuildClock(ms);
      store.getState().setCursorLine(3);
      expect(stringify).not.toHaveBeenCalled();
      store.getState().setDocument("playground", "FROM alpine:3.20\n");
      expect(stringify).toHaveBeenCalledTimes(1);
    } finally {
      stringify.mockRestore();
    }
  });

  it("never writes back a text another tab has replaced since this one read it", async () => {
    // Two tabs share one storage. The second reads the first's text, the first types on, and then
    // something the second does not save changes (its analysis arrives): storage keeps the newest text.
    const shared = memoryStorage();
    const first = createAppStore({ storage: () => shared });
    const second = createAppStore({
      storage: () => shared,
      analyzer: () => ({ diagnostics: [] }) as unknown as AnalysisView,
    });
    first.getState().setDocument("playground", "FROM a");
    await second.persist.rehydrate();
    expect(second.getState().documents.playground).toBe("FROM a");
    first.getState().setDocument("playground", "FROM ab");
    await second.getState().analyzeText("FROM a");
    second.getState().setNotice("hello");
    expect(JSON.parse(shared.data.get(STORAGE_KEY)!).state.documents.playground).toBe("FROM ab");
    // What the second tab itself changes is still saved.
    second.getState().setDocument("playground", "FROM abc");
    expect(JSON.parse(shared.data.get(STORAGE_KEY)!).state.documents.playground).toBe("FROM abc");
  });

  it("runs one analysis at a time and, of the texts typed meanwhile, only the newest", async () => {
    const asked: string[] = [];
    const release: (() => void)[] = [];
    const store = createAppStore({
      storage: () => memoryStorage(),
      analyzer: (source) => {
        asked.push(source);
        return new Promise((resolve) =>
          release.push(() => resolve({ diagnostics: [], source } as unknown as AnalysisView)),
        );
      },
    });
    const shown: string[] = [];
    store.subscribe((state, before) => {
      if (state.view !== before.view) shown.push((state.view as unknown as { source: string }).source);
    });
    const typing = ["F", "FR", "FRO", "FROM"].map((text) => store.getState().analyzeText(text));
    expect(asked).toEqual(["F"]);
    release.shift()?.();
    await vi.waitFor(() => expect(asked).toEqual(["F", "FROM"]));
    release.shift()?.();
    await Promise.all(typing);
    // "F" came back while "FROM" waited: never shown (it could be another document's).
    expect(shown).toEqual(["FROM"]);
    // Once idle, the next text starts at once, and its result is shown.
    const idle = store.getState().analyzeText("FROM a");
    expect(asked).toEqual(["F", "FROM", "FROM a"]);
    release.shift()?.();
    await idle;
    expect(shown).toEqual(["FROM", "FROM a"]);
  });

  it("keeps analyzing after a listener throws while a result is shown", async () => {
    const store = createAppStore({
      storage: () => memoryStorage(),
      analyzer: (source) => ({ diagnostics: [], source }) as unknown as AnalysisView,
    });
    let throwing = true;
    store.subscribe(() => {
      if (throwing) throw new Error("a broken listener");
    });
    await expect(store.getState().analyzeText("FROM a")).rejects.toThrow("a broken listener");
    throwing = false;
    await store.getState().analyzeText("FROM b");
    expect((store.getState().view as unknown as { source: string }).source).toBe("FROM b");
  });

  it("sends a keystroke to the engine at once, with the options its document was last analyzed with", async () => {
    const asked: { source: string; options: unknown }[] = [];
    const store = createAppStore({
      storage: () => memoryStorage(),
      analyzer: (source, options) => (
        asked.push({ source, options }),
        { diagnostics: [] } as unknown as AnalysisView
      ),
    });
    const options = { target: "build" };
    store.getState().setDocument("playground", "FROM a");
    expect(asked).toEqual([]); // never analyzed: nothing to go on yet
    await store.getState().analyzeText("FROM a", options, undefined, "playground");
    store.getState().setDocument("playground", "FROM ab");
    expect(asked.at(-1)).toEqual({ source: "FROM ab", options });
    // The screen asks again for the same text and options once it has drawn: nothing new starts.
    await store.getState().analyzeText("FROM ab", options, undefined, "playground");
    expect(asked.map((a) => a.source)).toEqual(["FROM a", "FROM ab"]);
    // Another document's keystroke is not analyzed with this one's options.
    store.getState().setDocument("lesson:intro", "FROM c");
    expect(asked).toHaveLength(2);
  });

  it("passes the analyze options, such as a lesson's build context, to the analyzer", async () => {
    let seen: unknown;
    const store = createAppStore({
      storage: () => memoryStorage(),
      analyzer: (_source, options) => ((seen = options), { diagnostics: [] } as unknown as AnalysisView),
    });
    const context = [{ path: "app.py", sizeBytes: 3, content: "x=1" }];
    await store.getState().analyzeText("FROM a", { context });
    expect(seen).toEqual({ context });
  });

  it("checks a lesson's goals on each analysis of its text, next to the engine's latest analysis", async () => {
    const session = createEngineSession();
    const store = createAppStore({
      storage: () => memoryStorage(),
      analyzer: (source, options) => session.analyze(source, options),
      engine: { ...session, ...createGoalQueries(session) },
    });
    const lesson = {
      lessonId: "slim",
      starter: "FROM alpine:3.21\n",
      goals: [{ id: "two", sentence: "Two stages", check: { kind: "stage-count" as const, atLeast: 2 } }],
    };
    await store.getState().analyzeText("FROM alpine:3.21\n", {}, lesson);
    expect(store.getState().lessonGoals).toMatchObject({
      lessonId: "slim",
      version: store.getState().view?.version,
      results: [{ id: "two", passed: false, found: "the Dockerfile has 1 stage" }],
    });
    await store.getState().analyzeText("FROM alpine:3.21 AS a\nFROM a\n", {}, lesson);
    expect(store.getState().lessonGoals?.results[0]?.passed).toBe(true);
    await store.getState().analyzeText("FROM alpine:3.21\n", {});
    expect(store.getState().lessonGoals).toBeNull();
  });

  it("with a save delay, writes a burst of edits once: the last", () => {
    vi.useFakeTimers();
    try {
      const storage = memoryStorage();
      let writes = 0;
      const counting = { ...storage, setItem: (k: string, v: string) => (writes++, storage.setItem(k, v)) };
      const store = createAppStore({ storage: () => counting, saveDelayMs: 300 });
      for (const text of ["F", "FR", "FRO", "FROM"]) store.getState().setDocument("playground", text);
      expect(writes).toBe(0);
      vi.advanceTimersByTime(300);
      expect(writes).toBe(1);
      expect(JSON.parse(storage.data.get(STORAGE_KEY)!).state.documents.playground).toBe("FROM");
    } finally {
      vi.useRealTimers();
    }
  });
});

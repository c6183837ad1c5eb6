import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { ContextFile } from "../engine";
import { PANEL_TABS, type BuildSettings, type DocumentId, type PersistedState } from "./types";
import { DEFAULT_PANE_SIZES, MIN_PANE } from "./slices";

export const STORAGE_KEY = "stageplay";
export const BACKUP_KEY = "stageplay:unreadable-backup";
export const STORAGE_VERSION = 1;

/** The Web Storage subset we use; localStorage in the app, a Map in tests. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isDocumentId = (id: string): id is DocumentId => id === "playground" || id.startsWith("lesson:");

const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A context file as saved: a relative path, a size, and the text when the learner typed one. */
function readContextFile(raw: unknown): ContextFile | null {
  if (!isRecord(raw) || typeof raw.path !== "string" || raw.path === "" || !isCount(raw.sizeBytes))
    return null;
  if (raw.content !== undefined && typeof raw.content !== "string") return null;
  const file: ContextFile = { path: raw.path, sizeBytes: raw.sizeBytes };
  if (typeof raw.content === "string") file.content = raw.content;
  if (isCount(raw.mode)) file.mode = raw.mode;
  return file;
}

/**
 * Reads what storage holds and keeps only what is well-formed. Anything else is dropped and
 * reported, so a damaged value costs a notice, never a blank screen.
 */
export function sanitizePersisted(value: unknown): { state: Partial<PersistedState>; problems: string[] } {
  const problems: string[] = [];
  const state: Partial<PersistedState> = {};
  if (!isRecord(value)) return { state, problems: ["the saved state is not an object"] };

  if ("documents" in value) {
    if (isRecord(value.documents)) {
      const documents: Partial<Record<DocumentId, string>> = {};
      for (const [id, text] of Object.entries(value.documents)) {
        if (isDocumentId(id) && typeof text === "string") {
          documents[id as DocumentId] = text;
        } else problems.push(`document "${id}" is unreadable`);
      }
      state.documents = documents;
    } else problems.push("the saved documents are unreadable");
  }
  if ("contexts" in value) {
    if (isRecord(value.contexts)) {
      const contexts: Partial<Record<DocumentId, ContextFile[]>> = {};
      for (const [id, files] of Object.entries(value.contexts)) {
        const read = Array.isArray(files) ? files.map(readContextFile) : [null];
        if (isDocumentId(id) && read.every((f) => f !== null)) contexts[id] = read as ContextFile[];
        else problems.push(`the build context of "${id}" is unreadable`);
      }
      state.contexts = contexts;
    } else problems.push("the saved build contexts are unreadable");
  }
  if ("lessonSteps" in value) {
    if (isRecord(value.lessonSteps) && Object.values(value.lessonSteps).every(isCount)) {
      state.lessonSteps = value.lessonSteps as Record<string, number>;
    } else problems.push("the saved lesson steps are unreadable");
  }
  if ("completed" in value) {
    if (Array.isArray(value.completed) && value.completed.every((id) => typeof id === "string")) {
      state.completed = [...new Set(value.completed as string[])];
    } else problems.push("the saved progress is unreadable");
  }
  if ("hintsShown" in value) {
    const hints = isRecord(value.hintsShown) ? readHintsShown(value.hintsShown) : null;
    if (hints) state.hintsShown = hints;
    else problems.push("the saved hints are unreadable");
  }
  if ("theme" in value) {
    if (value.theme === "system" || value.theme === "light" || value.theme === "dark")
      state.theme = value.theme;
    else problems.push("the saved theme is unreadable");
  }
  if ("paneSizes" in value) {
    const sizes = value.paneSizes;
    const ok = (n: unknown) => typeof n === "number" && Number.isFinite(n) && n >= MIN_PANE && n < 10_000;
    if (isRecord(sizes) && ok(sizes.lesson) && ok(sizes.panel)) {
      state.paneSizes = { lesson: sizes.lesson as number, panel: sizes.panel as number };
    } else {
      state.paneSizes = DEFAULT_PANE_SIZES;
      problems.push("the saved pane sizes are unreadable");
    }
  }
  if ("activeTab" in value) {
    if (PANEL_TABS.includes(value.activeTab as never))
      state.activeTab = value.activeTab as PersistedState["activeTab"];
    else problems.push("the saved tab is unreadable");
  }
  if ("buildSettings" in value) {
    if (isRecord(value.buildSettings)) {
      const all: PersistedState["buildSettings"] = {};
      for (const [id, raw] of Object.entries(value.buildSettings)) {
        const settings = readBuildSettings(raw);
        if (isDocumentId(id) && settings) all[id] = settings;
        else problems.push(`the build settings of "${id}" are unreadable`);
      }
      state.buildSettings = all;
    } else problems.push("the saved build settings are unreadable");
  }
  return { state, problems };
}

/** Opened hints per lesson: a list of hint indexes, or (as first saved) how many were opened in order. */
function readHintsShown(raw: Record<string, unknown>): Record<string, number[]> | null {
  const hints: Record<string, number[]> = {};
  for (const [lessonId, opened] of Object.entries(raw)) {
    if (isCount(opened)) hints[lessonId] = Array.from({ length: Math.min(opened, 100) }, (_, i) => i);
    else if (Array.isArray(opened) && opened.every(isCount)) hints[lessonId] = [...new Set(opened)];
    else return null;
  }
  return hints;
}

function readBuildSettings(raw: unknown): BuildSettings | null {
  if (!isRecord(raw)) return null;
  const settings: BuildSettings = {};
  if (typeof raw.target === "string") settings.target = raw.target;
  if (raw.builder === "buildkit" || raw.builder === "legacy") settings.builder = raw.builder;
  if (typeof raw.platform === "string") settings.platform = raw.platform;
  if (isRecord(raw.buildArgs) && Object.values(raw.buildArgs).every((v) => typeof v === "string")) {
    settings.buildArgs = raw.buildArgs as Record<string, string>;
  }
  return settings;
}

/**
 * Upgrades a stored state of an older `version`. There is one version so far; a value from a
 * newer Stageplay (another tab after a deploy, say) cannot be read safely and is refused.
 */
export function migrate(persisted: unknown, version: number): PersistedState {
  if (version > STORAGE_VERSION || version < 1) {
    throw new Error(`saved data has version ${version}, this Stageplay reads version ${STORAGE_VERSION}`);
  }
  return persisted as PersistedState;
}

function sameFields(a: StorageValue<PersistedState>, b: StorageValue<PersistedState>): boolean {
  if (a.version !== b.version) return false;
  const keys = Object.keys(b.state) as (keyof PersistedState)[];
  return keys.length === Object.keys(a.state).length && keys.every((key) => a.state[key] === b.state[key]);
}

/** JSON storage for the store: reads never throw, and writes can wait for typing to pause. */
export interface SafeStorage extends PersistStorage<PersistedState> {
  /** Writes a waiting value now (the page is being hidden or closed). */
  flush(): void;
}

/**
 * JSON storage that never throws on read: an unparsable or misshapen value is copied to a backup key
 * (the learner's text is in there), removed, and reported through `onProblem`. With `delayMs`, a
 * write waits that long for the next change, so a burst of keystrokes is serialised once.
 */
export function createSafeStorage(
  storage: () => KeyValueStorage,
  onProblem: (problem: string) => void,
  { delayMs = 0 }: { delayMs?: number } = {},
): SafeStorage {
  let lastWritten: string | null = null;
  let lastSeen: StorageValue<PersistedState> | null = null;
  let pending: { name: string; value: StorageValue<PersistedState> } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function write(name: string, value: StorageValue<PersistedState>) {
    // Write only when what is saved changed since this tab last read or wrote it, so a tab never
    // writes back another tab's older text.
    const text = JSON.stringify(value);
    if (text === lastWritten) return;
    try {
      storage().setItem(name, text);
      lastWritten = text;
    } catch {
      lastSeen = null;
      onProblem("your work could not be saved: the browser's storage is full or unavailable");
    }
  }

  function flush() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const waiting = pending;
    pending = null;
    if (waiting) write(waiting.name, waiting.value);
  }

  return {
    flush,
    getItem(name) {
      // What is read replaces this tab's state, so a write still waiting is out of date.
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
      let raw: string | null;
      try {
        raw = storage().getItem(name);
      } catch {
        onProblem("the browser's storage is not available, so your work will not be saved");
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      if (!isRecord(parsed) || !isRecord(parsed.state) || typeof parsed.version !== "number") {
        try {
          storage().setItem(BACKUP_KEY, raw);
          storage().removeItem(name);
        } catch {
          // Storage that cannot be written is reported by setItem below.
        }
        onProblem("the saved data could not be read");
        return null;
      }
      // What was read counts as written: saving it back unchanged would be a write, and another tab
      // may have replaced it meanwhile (its storage event not yet handled here).
      lastWritten = raw;
      return parsed as unknown as StorageValue<PersistedState>;
    },
    setItem(name, value) {
      // Every state change calls this (each analysis, the build player's clock, the cursor): when
      // no saved field changed since the last call, there is nothing to serialise.
      if (lastSeen && sameFields(lastSeen, value)) return;
      lastSeen = value;
      if (delayMs <= 0) return write(name, value);
      pending = { name, value };
      timer ??= setTimeout(flush, delayMs);
    },
    removeItem(name) {
      try {
        storage().removeItem(name);
      } catch {
        // Nothing to remove from storage we cannot reach.
      }
    },
  };
}

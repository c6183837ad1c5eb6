import { describe, expect, it } from "vitest";
import { createEngineSession, type RerunView } from "../../engine";
import { askReruns, shownReruns, type RerunAnswer } from "./useReruns";

const rerunsAt = (version: number, path = "app.py"): RerunView => ({ version, path, steps: [] });

/** An engine whose latest analysis moves through `versions`, one per question. */
function engineAt(...versions: number[]) {
  const asked: number[] = [];
  return {
    asked,
    reruns: (path: string) => {
      const version = versions[Math.min(asked.length, versions.length - 1)]!;
      asked.push(version);
      return Promise.resolve(rerunsAt(version, path));
    },
  };
}

const now = { wait: () => Promise.resolve(), live: () => true };

describe("asking what re-runs", () => {
  it("takes the engine's answer when it is about the view shown", async () => {
    const engine = engineAt(4);
    expect(await askReruns(engine, "app.py", 4, now)).toEqual(rerunsAt(4));
    expect(engine.asked).toEqual([4]);
  });

  it("drops an answer about another analysis, and asks again", async () => {
    const engine = engineAt(5, 4);
    expect(await askReruns(engine, "app.py", 4, now)).toEqual(rerunsAt(4));
    expect(engine.asked).toEqual([5, 4]);
  });

  it("gives up after a few answers that never fit, and stops asking once the view has moved on", async () => {
    const engine = engineAt(5);
    expect(await askReruns(engine, "app.py", 4, now)).toBeNull();
    expect(engine.asked.length).toBeLessThanOrEqual(3);
    const gone = engineAt(4);
    expect(await askReruns(gone, "app.py", 4, { ...now, live: () => false })).toBeNull();
    expect(gone.asked).toEqual([]);
  });
});

describe("the answer shown", () => {
  const answer: RerunAnswer = { path: "app.py", version: 3, reruns: rerunsAt(3) };

  it("keeps the last answer for the file while the newest view's answer is worked out", () => {
    expect(shownReruns(answer, "app.py", 3)).toEqual({ answer, updating: false });
    expect(shownReruns(answer, "app.py", 4)).toEqual({ answer, updating: true });
  });

  it("shows nothing for another file, or when no file is picked", () => {
    expect(shownReruns(answer, "requirements.txt", 3).answer).toBeNull();
    expect(shownReruns(answer, "", 3).answer).toBeNull();
    expect(shownReruns(null, "app.py", 3).answer).toBeNull();
  });
});

describe("the engine's answer", () => {
  it("names the analysis it is about", () => {
    const session = createEngineSession();
    const context = [{ path: "app.py", sizeBytes: 3, content: "x=1" }];
    session.analyze("FROM python:3.12-slim\nCOPY app.py .\n", { context });
    const second = session.analyze("FROM python:3.12-slim\nCOPY app.py /app/\n", { context });
    expect(session.reruns("app.py").version).toBe(second.version);
  });
});

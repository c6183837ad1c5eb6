import { useEffect, useRef, useState } from "react";
import type { RerunView } from "../../engine";
import type { EngineQueries } from "../../state/types";

/**
 * Each answer is a whole analysis in the engine: after an edit, ask once typing pauses this long
 * rather than at every keystroke.
 */
export const RERUN_DELAY_MS = 250;

/** How many times to ask before giving up on an answer about the view shown. */
const TRIES = 3;

export type RerunAnswer = { path: string; version: number } & ({ reruns: RerunView } | { error: string });

/**
 * Asks which steps re-run after editing `path`, for the analysis numbered `version`. The engine
 * answers from its latest analysis, which may be newer than the view shown: such an answer is
 * dropped and the question asked again after `wait()`. Null when `live()` turns false or no answer
 * fits.
 */
export async function askReruns(
  engine: Pick<EngineQueries, "reruns">,
  path: string,
  version: number,
  { wait, live }: { wait: () => Promise<void>; live: () => boolean },
): Promise<RerunView | null> {
  for (let tries = 0; tries < TRIES; tries++) {
    if (tries > 0) await wait();
    if (!live()) return null;
    const reruns = await engine.reruns(path);
    if (reruns.version === version) return reruns;
  }
  return null;
}

/**
 * The answer to show for `path` while the view is `version`: the latest one about that file, even
 * from an earlier view (then `updating`), so the list stays in place while a new answer is worked out.
 */
export function shownReruns(
  answer: RerunAnswer | null,
  path: string,
  version: number,
): { answer: RerunAnswer | null; updating: boolean } {
  if (!answer || path === "" || answer.path !== path) return { answer: null, updating: false };
  return { answer, updating: answer.version !== version };
}

/** What re-runs after editing `path` in the view numbered `version`, asked of the engine sparingly. */
export function useReruns(engine: EngineQueries | null, path: string, version: number) {
  const [answer, setAnswer] = useState<RerunAnswer | null>(null);
  const askedPath = useRef("");

  useEffect(() => {
    if (!engine || path === "") return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => new Promise<void>((resolve) => (timer = setTimeout(resolve, RERUN_DELAY_MS)));
    // A newly picked file is answered at once; the same file after an edit, once typing pauses.
    const first = askedPath.current === path ? wait() : Promise.resolve();
    askedPath.current = path;
    first
      .then(() => askReruns(engine, path, version, { wait, live: () => live }))
      .then(
        (reruns) => live && reruns && setAnswer({ path, version, reruns }),
        (e: unknown) =>
          live && setAnswer({ path, version, error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [engine, path, version]);

  return shownReruns(answer, path, version);
}

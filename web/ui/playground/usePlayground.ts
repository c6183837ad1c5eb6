// The playground's content as the store holds it, and the one way to replace it.
import { useCallback, useMemo } from "react";
import { EXAMPLES } from "../../content/examples";
import type { AppState } from "../../state/types";
import { useAppStore } from "../storeContext";
import { PLAYGROUND_CONTEXT, PLAYGROUND_STARTER } from "./playgroundStarter";
import { playgroundContent, wouldLoseWork, type PlaygroundContent } from "./playgroundWork";

const STARTER: PlaygroundContent = { dockerfile: PLAYGROUND_STARTER, context: PLAYGROUND_CONTEXT };

/** What the app can put back as it was, so a playground holding one of them has nothing to lose. */
const AVAILABLE: readonly PlaygroundContent[] = [STARTER, ...EXAMPLES];

const selectText = (s: AppState) => s.documents.playground;
const selectSavedContext = (s: AppState) => s.contexts.playground;
const selectLoad = (s: AppState) => s.loadDocument;

export function usePlayground() {
  const text = useAppStore(selectText);
  const context = useAppStore(selectSavedContext);
  const loadDocument = useAppStore(selectLoad);
  const current = useMemo(() => playgroundContent({ text, context }, STARTER), [text, context]);
  const losesWork = useCallback(
    (incoming: PlaygroundContent) => wouldLoseWork(current, incoming, AVAILABLE),
    [current],
  );
  const replace = useCallback(
    (incoming: PlaygroundContent) => loadDocument("playground", incoming.dockerfile, [...incoming.context]),
    [loadDocument],
  );
  return { current, losesWork, replace };
}

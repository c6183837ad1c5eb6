import { useEffect, useEffectEvent, useState, type RefObject } from "react";
import type { Monaco } from "./monacoSetup";

export type MonacoLoad = { status: "loading" } | { status: "ready" } | { status: "failed"; reason: string };

/**
 * Loads Monaco lazily (never with the app shell) and mounts what `mount` makes in `host` into
 * `handle`: an editor, a diff editor. It is disposed, and `unmounted` called, when `key` changes or
 * the component goes. `mount` is read when Monaco arrives, with the props of that moment. Returns
 * whether Monaco is loading, ready or failed, for the component to show its text another way.
 */
export function useLazyMonaco<H extends { dispose(): void }>(
  host: RefObject<HTMLElement | null>,
  handle: RefObject<H | null>,
  mount: (monaco: Monaco, element: HTMLElement) => H,
  key: string,
  unmounted?: () => void,
): MonacoLoad {
  const [load, setLoad] = useState<MonacoLoad>({ status: "loading" });
  const create = useEffectEvent(mount);
  const gone = useEffectEvent(() => unmounted?.());

  useEffect(() => {
    let cancelled = false;
    import("./monacoSetup")
      .then(({ monaco }) => {
        if (cancelled || !host.current) return;
        handle.current = create(monaco, host.current);
        setLoad({ status: "ready" });
      })
      .catch((e: unknown) => {
        if (!cancelled) setLoad({ status: "failed", reason: e instanceof Error ? e.message : String(e) });
      });
    return () => {
      cancelled = true;
      handle.current?.dispose();
      handle.current = null;
      gone();
    };
  }, [key, host, handle]);

  return load;
}

import { useEffect, useSyncExternalStore } from "react";
import type { ThemeSetting } from "../state/types";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** The theme actually shown: the learner's choice, or the system's when they left it on "system". */
export function useResolvedTheme(setting: ThemeSetting): "light" | "dark" {
  const systemDark = useSyncExternalStore(subscribe, () => window.matchMedia(DARK_QUERY).matches);
  const resolved = setting === "system" ? (systemDark ? "dark" : "light") : setting;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}

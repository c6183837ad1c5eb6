import type { BuildSettings } from "../../state/types";

export interface Renamed {
  kind: "stage" | "arg";
  from: string;
  to: string;
}

/**
 * The build settings that follow a rename in the Dockerfile: a target that named the stage, a
 * `--build-arg` that named the ARG. Null when the settings do not name what was renamed.
 */
export function settingsAfterRename(
  settings: BuildSettings,
  renamed: Renamed,
): Partial<BuildSettings> | null {
  if (renamed.kind === "stage") {
    // BuildKit matches --target case-insensitively; stage names are lower case.
    return settings.target?.toLowerCase() === renamed.from.toLowerCase() ? { target: renamed.to } : null;
  }
  const args = settings.buildArgs;
  if (!args || !Object.hasOwn(args, renamed.from) || renamed.from === renamed.to) return null;
  const buildArgs: Record<string, string> = {};
  for (const [name, value] of Object.entries(args))
    buildArgs[name === renamed.from ? renamed.to : name] = value;
  return { buildArgs };
}

// Lesson goals asked of an engine session: evaluated next to its latest analysis (in the worker, in
// the app), so only the results cross threads. The starter's build, needed by goals relative to it,
// is kept while the starter and the options stay the same.
import { analyze, type Analysis, type EngineSession } from "../../engine";
import { evaluateGoals } from "./evaluateGoals";
import type { Goal, GoalResult } from "./types";

/** A lesson's goals checked on one analysis; `version` names the analysis, as the other views do. */
export interface GoalsView {
  version: number;
  results: GoalResult[];
}

export interface GoalQueries {
  /** Checks `goals` on the session's latest analysis; `starter` is the lesson's starter Dockerfile. */
  goals(goals: readonly Goal[], starter: string | null): GoalsView;
}

export function createGoalQueries(session: Pick<EngineSession, "latest">): GoalQueries {
  let starterBuild: { key: string; analysis: Analysis } | null = null;
  return {
    goals(goals, starter) {
      const latest = session.latest();
      if (!latest) return { version: 0, results: [] };
      const { analysis, source, options, version } = latest;
      const starterAnalysis = () => {
        if (starter === null) return null;
        const { previousCacheKeys: _ignored, ...rest } = options;
        const key = `${starter}\n${JSON.stringify(rest)}`;
        if (starterBuild?.key !== key) starterBuild = { key, analysis: analyze(starter, rest) };
        return starterBuild.analysis;
      };
      return {
        version,
        results: evaluateGoals(goals, { analysis, source, options, starter: starterAnalysis }),
      };
    },
  };
}

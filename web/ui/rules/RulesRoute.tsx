import type { Course } from "../../content/types";
import { RulePage } from "./RulePage";
import { RulesIndex } from "./RulesIndex";

/** The checks index, or one check's page: loaded only when opened, with the explanations' text. */
export function RulesRoute({ course, rule }: { course: Course; rule: string | null }) {
  return rule === null ? <RulesIndex /> : <RulePage course={course} rule={rule} />;
}

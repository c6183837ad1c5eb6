// Every teaching check by its stable id: the id is the diagnostic's `rule`, and what lessons and the
// editor refer to. Never rename an id; add a new one.
import { finalImageShipsCompiler } from "./finalImageShipsCompiler";
import type { TeachingCheck } from "./types";

export const TEACHING_CHECKS = {
  "final-image-ships-compiler": finalImageShipsCompiler,
} as const satisfies Record<string, TeachingCheck>;

export type TeachingCheckId = keyof typeof TEACHING_CHECKS;

// Moved to stages/; kept so code importing it from here still compiles.
export { expandStageWords } from "./stages/expandStageWords";

import type { Analysis } from "../../analyze";
import type { Diagnostic } from "../../diagnostics/types";
import type { Instruction } from "../../parse/types";
import type { TextEdit } from "../types";
import type { SourceText } from "./sourceText";

/** What a fix reads: the analysis, the text it is of, and the finding with the instruction it blames. */
export interface FixInput {
  analysis: Analysis;
  source: SourceText;
  diagnostic: Diagnostic;
  /** The instruction whose range the finding has, or null when it names no instruction. */
  instruction: Instruction | null;
}

/** A fix before it is tied to its finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** The mechanical fix for one rule's finding, or null when a rewrite would not be mechanical. */
export type FixFor = (input: FixInput) => Fix | null;

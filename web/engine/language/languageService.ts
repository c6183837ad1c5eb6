// One entry for the editor's questions: each names the text it is about, so an answer is always of
// the text the learner sees, even when the question overtakes that text's analysis.
import type { Analysis } from "../analyze";
import { completionsAt } from "./completions";
import { hoverAt } from "./hover";
import { definitionAt, occurrencesAt, referencesAt, renameAt, renameTargetAt } from "./navigation";
import { foldingRanges, outline } from "./outline";
import { quickFixesFor } from "./quickFixes";
import type {
  CompletionItem,
  FoldingRange,
  HoverInfo,
  Occurrence,
  OutlineSymbol,
  Position,
  QuickFix,
  Range,
  RenameResult,
  RenameTarget,
} from "./types";

export type LanguageRequest =
  | { query: "completions"; source: string; position: Position }
  | { query: "hover"; source: string; position: Position }
  | { query: "definition"; source: string; position: Position }
  | { query: "references"; source: string; position: Position; includeDefinition: boolean }
  | { query: "occurrences"; source: string; position: Position }
  | { query: "renameTarget"; source: string; position: Position }
  | { query: "rename"; source: string; position: Position; newName: string }
  | { query: "outline"; source: string }
  | { query: "folding"; source: string }
  | { query: "quickFixes"; source: string; range: Range };

export type LanguageQuery = LanguageRequest["query"];

/** What each question answers with. */
export interface LanguageAnswers {
  completions: CompletionItem[];
  hover: HoverInfo | null;
  definition: Range[];
  references: Range[];
  occurrences: Occurrence[];
  renameTarget: RenameTarget | null;
  rename: RenameResult;
  outline: OutlineSymbol[];
  folding: FoldingRange[];
  quickFixes: QuickFix[];
}

/** Answers one editor question about `analysis`, the analysis of `request.source`. */
export function answerLanguage(analysis: Analysis, request: LanguageRequest): LanguageAnswers[LanguageQuery] {
  switch (request.query) {
    case "completions":
      return completionsAt(analysis, request.source, request.position);
    case "hover":
      return hoverAt(analysis, request.source, request.position);
    case "definition":
      return definitionAt(analysis, request.source, request.position);
    case "references":
      return referencesAt(analysis, request.source, request.position, request.includeDefinition);
    case "occurrences":
      return occurrencesAt(analysis, request.source, request.position);
    case "renameTarget":
      return renameTargetAt(analysis, request.source, request.position);
    case "rename":
      return renameAt(analysis, request.source, request.position, request.newName);
    case "outline":
      return outline(analysis, request.source);
    case "folding":
      return foldingRanges(analysis);
    case "quickFixes":
      return quickFixesFor(analysis, request.source, request.range);
  }
}

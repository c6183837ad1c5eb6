// The engine's only public entry. Everything here is pure TypeScript: no React, DOM, Monaco or
// zustand, so it runs the same in Node (tests, CLI), the browser and a Web Worker.
export type { Diagnostic, Position, Range, Severity } from "./diagnostics/types";
export type {
  Directive,
  Flag,
  Heredoc,
  Instruction,
  KeyValue,
  Keyword,
  ParseResult,
  Word,
} from "./parse/types";
export { KEYWORDS } from "./parse/types";
export { parseDockerfile, dumpParseTree } from "./parse/parseDockerfile";
export { expandWord, expandWords } from "./expand/expandWord";
export { analyze } from "./analyze";
export type { Analysis, AnalyzeOptions } from "./analyze";
export { toAnalysisJson } from "./toAnalysisJson";
export type { AnalysisJson } from "./toAnalysisJson";
export { lexWord } from "./expand/lexWord";
export type { Env, ExpandError, ExpandResult, LexOptions, VariableReference } from "./expand/types";
export type { MetaArg, Stage, StageIndex } from "./stages/types";
export type { ImageReference } from "./stages/imageReference";
export { parseImageReference } from "./stages/imageReference";
export type { Edge, EdgeKind } from "./graph/types";
export { isStageSource } from "./graph/types";
export type { Builder } from "./graph/builtStages";
export { walkStageScopes } from "./stages/walkStageScopes";
export type { ScopeVisitor, StageScope } from "./stages/walkStageScopes";
export { runBuildChecks, isReplacedByBuildChecks } from "./checks/buildkit/runBuildChecks";
export type { BuildCheckInput, BuildCheckContextFile } from "./checks/buildkit/types";
export { RULES as BUILDKIT_RULES } from "./checks/buildkit/ruleset";
export type { BuildKitRule, CheckPhase } from "./checks/buildkit/ruleset";
export { runTeachingChecks } from "./checks/teaching/runTeachingChecks";
export { TEACHING_CHECKS, TEACHING_CHECK_IDS } from "./checks/teaching/teachingChecks";
export type { TeachingCheckEntry } from "./checks/teaching/teachingChecks";
export type { TeachingCheck, TeachingCheckInput } from "./checks/teaching/types";
export { simulate } from "./simulate/simulate";
export { compareBuilds, cacheKeysOf } from "./simulate/compareBuilds";
export type { BuildComparison } from "./simulate/compareBuilds";
export { formatSize, formatSeconds } from "./simulate/formatSize";
export type * from "./simulate/types";
export type { FsChange, FsReader, RunCommand, RunContext, RunEffect, RunMount } from "./simulate/run/types";
export { buildContext } from "./simulate/context/buildContext";
export type { BuildContext } from "./simulate/context/buildContext";
export { isIgnored, parseDockerignore } from "./simulate/context/dockerignore";
export { readMountFlagOf, summarizeMount } from "./graph/readMountFlag";
export { underUnknownRoot, unknownRootsOf } from "./simulate/unknownRoots";
export { isRootUser } from "./checks/teaching/finalImage";
export { toolsIn } from "./views/imageViews";
export { renderMermaid } from "./graph/renderMermaid";
export { renderDot } from "./graph/renderDot";
export { createEngineSession } from "./views/engineSession";
export type { EngineSession, LatestAnalysis } from "./views/engineSession";
export { toView, CONTEXT_NODE, imageNodeId } from "./views/toView";
export { stageFiles } from "./views/stageFiles";
export { showdownFigures } from "./views/showdownFigures";
export { createViewDecoder, createViewEncoder } from "./views/viewDelta";
export type { ViewDelta } from "./views/viewDelta";
export type * from "./views/types";
export type { LanguageAnswers, LanguageQuery, LanguageRequest } from "./language/languageService";
export type * from "./language/types";

// COPY and ADD as BuildKit runs them: sources matched in the context or another stage (wildcards,
// directories copied by their contents, --parents keeping their path), the destination resolved
// against WORKDIR (a trailing slash, several sources or an existing directory make it a directory),
// --chown/--chmod applied, --exclude honoured, ADD extracting local tars and fetching URLs, heredoc
// sources written as files. A source that does not exist is Docker's `"/path": not found`.
import type { Diagnostic } from "../../diagnostics/types";
import type { Instruction } from "../../parse/types";
import type { StageIndex } from "../../stages/types";
import { errorAt } from "../../stages/buildStages";
import { layerDraft, stepOrigin } from "../filesystem/layerDraft";
import { addUrl, extractTar, urlName } from "./addSources";
import { walkFs, type LayeredFs } from "../filesystem/layeredFs";
import { fileNode } from "../filesystem/fileNode";
import { basename, joinPath, normalizePath } from "../filesystem/paths";
import { ignorePatternRegExp, hasWildcard } from "../context/globToRegExp";
import { hashContent, hashText } from "../hash";
import { formatSize } from "../formatSize";
import type { FileNode, Layer } from "../types";
import { readCopyFlags, parseOctalMode } from "./copyFlags";
import type { CopySource } from "./copySources";
import { matchSources } from "./matchSources";
import { missingPathReason } from "./missingPathReason";
import { resolveChown, type Owner } from "./resolveChown";
import { utf8Length } from "../../parse/splitLines";
import { carriedRoots, unknownRootsOf } from "../unknownRoots";

export interface CopyInput {
  instruction: Instruction;
  stage: StageIndex;
  fs: LayeredFs;
  workdir: string;
  expand: (text: string) => string;
  source: CopySource;
  layerId: string;
  layerText: string;
  /** Where the stage's earlier steps may hold files Stageplay does not list (its /etc/passwd, say). */
  unknownRoots?: readonly string[];
}

export interface CopyResult {
  layer: Layer;
  diagnostics: Diagnostic[];
  /** What the copied content depends on, for the cache key. */
  contentKey: string;
  /** Bytes copied, for the duration. */
  bytes: number;
  /** Whether sources were unknown because no context was given. */
  noContext: boolean;
}

const TAR = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const URL = /^(https?|git):\/\/|^git@/i;
const HEREDOC = /^[0-9]*<<-?/;

/** Simulates one COPY or ADD. Never throws; problems are diagnostics at the instruction. */
export function copyStep(input: CopyInput): CopyResult {
  const { instruction, stage, fs, expand, source } = input;
  const line = instruction.range.start.line;
  const isAdd = instruction.keyword === "ADD";
  const flags = readCopyFlags(instruction);
  const draft = layerDraft(fs, stepOrigin(stage, line));
  const diagnostics: Diagnostic[] = [];
  const keyParts: string[] = [];
  // What a stage or an image holds is fixed by its own cache key (added below), so only context files
  // add their content to the key: hashing every copied node again cost a big copy twice.
  const keyed = source.kind === "context";
  let noContext = false;
  // Where this copy may put files it cannot list (Layer.unknownUnder).
  const unknownUnder: string[] = [];
  const sourceRoots =
    source.kind === "stage" ? source.unknownRoots : "layers" in source ? unknownRootsOf(source.layers) : [];

  const words = instruction.args.map((w) => w.value);
  const destRaw = expand(words[words.length - 1] ?? "");
  const sources = words.slice(0, -1);
  let heredocIndex = 0;
  const destDirLike = /(^|\/)\.?$/.test(destRaw) || destRaw.endsWith("/");
  const dest = normalizePath(destRaw, input.workdir);
  // A wildcard alone does not make the destination a directory: BuildKit's copy of each match
  // lands on the destination path itself unless it ends with a slash or is a directory already.
  const several = sources.length > 1;
  if (several && !destDirLike) {
    diagnostics.push(
      errorAt(
        `When using ${instruction.keyword} with more than one source file, the destination must be a directory and end with a /`,
        instruction.range,
      ),
    );
  }
  const intoDir = destDirLike || several || draft.has(dest)?.type === "dir";
  const owner = resolveChown(flags.chown === null ? null : expand(flags.chown), fs, input.unknownRoots);
  if (owner.error) diagnostics.push(errorAt(owner.error, instruction.range));
  if (owner.unknown)
    draft.note(
      `--chown=${flags.chown}: Stageplay cannot tell that user's uid, so the files are shown owned by root.`,
    );
  let mode: number | null = null;
  if (flags.chmod !== null) {
    mode = parseOctalMode(expand(flags.chmod));
    if (mode === null)
      draft.note(`--chmod=${flags.chmod} is not an octal mode; Stageplay keeps the files' modes.`);
  }
  const excludes = flags.exclude.map((p) => ignorePatternRegExp(normalizePath(expand(p)).slice(1)));
  const excluded = (relative: string) => excludes.some((r) => r !== null && r.test(relative));

  const put = (node: FileNode, target: string, from: string | null) => {
    const copy: FileNode = Object.assign({}, node, {
      path: target,
      uid: owner.uid,
      gid: owner.gid,
      mode: mode ?? node.mode,
    });
    if (from !== null) copy.copiedFrom = { from: fromValue(source), path: from, line };
    if (node.origin.kind === "base" && node.type === "file" && node.sizeBytes === 0) {
      // A base image's bytes are billed as a whole; its single files have no size of their own.
      copy.estimated = true;
      draft.know("partial");
      draft.note(
        `${from ?? node.path} is part of a base image, and the catalog does not know its size: the bytes this copy adds are unknown (not counted).`,
      );
    }
    draft.put(copy);
  };

  for (const raw of sources) {
    if (HEREDOC.test(raw)) {
      const heredoc = instruction.heredocs[heredocIndex++];
      if (!heredoc) continue;
      const content = heredoc.expand ? expand(heredoc.content) : heredoc.content;
      const target = intoDir ? joinPath(dest, heredoc.name) : dest;
      keyParts.push(`heredoc ${target} ${hashText(content)}`);
      draft.put(
        fileNode(target, stepOrigin(stage, line), {
          sizeBytes: utf8Length(content),
          content,
          mode: mode ?? 0o644,
          uid: owner.uid,
          gid: owner.gid,
        }),
      );
      continue;
    }
    const src = expand(raw);
    if (isAdd && URL.test(src)) {
      addUrl(draft, src, intoDir ? joinPath(dest, urlName(src)) : dest, stage, line, owner, mode);
      keyParts.push(`url ${src} ${flags.checksum ?? ""}`);
      continue;
    }
    if (source.kind === "no-context") {
      noContext = true;
      const name = basename(normalizePath(src));
      if (!hasWildcard(src)) {
        // A guess: `COPY . .`, `COPY src/ …` and names without a dot are directories, unless
        // --chmod gives a mode (files such as `COPY --chmod=755 tool /bin/tool` get one).
        const isDir = src === "." || src.endsWith("/") || (!name.includes(".") && mode === null);
        const target = isDir || !intoDir ? dest : joinPath(dest, name);
        const fields = { type: isDir ? ("dir" as const) : ("file" as const), bulk: isDir, estimated: true };
        draft.put(
          fileNode(target, stepOrigin(stage, line), {
            ...fields,
            uid: owner.uid,
            gid: owner.gid,
            ...(mode !== null && !isDir ? { mode } : {}),
          }),
        );
        unknownUnder.push(target);
      } else unknownUnder.push(dest);
      draft.know("unknown");
      keyParts.push(`unknown-context ${src}`);
      continue;
    }
    if (source.kind === "unavailable") {
      const target = intoDir ? joinPath(dest, basename(normalizePath(src))) : dest;
      draft.put(unknownNode(target, stage, line, owner));
      // A directory source's contents land in the destination itself, not under its name.
      unknownUnder.push(dest);
      draft.know("unknown");
      draft.note(`Nothing was copied from ${source.name}: ${source.reason}.`);
      keyParts.push(`unavailable ${source.name} ${src}`);
      continue;
    }
    const tree = source.tree;
    const matches = matchSources(tree, src);
    if (matches.length === 0 && hasWildcard(src)) {
      // BuildKit copies with AllowEmptyWildcard: a pattern that matches nothing copies nothing.
      draft.note(
        `${normalizePath(src)} matches nothing in ${sourceName(source)}, so nothing is copied for it.`,
      );
      keyParts.push(`empty ${src}`);
      continue;
    }
    if (matches.length === 0) {
      const missing = normalizePath(src);
      const reason =
        source.kind === "context" ? null : missingPathReason(missing, source.tree, source.layers);
      if (reason === null) {
        const core = `"${missing}": not found`;
        const diagnostic = errorAt(core, instruction.range);
        diagnostic.fix =
          source.kind === "context"
            ? `Add ${missing.slice(1)} to the build context, or check that .dockerignore does not leave it out. BuildKit prints: failed to compute cache key: failed to calculate checksum of ref …: ${core}`
            : `Check that stage ${source.kind === "stage" ? source.name : source.reference} creates ${missing}; COPY --from paths start at that stage's root, not its WORKDIR.`;
        diagnostics.push(diagnostic);
      } else {
        const target = intoDir ? joinPath(dest, basename(missing)) : dest;
        draft.put(unknownNode(target, stage, line, owner, missing, source));
        // A directory source's contents land in the destination itself, not under its name.
        unknownUnder.push(dest);
        draft.know("unknown");
        draft.note(`${missing} is not in Stageplay's model of ${sourceName(source)}: ${reason}.`);
      }
      keyParts.push(`missing ${src}`);
      continue;
    }
    const files = matches.filter((m) => m.type !== "dir");
    if (!intoDir && !flags.parents && files.length > 1) {
      diagnostics.push(wildcardOntoFile(instruction, src, files, dest));
    }
    for (const match of matches) {
      const pivot = flags.parents ? parentsPath(src, match.path) : null;
      if (match.type !== "dir") {
        const target =
          pivot !== null ? joinPath(dest, pivot) : intoDir ? joinPath(dest, basename(match.path)) : dest;
        if (isAdd && source.kind === "context" && TAR.test(match.path)) {
          extractTar(draft, match, dest, stage, line, owner);
        } else put(match, target, source.kind === "context" ? null : match.path);
        unknownUnder.push(...carriedRoots(sourceRoots, match.path, target));
        if (keyed) keyParts.push(contentOf(match));
        continue;
      }
      const base = pivot !== null ? joinPath(dest, pivot) : dest;
      unknownUnder.push(...carriedRoots(sourceRoots, match.path, base));
      if (base !== "/" || match.bulk) put(match, base, source.kind === "context" ? null : match.path);
      if (match.origin.kind === "base" && !match.bulk) {
        draft.know("partial");
        draft.note(
          `${match.path} comes from a base image: only the files Stageplay models are copied, so the size is a lower bound.`,
        );
      }
      const skip = match.path === "/" ? 1 : match.path.length + 1;
      for (const node of walkFs(tree, match.path)) {
        const relative = node.path.slice(skip);
        if (excluded(relative) || excluded(node.path.slice(1))) continue;
        put(node, joinPath(base, relative), source.kind === "context" ? null : node.path);
        if (keyed) keyParts.push(contentOf(node));
      }
    }
  }
  if (source.kind === "stage") keyParts.push(`stage ${source.cacheKey}`);
  if (source.kind === "image") keyParts.push(`image ${source.reference}`);
  keyParts.push(`owner ${owner.uid}:${owner.gid} mode ${mode ?? "-"}`);
  const layer = draft.finish({
    id: input.layerId,
    stage,
    line,
    instruction: input.layerText,
    kind: isAdd ? "add" : "copy",
  });
  if (unknownUnder.length > 0) layer.unknownUnder = [...new Set(unknownUnder)];
  const files = [...layer.added, ...layer.modified].filter((n) => n.type !== "dir" || n.bulk).length;
  const fetched = isAdd && sources.some((s) => URL.test(expand(s)));
  if (files > 0 && !noContext && !fetched) {
    layer.notes.unshift(
      `${files} ${files === 1 ? "entry" : "entries"}, ${formatSize(layer.sizeBytes)}, from ${sources.every((s) => HEREDOC.test(s)) ? "a heredoc" : sourceName(source)}.`,
    );
  }
  return { layer, diagnostics, contentKey: hashText(keyParts.join("\n")), bytes: layer.sizeBytes, noContext };
}

// The legacy builder refuses this; BuildKit copies every match onto the one path, so the last wins.
function wildcardOntoFile(
  instruction: Instruction,
  src: string,
  files: FileNode[],
  dest: string,
): Diagnostic {
  const names = files.map((f) => basename(f.path));
  const shown = names.length > 3 ? [...names.slice(0, 3), "…"] : names;
  return {
    severity: "warning",
    rule: "wildcard-copy-to-file",
    message: `${src} matches ${files.length} files (${shown.join(", ")}), but ${dest} does not end with / and is not a directory: BuildKit copies each one onto ${dest}, so only ${names.at(-1)} is left. The legacy builder stops with "When using ${instruction.keyword} with more than one source file, the destination must be a directory and end with a /".`,
    range: instruction.range,
    fix: `Name the one file to copy instead of a pattern, or end the destination with / to keep all ${files.length}.`,
  };
}

function fromValue(source: CopySource): StageIndex | string {
  if (source.kind === "stage") return source.stage;
  if (source.kind === "image") return source.reference;
  if (source.kind === "unavailable") return source.name;
  return "context";
}

function sourceName(source: CopySource): string {
  if (source.kind === "stage") return `stage ${source.name}`;
  if (source.kind === "image") return source.reference;
  if (source.kind === "unavailable") return source.name;
  return "the context";
}

function contentOf(node: FileNode): string {
  return `${node.path} ${node.sizeBytes} ${node.mode.toString(8)} ${node.content !== undefined ? hashContent(node.content) : node.origin.kind === "step" ? `${node.origin.stage}:${node.origin.line}` : ""}`;
}

function unknownNode(
  path: string,
  stage: StageIndex,
  line: number,
  owner: Owner,
  from?: string,
  source?: CopySource,
): FileNode {
  return fileNode(path, stepOrigin(stage, line), {
    type: path.includes(".") ? "file" : "dir",
    bulk: true,
    estimated: true,
    // What it is is unknown, but --chown says whose it is.
    uid: owner.uid,
    gid: owner.gid,
    ...(from && source ? { copiedFrom: { from: fromValue(source), path: from, line } } : {}),
  });
}

// `COPY --parents a/./b/c.txt /d/` keeps the path after the `/./` pivot, else the whole path.
function parentsPath(source: string, matched: string): string {
  const pivot = normalizePath(source.split("/./")[0] ?? "");
  return source.includes("/./") && matched.startsWith(pivot + "/")
    ? matched.slice(pivot.length + 1)
    : matched.slice(1);
}

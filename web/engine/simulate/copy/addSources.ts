// What only ADD does: fetch a URL (a file of unknown size, or a git repository) and extract a local
// tar archive (one entry of unknown contents, sized from the archive).
import type { StageIndex } from "../../stages/types";
import { fileNode } from "../filesystem/fileNode";
import { stepOrigin, type LayerDraft } from "../filesystem/layerDraft";
import { basename } from "../filesystem/paths";
import type { FileNode } from "../types";

/** The file name ADD gives a URL's download in a directory. */
export function urlName(url: string): string {
  const path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
  return basename(path) || "index.html";
}

/** ADD <url>: the download is a file whose size Stageplay cannot know (a git URL: a directory). */
export function addUrl(
  draft: LayerDraft,
  url: string,
  target: string,
  stage: StageIndex,
  line: number,
  owner: { uid: number; gid: number },
  mode: number | null,
): void {
  const git = /^git@|\.git(#.*)?$/.test(url);
  draft.put(
    fileNode(target, stepOrigin(stage, line), {
      type: git ? "dir" : "file",
      bulk: git,
      estimated: true,
      mode: mode ?? 0o600,
      uid: owner.uid,
      gid: owner.gid,
    }),
  );
  draft.know("partial");
  draft.note(`${url} is downloaded at build time; Stageplay cannot know its size.`);
}

/** ADD <local tar>: extracted into `dest` as one bulk entry of unknown contents. */
export function extractTar(
  draft: LayerDraft,
  archive: FileNode,
  dest: string,
  stage: StageIndex,
  line: number,
  owner: { uid: number; gid: number },
): void {
  const compressed = !/\.tar$/i.test(archive.path);
  draft.put(
    fileNode(dest, stepOrigin(stage, line), {
      type: "dir",
      bulk: true,
      sizeBytes: compressed ? archive.sizeBytes * 3 : archive.sizeBytes,
      estimated: true,
      uid: owner.uid,
      gid: owner.gid,
    }),
  );
  draft.know("partial");
  draft.note(
    `ADD extracts the local archive ${archive.path.slice(1)} into ${dest}; its contents are unknown, so they are one entry of ${compressed ? "about three times the compressed size" : "the archive's size"}.`,
  );
}

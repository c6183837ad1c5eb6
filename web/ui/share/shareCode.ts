// A playground's Dockerfile and build context as the data of a share link (#/share/<data>), and back.
// The data is lz-string's URI-safe compression of JSON, so a link carries everything and nothing is
// stored on a server. A link is untrusted input: decoding checks every field before the app sees it.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import type { ContextFile } from "../../engine";
import { shareHref } from "../routes";

export const SHARE_VERSION = 1;

/**
 * The most characters of data a link may carry. Browsers open far longer URLs, but chat apps, mail
 * clients and link shorteners cut or refuse long ones; 16 000 characters still hold a Dockerfile
 * with a few dozen kilobytes of text files, since lz-string compresses source text about threefold.
 */
export const MAX_SHARE_CHARS = 16_000;

/** Decompressed JSON longer than this is refused before it is parsed (a crafted link can expand a lot). */
const MAX_JSON_CHARS = 4_000_000;

export interface SharedPlayground {
  dockerfile: string;
  context: ContextFile[];
}

export type EncodeResult = { ok: true; data: string } | { ok: false; length: number };

export type ShareProblemKind = "empty" | "too-large" | "unreadable" | "version" | "invalid";

export type DecodeResult =
  { ok: true; shared: SharedPlayground } | { ok: false; kind: ShareProblemKind; message: string };

/** The link data for a Dockerfile and its context, or how long it would be when it is too long. */
export function encodeShare({ dockerfile, context }: SharedPlayground): EncodeResult {
  const payload = {
    v: SHARE_VERSION,
    dockerfile,
    context: context.map((file) => ({
      path: file.path,
      sizeBytes: file.sizeBytes,
      ...(file.content !== undefined ? { content: file.content } : {}),
      ...(file.mode !== undefined ? { mode: file.mode } : {}),
    })),
  };
  const data = compressToEncodedURIComponent(JSON.stringify(payload));
  return data.length > MAX_SHARE_CHARS ? { ok: false, length: data.length } : { ok: true, data };
}

/** The Dockerfile and context a link's data holds, or what is wrong with it in words for the learner. */
export function decodeShare(data: string): DecodeResult {
  if (data === "") return problem("empty", "The link ends at #/share/ and holds no Dockerfile.");
  if (data.length > MAX_SHARE_CHARS) {
    return problem(
      "too-large",
      `The link holds ${data.length.toLocaleString("en")} characters of data, more than the ${MAX_SHARE_CHARS.toLocaleString("en")} a share link may carry.`,
    );
  }
  const unreadable = problem(
    "unreadable",
    "The link's data cannot be read: part of it may have been cut off or changed when it was copied.",
  );
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(data);
  } catch {
    return unreadable;
  }
  if (!json) return unreadable;
  if (json.length > MAX_JSON_CHARS) {
    return problem("too-large", "The link's data unpacks to more text than a playground can hold.");
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return unreadable;
  }
  return readPayload(value);
}

function readPayload(value: unknown): DecodeResult {
  if (!isRecord(value)) return invalid("it is not a Dockerfile with a build context");
  if (value.v !== SHARE_VERSION) {
    return typeof value.v === "number" && value.v > SHARE_VERSION
      ? problem(
          "version",
          `The link was made by a newer Stageplay (format ${value.v}); this one reads format ${SHARE_VERSION}. Reload the page to get the newest version.`,
        )
      : problem("version", `The link's format (${shown(value.v)}) is not one Stageplay reads.`);
  }
  if (typeof value.dockerfile !== "string") return invalid("its Dockerfile is not text");
  if (!Array.isArray(value.context)) return invalid("its build context is not a list of files");
  const context: ContextFile[] = [];
  const seen = new Set<string>();
  for (const [index, item] of value.context.entries()) {
    const file = readFile(item, index);
    if (typeof file === "string") return invalid(file);
    if (seen.has(file.path)) return invalid(`two files of its build context have the path “${file.path}”`);
    seen.add(file.path);
    context.push(file);
  }
  const clash = folderClash(context);
  if (clash) return invalid(clash);
  return { ok: true, shared: { dockerfile: value.dockerfile, context } };
}

/** A context file from the payload, or why it is not one. */
function readFile(item: unknown, index: number): ContextFile | string {
  const which = `file ${index + 1} of its build context`;
  if (!isRecord(item)) return `${which} is not a file`;
  if (typeof item.path !== "string") return `${which} has no path`;
  const pathIssue = badPath(item.path);
  if (pathIssue) return `the path “${item.path}” of ${which} ${pathIssue}`;
  if (item.content !== undefined && typeof item.content !== "string") {
    return `the content of “${item.path}” is not text`;
  }
  // A text file's size is its text's; only a file known by its size alone needs a stated one.
  const sizeBytes =
    typeof item.content === "string" ? new TextEncoder().encode(item.content).length : item.sizeBytes;
  if (typeof sizeBytes !== "number" || !Number.isSafeInteger(sizeBytes) || sizeBytes < 0) {
    return `the size of “${item.path}” is not a whole number of bytes`;
  }
  if (
    item.mode !== undefined &&
    (typeof item.mode !== "number" || !Number.isInteger(item.mode) || item.mode < 0 || item.mode > 0o7777)
  ) {
    return `the permissions of “${item.path}” are not a file mode`;
  }
  return {
    path: item.path,
    sizeBytes,
    ...(typeof item.content === "string" ? { content: item.content } : {}),
    ...(typeof item.mode === "number" ? { mode: item.mode } : {}),
  };
}

/** Why a path cannot name a file inside a build context, or null when it can. */
export function badPath(path: string): string | null {
  if (path === "") return "is empty";
  if (path.length > 1024) return "is longer than 1024 characters";
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(path)) return "holds a control character";
  if (path.includes("\\")) return "uses “\\” where a context path uses “/”";
  if (path.startsWith("/")) return "starts with “/”, outside the context root";
  const parts = path.split("/");
  if (parts.includes("..")) return "leaves the build context with “..”";
  if (parts.includes(".") || parts.includes("")) return "has an empty or “.” folder in it";
  return null;
}

/** A file whose path is also another file's folder, which no folder on disk can hold. */
function folderClash(files: readonly ContextFile[]): string | null {
  const paths = new Set(files.map((f) => f.path));
  for (const file of files) {
    for (let i = file.path.indexOf("/"); i > 0; i = file.path.indexOf("/", i + 1)) {
      const folder = file.path.slice(0, i);
      if (paths.has(folder))
        return `“${folder}” is a file of its build context and also the folder of “${file.path}”`;
    }
  }
  return null;
}

/** The text files that weigh most in a link, largest first: what to remove when a link is too large. */
export function largestTextFiles(context: readonly ContextFile[], count: number): ContextFile[] {
  return context
    .filter((file) => file.content !== undefined)
    .sort((a, b) => b.sizeBytes - a.sizeBytes)
    .slice(0, count);
}

/** The full address of a share link: this page's address with the share hash instead of its own. */
export function shareUrl(pageUrl: string, data: string): string {
  return `${pageUrl.replace(/#.*$/s, "")}${shareHref(data)}`;
}

function problem(kind: ShareProblemKind, message: string): DecodeResult {
  return { ok: false, kind, message };
}

function invalid(detail: string): DecodeResult {
  return problem("invalid", `The link's data cannot be opened: ${detail}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  return value === undefined ? "none given" : JSON.stringify(value).slice(0, 20);
}

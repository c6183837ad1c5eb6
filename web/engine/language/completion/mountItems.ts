// `RUN --mount=` options: the type, then the keys that type takes, then the values of a few keys.
// Stages (`from=`) and paths (`source=`) are answered by the caller, which knows the file.
import type { CompletionItem, Range } from "../types";
import { completionItem, sortKey } from "./completionItem";

type MountType = "bind" | "cache" | "tmpfs" | "secret" | "ssh";

const TYPES: readonly (readonly [MountType, string])[] = [
  ["cache", "A directory kept between builds (package downloads, compiler caches); never part of the image."],
  ["bind", "Another stage's, an image's or the context's files, read-only by default, without copying them."],
  [
    "secret",
    "A secret the command can read (a file under /run/secrets, or an environment variable); never stored.",
  ],
  ["ssh", "Access to the SSH agent of the machine running the build, e.g. for private Git repositories."],
  ["tmpfs", "An empty directory in memory, gone when the command ends."],
];

const KEYS: Readonly<Record<string, string>> = {
  target: "Where the mount appears in the command's filesystem.",
  id: "Names the cache, secret or SSH key; caches with the same id are shared.",
  sharing: "How builds running at the same time share the cache: shared, private or locked.",
  from: "A stage or image to take the files from, instead of the build context.",
  source: "The path inside `from` (or the context) to mount.",
  mode: "Permissions of the mounted directory or file, in octal.",
  uid: "Owner user id of the mount.",
  gid: "Owner group id of the mount.",
  readonly: "Mounts the cache read-only.",
  readwrite: "Lets the command write to the bind mount; what it writes is thrown away afterwards.",
  env: "Also (or instead) puts the secret in this environment variable.",
  required: "Fails the build when the secret or SSH key is not given.",
  size: "The largest size the tmpfs may grow to.",
};

const KEYS_OF: Readonly<Record<MountType, readonly string[]>> = {
  cache: ["target", "id", "sharing", "from", "source", "mode", "uid", "gid", "readonly"],
  bind: ["target", "source", "from", "readwrite"],
  secret: ["id", "target", "env", "required", "mode", "uid", "gid"],
  ssh: ["id", "target", "required", "mode", "uid", "gid"],
  tmpfs: ["target", "size"],
};

const FLAGS = new Set(["readonly", "readwrite", "required"]);
const ALIASES: Readonly<Record<string, string>> = {
  dst: "target",
  destination: "target",
  src: "source",
  ro: "readonly",
  rw: "readwrite",
};

const SHARING: readonly (readonly [string, string])[] = [
  ["shared", "The default: builds running at the same time use the cache together."],
  ["private", "A build that finds the cache in use gets a new, empty one."],
  ["locked", "A build waits until the one using the cache is done."],
];

// Where the usual tools keep their caches, for `type=cache,target=`.
const CACHE_TARGETS: readonly (readonly [string, string])[] = [
  ["/root/.cache/pip", "pip's download and wheel cache"],
  ["/root/.npm", "npm's package cache"],
  ["/usr/local/share/.cache/yarn", "yarn's package cache"],
  ["/root/.cache/go-build", "Go's build cache"],
  ["/go/pkg/mod", "Go's module cache in the golang images"],
  ["/usr/local/cargo/registry", "Cargo's registry cache in the rust images"],
  ["/root/.m2", "Maven's repository"],
  ["/var/cache/apt", "apt's downloaded packages"],
];

/** What the `--mount=` value typed so far says: its type, the keys written, and the option being typed. */
export interface MountOption {
  /** The mount type written, or bind (BuildKit's default). */
  type: MountType;
  typeWritten: boolean;
  /** Keys written before the current option, aliases resolved. */
  keys: Set<string>;
  /** Other options' values by key, e.g. `from`. */
  values: Map<string, string>;
  /** The option at the cursor: its key when `=` is typed, and where its text starts in the value. */
  key: string | null;
  text: string;
  offset: number;
}

/** Reads `type=cache,target=/x,sha` into the options before the cursor and the one being typed. */
export function readMountValue(value: string): MountOption {
  const parts = value.split(",");
  const current = parts.pop() ?? "";
  const keys = new Set<string>();
  const values = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf("=");
    const raw = (eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    const key = ALIASES[raw] ?? raw;
    keys.add(key);
    values.set(key, eq < 0 ? "" : part.slice(eq + 1));
  }
  const type = values.get("type") as MountType | undefined;
  const eq = current.indexOf("=");
  const rawKey = eq < 0 ? null : current.slice(0, eq).toLowerCase();
  return {
    type: type && Object.hasOwn(KEYS_OF, type) ? type : "bind",
    typeWritten: type !== undefined,
    keys,
    values,
    key: rawKey === null ? null : (ALIASES[rawKey] ?? rawKey),
    text: eq < 0 ? current : current.slice(eq + 1),
    offset: value.length - current.length + (eq < 0 ? 0 : eq + 1),
  };
}

/** The keys still to write: `type=` first while no type is given, then the type's keys. */
export function mountKeyItems(option: MountOption, range: Range): CompletionItem[] {
  const keys = [...(option.typeWritten ? [] : ["type"]), ...KEYS_OF[option.type]];
  return keys
    .filter((key) => !option.keys.has(key))
    .map((key, index) =>
      completionItem(FLAGS.has(key) ? key : `${key}=`, "value", range, {
        detail: key === "type" ? "mount type" : `${option.type} mount`,
        documentation:
          key === "type" ? "The kind of mount: cache, bind, secret, ssh or tmpfs." : (KEYS[key] ?? ""),
        sortText: sortKey(0, index),
        retrigger: !FLAGS.has(key),
      }),
    );
}

/** Values of `type=`, `sharing=` and a cache's `target=`; none for other keys. */
export function mountValueItems(option: MountOption, range: Range): CompletionItem[] {
  const choices =
    option.key === "type"
      ? TYPES
      : option.key === "sharing"
        ? SHARING
        : option.key === "target" && option.type === "cache"
          ? CACHE_TARGETS
          : [];
  return choices.map(([value, documentation], index) =>
    completionItem(value, "value", range, {
      detail: `--mount ${option.key}`,
      documentation,
      sortText: sortKey(0, index),
    }),
  );
}

// The flags each instruction takes (BuildKit's, as parse/flags.ts checks them) and the values of
// the flags whose values are a short list.
import type { CompletionItem, Range } from "../types";
import { completionItem, sortKey } from "./completionItem";

interface FlagInfo {
  name: string;
  /** What the value is, shown beside the label. */
  detail: string;
  documentation: string;
  /** Inserted after `--name`: "" for a boolean, "=" when value completion follows, else a snippet. */
  value: string;
  repeatable?: boolean;
}

const CHOWN: FlagInfo = {
  name: "chown",
  detail: "user[:group]",
  documentation: "Makes the copied files belong to this user instead of root.",
  value: "=${1:user}:${2:group}",
};
const CHMOD: FlagInfo = {
  name: "chmod",
  detail: "mode, e.g. 755",
  documentation: "Sets the permissions of the copied files.",
  value: "=",
};
const LINK: FlagInfo = {
  name: "link",
  detail: "boolean",
  documentation:
    "Puts the files in a layer that does not depend on the layers below, so changing the base does not redo this step.",
  value: "",
};
const EXCLUDE: FlagInfo = {
  name: "exclude",
  detail: "pattern, repeatable",
  documentation: "Leaves out the files that match the pattern.",
  value: "=${1:pattern}",
  repeatable: true,
};

const FLAGS: Readonly<Record<string, readonly FlagInfo[]>> = {
  FROM: [
    {
      name: "platform",
      detail: "os/architecture",
      documentation: "Builds this stage for the given platform instead of the build's target platform.",
      value: "=",
    },
  ],
  COPY: [
    {
      name: "from",
      detail: "stage name, index or image",
      documentation: "Copies from an earlier stage or an image instead of the build context.",
      value: "=",
    },
    CHOWN,
    CHMOD,
    LINK,
    {
      name: "parents",
      detail: "boolean",
      documentation: "Keeps the sources' parent directories under the destination.",
      value: "",
    },
    EXCLUDE,
  ],
  ADD: [
    CHOWN,
    CHMOD,
    LINK,
    {
      name: "checksum",
      detail: "sha256:…",
      documentation: "Checks a downloaded file against this digest; the build fails when they differ.",
      value: "=${1:sha256:}",
    },
    {
      name: "keep-git-dir",
      detail: "boolean",
      documentation: "Keeps the .git directory when adding a Git repository.",
      value: "",
    },
    {
      name: "unpack",
      detail: "boolean",
      documentation: "Unpacks a downloaded archive too; `--unpack=false` keeps a local archive packed.",
      value: "",
    },
    EXCLUDE,
  ],
  RUN: [
    {
      name: "mount",
      detail: "type=…, repeatable",
      documentation:
        "Gives this command a cache, a secret, an SSH agent, a tmpfs or another stage's files, only while it runs.",
      value: "=",
      repeatable: true,
    },
    {
      name: "network",
      detail: "default, none or host",
      documentation: "Chooses the network the command gets; `none` cuts it off.",
      value: "=",
    },
    {
      name: "security",
      detail: "sandbox or insecure",
      documentation: "`insecure` runs the command with extra privileges, if the builder allows it.",
      value: "=",
    },
    {
      name: "device",
      detail: "device name, labs frontend only",
      documentation: "Gives the command a device; only a labs Dockerfile frontend accepts this flag.",
      value: "=${1:name}",
      repeatable: true,
    },
  ],
  HEALTHCHECK: [
    {
      name: "interval",
      detail: "duration, default 30s",
      documentation: "Time between two checks.",
      value: "=${1:30s}",
    },
    {
      name: "timeout",
      detail: "duration, default 30s",
      documentation: "How long one check may take before it counts as failed.",
      value: "=${1:30s}",
    },
    {
      name: "start-period",
      detail: "duration, default 0s",
      documentation: "Time the app gets to start; failed checks during it do not count.",
      value: "=${1:10s}",
    },
    {
      name: "start-interval",
      detail: "duration, default 5s",
      documentation: "Time between checks during the start period.",
      value: "=${1:5s}",
    },
    {
      name: "retries",
      detail: "number, default 3",
      documentation: "Failed checks in a row before the container counts as unhealthy.",
      value: "=${1:3}",
    },
  ],
};

/** The flag names `keyword` takes, for checking this table against the parser's. */
export function flagNames(keyword: string): string[] {
  return (FLAGS[keyword] ?? []).map((flag) => flag.name);
}

/** The flags of `keyword` not yet written (repeatable ones always). */
export function flagItems(keyword: string, written: readonly string[], range: Range): CompletionItem[] {
  const used = new Set(written.map((word) => word.replace(/^--/, "").split("=")[0]?.toLowerCase()));
  return (FLAGS[keyword] ?? [])
    .filter((flag) => flag.repeatable || !used.has(flag.name))
    .map((flag, index) =>
      completionItem(`--${flag.name}`, "flag", range, {
        insertText: `--${flag.name}${flag.value}`,
        snippet: flag.value.includes("${"),
        detail: flag.detail,
        documentation: flag.documentation,
        sortText: sortKey(0, index),
        retrigger: flag.value === "=",
      }),
    );
}

type Choice = readonly [value: string, documentation: string];

const VALUES: Readonly<Record<string, readonly Choice[]>> = {
  platform: [
    ["linux/amd64", "64-bit Intel and AMD machines; the platform Stageplay simulates."],
    ["linux/arm64", "64-bit Arm: Apple silicon, AWS Graviton, recent Raspberry Pi."],
    ["linux/arm/v7", "32-bit Arm, such as older Raspberry Pi."],
    ["$BUILDPLATFORM", "The machine running the build: build tools then run natively when cross-building."],
    ["$TARGETPLATFORM", "The platform the image is being built for."],
  ],
  chmod: [
    ["755", "rwxr-xr-x: programs and scripts everyone may run, only the owner may change."],
    ["644", "rw-r--r--: ordinary files everyone may read."],
    ["700", "rwx------: only the owner may read, run or change it."],
    ["600", "rw-------: only the owner may read or change it."],
    [
      "+x",
      "Adds the right to run it. Symbolic modes need a recent Dockerfile frontend; Stageplay's simulator keeps the files' modes for them.",
    ],
  ],
  network: [
    ["default", "The builder's normal network."],
    ["none", "No network at all: the command can only use what the stage already holds."],
    ["host", "The build machine's own network; the builder must allow it."],
  ],
  security: [
    ["sandbox", "The default: the command runs with the usual restrictions."],
    ["insecure", "Extra privileges, like `docker run --privileged`; the builder must allow it."],
  ],
};

/** Whether `flag` has a list of values to offer. */
export function hasValueList(flag: string): boolean {
  return Object.hasOwn(VALUES, flag);
}

/** The values of `--flag=`. */
export function flagValueItems(flag: string, range: Range): CompletionItem[] {
  return (VALUES[flag] ?? []).map(([value, documentation], index) =>
    completionItem(value, "value", range, {
      detail: `--${flag}`,
      documentation,
      sortText: sortKey(0, index),
    }),
  );
}

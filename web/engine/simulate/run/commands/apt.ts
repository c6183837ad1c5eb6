// apt-get (and apt): update fills /var/lib/apt/lists (19 MB, image-facts.md §3), install adds the
// catalog's Installed-Size sums, clean has nothing to do in official images (docker-clean already
// deletes .deb files). The lists stay in the layer unless the same RUN removes them.
import { CACHES, findPackageInstall } from "../../catalog";
import { DURATION } from "../estimateDuration";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok, unknownEffect } from "../runState";
import { ensureDir, put } from "../writeNodes";
import { placePackage, withDependencies } from "./packageFiles";
import { notFoundMessage } from "./requireProgram";

const LISTS_DIR = "/var/lib/apt/lists";
const LISTS = CACHES.find((cache) => cache.path === LISTS_DIR);
const LISTS_BYTES = LISTS?.size.bytes ?? 19_000_000;

function listsFile(release: string | null): string {
  return `${LISTS_DIR}/deb.debian.org_debian_dists_${release ?? "bookworm"}_main_binary-amd64_Packages.lz4`;
}

function hasLists(call: Invocation): boolean {
  return call.state.fs
    .list(LISTS_DIR)
    .some((node) => node.sizeBytes > 0 && node.path !== `${LISTS_DIR}/partial`);
}

function update(call: Invocation): Outcome {
  const release = call.state.ctx.base?.os.release ?? null;
  ensureDir(call.state, LISTS_DIR);
  put(call.state, listsFile(release), {
    sizeBytes: LISTS_BYTES,
    bulk: true,
    facts: [{ kind: "cache", tool: "apt" }],
  });
  return ok(
    `downloaded the package lists into ${LISTS_DIR} (${(LISTS_BYTES / 1e6).toFixed(0)} MB, kept unless this RUN removes them)`,
    {
      durationMs: DURATION.aptUpdate,
      durationNote: "apt-get update",
    },
  );
}

function install(call: Invocation, args: readonly string[]): Outcome {
  const names = args.filter((arg) => !arg.startsWith("-"));
  if (!hasLists(call)) {
    const first = names[0] ?? "";
    return {
      status: 100,
      note: "no package lists: apt-get update has not run in this image",
      error: `E: Unable to locate package ${first}`,
      missing: LISTS_DIR,
      fix: "Run apt-get update in the same RUN, before apt-get install (and remove /var/lib/apt/lists/* at its end).",
    };
  }
  const recommends = !args.includes("--no-install-recommends");
  const release = call.state.ctx.base?.os.release ?? null;
  let total = 0;
  let estimated = false;
  let withRecommends = false;
  const installed: string[] = [];
  for (const name of withDependencies(names)) {
    const lookup = findPackageInstall("apt", name);
    const figure =
      recommends && lookup.figure.withRecommends ? lookup.figure.withRecommends : lookup.figure.size;
    withRecommends ||= figure === lookup.figure.withRecommends;
    const place = placePackage(name.replace(/[=:].*$/, ""), "apt", release);
    // Already there (in the base image or an earlier install): apt says so and adds nothing.
    if (call.state.fs.stat(place.path)) continue;
    put(call.state, place.path, {
      type: place.type,
      sizeBytes: figure.bytes,
      bulk: true,
      mode: 0o755,
      facts: place.facts,
      estimated: figure.estimated,
    });
    for (const alias of place.aliases ?? []) put(call.state, alias, { type: "symlink", target: place.path });
    total += figure.bytes;
    estimated ||= figure.estimated || lookup.unknown;
    installed.push(name);
  }
  const mib = total / 1048576;
  const guess = estimated ? " (partly estimated)" : "";
  return ok(
    `installed ${installed.join(", ") || "nothing new"}: ${mib.toFixed(0)} MiB${guess}${withRecommends ? ", recommended packages included (add --no-install-recommends)" : ""}`,
    {
      durationMs: DURATION.aptInstallBase + mib * DURATION.aptPerMiB,
      durationNote: `apt-get install of ${names.length} package${names.length === 1 ? "" : "s"}`,
    },
  );
}

function remove(call: Invocation, args: readonly string[]): Outcome {
  const names = args.filter((arg) => !arg.startsWith("-"));
  const release = call.state.ctx.base?.os.release ?? null;
  for (const name of names) {
    const place = placePackage(name, "apt", release);
    if (call.state.fs.stat(place.path)) call.state.fs.remove(place.path);
  }
  return unknownEffect(`removed ${names.join(", ")}; their dependencies are not tracked`);
}

/** -y, --yes, --assume-yes, or -qq (quiet level 2 implies -y). */
function assumesYes(args: readonly string[]): boolean {
  return args.some(
    (arg) => ["-y", "--yes", "--assume-yes", "-qq", "-q=2"].includes(arg) || /^-[a-z]*y[a-z]*$/.test(arg),
  );
}

/**
 * Without -y, apt asks before installing dependencies nobody named; a build has no terminal to
 * answer, so it aborts. A package the image already has, or an unknown name, is left to install().
 */
function confirmation(call: Invocation, args: readonly string[]): Outcome {
  const release = call.state.ctx.base?.os.release ?? null;
  const names = args.filter((arg) => !arg.startsWith("-"));
  const missing = withDependencies(names).filter(
    (name) => !call.state.fs.stat(placePackage(name, "apt", release).path),
  );
  // apt reads its lists before it asks: no lists fails first; nothing to install asks nothing.
  if (!hasLists(call) || missing.length === 0) return install(call, args);
  return {
    status: 1,
    note: "apt-get asked for confirmation, and a build cannot answer",
    error: "Do you want to continue? [Y/n] Abort.",
    fix: "Add -y: apt-get install -y --no-install-recommends …",
  };
}

function aptGet(call: Invocation): Outcome {
  const args = call.args.filter(
    (arg) => arg !== "-y" && arg !== "-q" && arg !== "-qq" && arg !== "--yes" && arg !== "--quiet",
  );
  const index = args.findIndex((arg) => !arg.startsWith("-"));
  const subcommand = args[index] ?? "";
  const rest = args.slice(index + 1).concat(args.slice(0, Math.max(index, 0)));
  const base = call.state.ctx.base;
  if (
    base &&
    base.packageManager !== "apt" &&
    !base.uncertain.some((fact) => fact.field === "packageManager") &&
    !call.state.fs.resolve("/usr/bin/apt-get")
  ) {
    return {
      status: 127,
      note: `${base.id} has no apt-get`,
      error: notFoundMessage(call.state, call.program),
      missing: call.program,
      fix:
        base.packageManager === "apk"
          ? "This is an Alpine image: use apk add --no-cache."
          : "This image has no package manager: install in a builder stage and COPY the result.",
    };
  }
  const writes = [
    "update",
    "install",
    "remove",
    "purge",
    "autoremove",
    "upgrade",
    "dist-upgrade",
    "full-upgrade",
  ];
  if (call.state.owner.uid !== 0 && writes.includes(subcommand)) {
    // apt takes its lock before anything else; only root may (USER switched away from root above).
    const lock = subcommand === "update" ? "/var/lib/apt/lists/lock" : "/var/lib/dpkg/lock-frontend";
    return {
      status: 100,
      note: "apt-get needs root, and USER is not root here",
      error: `E: Could not open lock file ${lock} - open (13: Permission denied)`,
      fix: "Install packages before the USER instruction (or switch back with USER root for this RUN).",
    };
  }
  switch (subcommand) {
    case "update":
      return update(call);
    case "install": {
      // `apt install --update` (apt 2.7 and later) reads fresh package lists first.
      if (rest.includes("--update")) {
        const updated = update(call);
        const installed = assumesYes(call.args) ? install(call, rest) : confirmation(call, rest);
        return {
          ...installed,
          note: `${updated.note}; ${installed.note}`,
          durationMs: (updated.durationMs ?? 0) + (installed.durationMs ?? 0),
        };
      }
      return assumesYes(call.args) ? install(call, rest) : confirmation(call, rest);
    }
    case "clean":
    case "autoclean":
      return ok("nothing to clean: the official images already delete downloaded .deb files (docker-clean)");
    case "remove":
    case "purge":
      return remove(call, rest);
    case "autoremove":
      return unknownEffect("removes packages nothing depends on any more; which ones is not tracked");
    case "upgrade":
    case "dist-upgrade":
    case "full-upgrade":
      return unknownEffect("upgrades installed packages; the size change is not known", {
        durationMs: DURATION.aptInstallBase * 4,
        durationNote: `apt-get ${subcommand}`,
      });
    default:
      return { status: null, known: false, note: `apt-get ${subcommand} is not modelled` };
  }
}

export const APT_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  "apt-get": aptGet,
  apt: aptGet,
};

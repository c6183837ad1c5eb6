// apt-get (and apt): update fills /var/lib/apt/lists (19 MB, image-facts.md §3), install adds the
// catalog's Installed-Size sums, clean has nothing to do in official images (docker-clean already
// deletes .deb files). The lists stay in the layer unless the same RUN removes them.
import {
  APT_META_PACKAGES,
  APT_RECOMMENDS,
  CACHES,
  basePackages,
  caBundleSize,
  findPackageInstall,
  zoneinfoSize,
} from "../../catalog";
import type { Figure } from "../../catalog";
import type { FileFact } from "../../types";
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

/** What the image already has: apt says "… is already the newest version" and adds nothing. */
function alreadyInstalled(call: Invocation, name: string, release: string | null): boolean {
  const base = call.state.ctx.base;
  if (base && basePackages(base)?.names.has(name) && !removedFromBase(call, name)) return true;
  if (name in APT_META_PACKAGES) return Boolean(call.state.fs.stat(metaMarker(name)));
  return Boolean(call.state.fs.stat(placePackage(name, "apt", release).path));
}

// A base package purged in an earlier step: the path the base image models for it is gone.
function removedFromBase(call: Invocation, name: string): boolean {
  const base = call.state.ctx.base;
  if (!base) return false;
  const path = placePackage(name, "apt", base.os.release).path;
  const modelled =
    base.contents.some((content) => content.path === path) ||
    (base.caCertificates && name === "ca-certificates") ||
    (base.tzdata && name === "tzdata");
  return modelled && !call.state.fs.stat(path);
}

function metaMarker(name: string): string {
  return `/usr/share/doc/${name}`;
}

function packageFact(name: string, neededBy: readonly string[]): FileFact {
  return { kind: "package", name, auto: neededBy.length > 0, neededBy: [...neededBy] };
}

interface Installed {
  bytes: number;
  estimated: boolean;
}

/** Writes one package's files; a package that places a known OS file splits its bytes around it. */
function writePackage(
  call: Invocation,
  name: string,
  figure: Figure,
  neededBy: readonly string[],
  release: string | null,
): Installed {
  const place = placePackage(name, "apt", release);
  const facts = [...place.facts, packageFact(name, neededBy)];
  const base = call.state.ctx.base;
  const file = name === "ca-certificates" && base ? caBundleSize(base) : null;
  if (file) {
    // The bundle is the file a COPY takes out; the rest (openssl, the single certificates) lies beside it.
    put(call.state, place.path, { sizeBytes: file.bytes, bulk: true, facts, estimated: file.estimated });
    put(call.state, "/usr/share/ca-certificates", {
      type: "dir",
      sizeBytes: Math.max(0, figure.bytes - file.bytes),
      bulk: true,
      estimated: figure.estimated,
    });
  } else {
    put(call.state, place.path, {
      type: place.type,
      sizeBytes: figure.bytes,
      bulk: true,
      mode: 0o755,
      facts,
      estimated: figure.estimated,
    });
  }
  for (const alias of place.aliases ?? []) put(call.state, alias, { type: "symlink", target: place.path });
  return { bytes: figure.bytes, estimated: figure.estimated };
}

/** A dependency already there that apt marked automatic now serves one more package. */
function addNeededBy(call: Invocation, path: string, by: string): void {
  const node = call.state.fs.stat(path);
  const fact = node?.facts.find((f) => f.kind === "package");
  if (!node || !fact || fact.kind !== "package" || !fact.auto || fact.neededBy.includes(by)) return;
  const facts = node.facts.map((f) => (f === fact ? { ...fact, neededBy: [...fact.neededBy, by] } : f));
  call.state.fs.write({ ...node, facts, origin: call.state.origin });
}

/**
 * A meta package (build-essential): its marker, then gcc and the rest of its dependencies as
 * automatically installed packages. The catalog's figure is for the whole set, so the rest is
 * what is left after gcc's own figure.
 */
function installMeta(call: Invocation, name: string, figure: Figure, release: string | null): Installed {
  put(call.state, metaMarker(name), { type: "dir", facts: [packageFact(name, [])] });
  const gcc = findPackageInstall("apt", "gcc").figure.size;
  let bytes = 0;
  let estimated = false;
  if (alreadyInstalled(call, "gcc", release)) addNeededBy(call, "/usr/bin/gcc", name);
  else {
    const written = writePackage(call, "gcc", gcc, [name], release);
    bytes += written.bytes;
  }
  if (alreadyInstalled(call, "g++", release)) addNeededBy(call, "/usr/bin/g++", name);
  else {
    const rest = Math.max(0, figure.bytes - gcc.bytes);
    put(call.state, "/usr/bin/g++", {
      sizeBytes: rest,
      bulk: true,
      mode: 0o755,
      estimated: figure.estimated,
      facts: [{ kind: "tool", name: "g++", role: "compiler" }, packageFact("g++", [name])],
    });
    put(call.state, "/usr/bin/make", {
      mode: 0o755,
      facts: [{ kind: "tool", name: "make", role: "build-tool" }, packageFact("make", [name])],
    });
    bytes += rest;
    estimated ||= figure.estimated;
  }
  return { bytes, estimated };
}

function install(call: Invocation, args: readonly string[]): Outcome {
  const names = args.filter((arg) => !arg.startsWith("-")).map((name) => name.replace(/[=:].*$/, ""));
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
  const installed: string[] = [];
  const present: string[] = [];
  const recommendsCounted: string[] = [];
  const recommendsMissing: string[] = [];
  const wanted = withDependencies(names);
  for (const name of wanted)
    for (const extra of recommends ? (APT_RECOMMENDS[name] ?? []) : [])
      if (!wanted.includes(extra)) wanted.push(extra);
  for (const name of wanted) {
    const lookup = findPackageInstall("apt", name);
    if (alreadyInstalled(call, name, release)) {
      if (names.includes(name)) present.push(name);
      continue;
    }
    const recommended = !names.includes(name) && !withDependencies(names).includes(name);
    const withRecommends = recommends ? lookup.figure.withRecommends : undefined;
    let figure = withRecommends ?? lookup.figure.size;
    if (recommends && !recommended) {
      if (withRecommends) recommendsCounted.push(name);
      else {
        // Its recommends are installed too, but the catalog has no figure for them: an estimate.
        recommendsMissing.push(name);
        figure = { ...figure, estimated: true };
      }
    }
    const zoneinfo =
      name === "tzdata" && lookup.unknown && call.state.ctx.base ? zoneinfoSize(call.state.ctx.base) : null;
    if (zoneinfo) figure = zoneinfo;
    const neededBy = recommended ? names.filter((n) => APT_RECOMMENDS[n]?.includes(name)) : [];
    const written =
      name in APT_META_PACKAGES
        ? installMeta(call, name, figure, release)
        : writePackage(call, name, figure, neededBy, release);
    total += written.bytes;
    estimated ||= written.estimated || (lookup.unknown && !zoneinfo);
    installed.push(recommended ? `${name} (recommended)` : name);
  }
  // Recommends the catalog has no figure for are not counted: the size is then a lower bound.
  const lowerBound = recommendsMissing.length > 0 && total > 0;
  const mib = total / 1048576;
  const parts = [
    `installed ${installed.join(", ") || "nothing new"}: ${mib.toFixed(0)} MiB${estimated ? " (partly estimated)" : ""}`,
  ];
  if (present.length > 0)
    parts.push(
      `${present.join(", ")} ${present.length === 1 ? "is" : "are"} already the newest version in this image`,
    );
  if (recommendsCounted.length > 0)
    parts.push(
      `recommended packages included for ${recommendsCounted.join(", ")} (add --no-install-recommends)`,
    );
  if (lowerBound)
    parts.push(
      `apt also installs what ${recommendsMissing.join(", ")} recommend${recommendsMissing.length === 1 ? "s" : ""}, which Stageplay does not size: the figure is a lower bound (add --no-install-recommends)`,
    );
  return ok(parts.join("; "), {
    durationMs: DURATION.aptInstallBase + mib * DURATION.aptPerMiB,
    durationNote: `apt-get install of ${names.length} package${names.length === 1 ? "" : "s"}`,
  });
}

/** The meta packages installed here that depend on `name`: apt removes them with it. */
function dependents(call: Invocation, name: string): string[] {
  return Object.entries(APT_META_PACKAGES)
    .filter(([meta, deps]) => deps.includes(name) && call.state.fs.stat(metaMarker(meta)))
    .map(([meta]) => meta);
}

function removePackage(call: Invocation, name: string, release: string | null): boolean {
  const path = name in APT_META_PACKAGES ? metaMarker(name) : placePackage(name, "apt", release).path;
  const node = call.state.fs.stat(path);
  if (!node) return false;
  call.state.fs.remove(path);
  if (name === "g++" && call.state.fs.stat("/usr/bin/make")) call.state.fs.remove("/usr/bin/make");
  if (name === "ca-certificates" && call.state.fs.stat("/usr/share/ca-certificates"))
    call.state.fs.remove("/usr/share/ca-certificates");
  return true;
}

/**
 * remove/purge take away the named packages (and the meta packages that depend on them), nothing
 * else: a meta package's dependencies stay, automatically installed, until autoremove.
 */
function remove(call: Invocation, args: readonly string[]): Outcome {
  const names = args.filter((arg) => !arg.startsWith("-")).map((name) => name.replace(/[=:].*$/, ""));
  const release = call.state.ctx.base?.os.release ?? null;
  const base = call.state.ctx.base;
  const removed: string[] = [];
  const untracked: string[] = [];
  for (const name of names) {
    for (const meta of dependents(call, name)) if (removePackage(call, meta, release)) removed.push(meta);
    if (removePackage(call, name, release)) removed.push(name);
    else if (!base || !basePackages(base) || basePackages(base)?.names.has(name)) untracked.push(name);
  }
  const kept = removed
    .filter((name) => name in APT_META_PACKAGES)
    .flatMap((meta) => (APT_META_PACKAGES[meta] ?? []).filter((dep) => !names.includes(dep)));
  const notes = [`removed ${removed.join(", ") || "nothing Stageplay installed"}`];
  if (kept.length > 0)
    notes.push(
      `${kept.join(", ")} stay installed (a meta package only depends on them); apt-get autoremove removes them`,
    );
  if (untracked.length > 0) {
    notes.push(`which files ${untracked.join(", ")} held in the base image is not tracked`);
    return { status: 0, note: notes.join("; "), partial: true };
  }
  return ok(notes.join("; "));
}

/** Packages apt installed only as dependencies, none of whose dependents is left. */
function autoremove(call: Invocation): Outcome {
  const removed: string[] = [];
  for (const dir of ["/usr/bin", "/usr/share/doc"]) {
    for (const node of call.state.fs.list(dir)) {
      const fact = node.facts.find((f) => f.kind === "package");
      if (!fact || fact.kind !== "package" || !fact.auto) continue;
      const needed = fact.neededBy.some((by) =>
        by in APT_META_PACKAGES
          ? call.state.fs.stat(metaMarker(by))
          : call.state.fs.stat(placePackage(by, "apt", null).path),
      );
      if (needed) continue;
      call.state.fs.remove(node.path);
      removed.push(fact.name);
    }
  }
  if (
    removed.length > 0 &&
    call.state.fs.stat("/usr/share/ca-certificates") &&
    removed.includes("ca-certificates")
  )
    call.state.fs.remove("/usr/share/ca-certificates");
  return ok(
    removed.length > 0
      ? `removed ${removed.join(", ")}: installed automatically, and nothing needs them any more`
      : "nothing to remove: every automatically installed package is still needed",
  );
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
  const missing = withDependencies(names).filter((name) => !alreadyInstalled(call, name, release));
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
      return autoremove(call);
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

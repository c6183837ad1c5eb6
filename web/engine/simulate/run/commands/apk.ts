// apk add/del/update. Without --no-cache, apk keeps the repository index in /var/cache/apk. Its size
// is not in image-facts.md: Alpine's main + community APKINDEX.tar.gz files are about 2.5 MB
// together (EST from the repository listings), so the node is flagged as an estimate.
import { findPackageInstall } from "../../catalog";
import { DURATION } from "../estimateDuration";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { flagValue, put } from "../writeNodes";
import { placePackage, withDependencies } from "./packageFiles";
import { notFoundMessage } from "./requireProgram";

const INDEX_PATH = "/var/cache/apk/APKINDEX.tar.gz";
const INDEX_BYTES = 2_500_000;

function writeIndex(call: Invocation): void {
  put(call.state, INDEX_PATH, {
    sizeBytes: INDEX_BYTES,
    estimated: true,
    facts: [{ kind: "cache", tool: "apk" }],
  });
}

/** `--virtual .build-deps` groups are remembered in the node's path so `apk del .build-deps` finds them. */
function add(call: Invocation): Outcome {
  const noCache = call.args.includes("--no-cache");
  const group = flagValue(call.args, "--virtual", "-t");
  const names = call.args.filter(
    (arg, i) =>
      !arg.startsWith("-") &&
      arg !== group &&
      call.args[i - 1] !== "--repository" &&
      call.args[i - 1] !== "-X",
  );
  let total = 0;
  let estimated = false;
  for (const name of withDependencies(names)) {
    const lookup = findPackageInstall("apk", name);
    const place = placePackage(name.replace(/[=<>~].*$/, ""), "apk", null);
    if (call.state.fs.stat(place.path)) continue;
    put(call.state, place.path, {
      type: place.type,
      sizeBytes: lookup.figure.size.bytes,
      bulk: true,
      mode: 0o755,
      facts: place.facts,
      estimated: lookup.figure.size.estimated,
    });
    for (const alias of place.aliases ?? []) put(call.state, alias, { type: "symlink", target: place.path });
    if (group) put(call.state, `/etc/apk/virtual/${group}/${name}`, { content: place.path });
    total += lookup.figure.size.bytes;
    estimated ||= lookup.figure.size.estimated || lookup.unknown;
  }
  if (!noCache) writeIndex(call);
  const mib = total / 1048576;
  const cache = noCache ? "" : `; the package index stays in /var/cache/apk (add --no-cache to leave it out)`;
  return ok(
    `installed ${names.join(", ")}: ${mib.toFixed(0)} MiB${estimated ? " (partly estimated)" : ""}${cache}`,
    {
      durationMs: DURATION.apkBase + mib * DURATION.apkPerMiB,
      durationNote: `apk add of ${names.length} package${names.length === 1 ? "" : "s"}`,
    },
  );
}

function del(call: Invocation): Outcome {
  const names = call.args.filter((arg) => !arg.startsWith("-"));
  const removed: string[] = [];
  for (const name of names) {
    const members = call.state.fs.list(`/etc/apk/virtual/${name}`);
    const paths =
      members.length > 0
        ? members.map((node) => call.state.fs.readText(node.path) ?? "")
        : [placePackage(name, "apk", null).path];
    for (const path of paths) {
      if (path && call.state.fs.stat(path)) {
        call.state.fs.remove(path);
        removed.push(path);
      }
    }
    if (members.length > 0) call.state.fs.remove(`/etc/apk/virtual/${name}`);
  }
  return ok(`removed ${removed.join(", ") || "nothing Stageplay tracked"}`);
}

function apk(call: Invocation): Outcome {
  const base = call.state.ctx.base;
  if (
    base &&
    base.packageManager !== "apk" &&
    !base.uncertain.some((fact) => fact.field === "packageManager") &&
    !call.state.fs.resolve("/sbin/apk")
  ) {
    return {
      status: 127,
      note: `${base.id} has no apk`,
      error: notFoundMessage(call.state, "apk"),
      missing: "apk",
      fix:
        base.packageManager === "apt"
          ? "This is a Debian-based image: use apt-get update && apt-get install -y --no-install-recommends …"
          : "This image has no package manager: install in a builder stage and COPY the result.",
    };
  }
  const subcommand = call.args.find((arg) => !arg.startsWith("-")) ?? "";
  const rest = call.args.filter((arg) => arg !== subcommand);
  if (call.state.owner.uid !== 0 && ["add", "del", "update", "upgrade"].includes(subcommand)) {
    return {
      status: 99,
      note: "apk needs root, and USER is not root here",
      error: "ERROR: Unable to lock database: Permission denied",
      fix: "Install packages before the USER instruction (or switch back with USER root for this RUN).",
    };
  }
  if (subcommand === "add") return add({ ...call, args: rest });
  if (subcommand === "del") return del({ ...call, args: rest });
  if (subcommand === "update") {
    writeIndex(call);
    return ok("downloaded the package index into /var/cache/apk", {
      durationMs: DURATION.apkBase,
      durationNote: "apk update",
    });
  }
  if (subcommand === "cache" && rest.includes("clean")) {
    if (call.state.fs.stat(INDEX_PATH)) call.state.fs.remove(INDEX_PATH);
    return ok("removed the package index from /var/cache/apk");
  }
  if (subcommand === "upgrade")
    return { status: null, note: "upgrades installed packages; the size change is not known", partial: true };
  return { status: null, known: false, note: `apk ${subcommand} is not modelled` };
}

export const APK_COMMANDS: Readonly<Record<string, CommandHandler>> = { apk };

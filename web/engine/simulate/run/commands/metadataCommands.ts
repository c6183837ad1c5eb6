// chmod and chown. A metadata change copies the whole file up into the new layer: `chown -R` over
// a big tree puts its bytes in the image a second time (learner question 27); COPY --chown does not.
import type { FileNode } from "../../types";
import { DURATION } from "../estimateDuration";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { at, lookupOwner } from "../writeNodes";
import { parseArgs } from "./parseArgs";

function mbOf(nodes: readonly FileNode[]): number {
  return nodes.reduce((sum, node) => sum + node.sizeBytes, 0) / 1e6;
}

/** chmod and chown: every node they touch is copied up whole into the layer. */
function changeMetadata(
  call: Invocation,
  change: (node: FileNode) => FileNode | null,
  what: string,
): Outcome {
  const { state } = call;
  const { flags, operands } = parseArgs(call.args);
  const recursive = flags.has("R") || flags.has("--recursive");
  const touched: FileNode[] = [];
  let inBulk = false;
  for (const operand of operands.slice(1)) {
    const path = at(state, operand);
    const node = state.fs.stat(path);
    // Files inside a tree modelled as one block are copied up too, but their bytes are not known.
    if (state.fs.bulkAncestor(path) && !node?.bulk) inBulk = true;
    if (!node) {
      if (state.fs.bulkAncestor(path)) continue;
      return {
        status: 1,
        note: `${path} does not exist`,
        error: `${call.program}: cannot access '${operand}': No such file or directory`,
        missing: path,
      };
    }
    for (const each of recursive && node.type === "dir" ? [node, ...state.fs.walk(path)] : [node]) {
      const changed = change(each);
      if (!changed) continue;
      state.fs.write(changed);
      touched.push(changed);
    }
  }
  const mb = mbOf(touched);
  const bytes = touched.reduce((sum, node) => sum + node.sizeBytes, 0);
  const amount = mb >= 0.1 ? `${mb.toFixed(1)} MB` : `${bytes} bytes`;
  const copied = bytes > 0 ? `; ${amount} copied up into this layer` : "";
  const unknown = inBulk
    ? "; files of the base image under it are copied up too, with sizes Stageplay does not know"
    : "";
  return ok(`${what} of ${touched.length} path${touched.length === 1 ? "" : "s"}${copied}${unknown}`, {
    partial: inBulk,
    durationMs: DURATION.fileOp + mb * DURATION.perMBCopied,
    durationNote: call.program,
  });
}

function chmod(call: Invocation): Outcome {
  const mode = call.args.find((arg) => !arg.startsWith("-") || /^-[rwxXst]+$/.test(arg)) ?? "";
  const args = call.args.filter((arg) => arg !== mode);
  return changeMetadata(
    { ...call, args: [mode, ...args] },
    (node) => ({ ...node, mode: applyMode(node.mode, mode, node.type === "dir"), origin: call.state.origin }),
    "changed the mode",
  );
}

function applyMode(current: number, spec: string, isDir: boolean): number {
  if (/^[0-7]{3,4}$/.test(spec)) return parseInt(spec, 8);
  let mode = current;
  for (const clause of spec.split(",")) {
    const match = /^([ugoa]*)([-+=])([rwxXst]*)$/.exec(clause);
    if (!match) continue;
    const who = match[1] || "a";
    let bits = 0;
    for (const p of match[3] ?? "")
      bits |=
        p === "r"
          ? 4
          : p === "w"
            ? 2
            : p === "x" || (p === "X" && (isDir || (current & 0o111) !== 0))
              ? 1
              : 0;
    let mask = 0;
    if (who.includes("u") || who.includes("a")) mask |= bits << 6;
    if (who.includes("g") || who.includes("a")) mask |= bits << 3;
    if (who.includes("o") || who.includes("a")) mask |= bits;
    mode = match[2] === "+" ? mode | mask : match[2] === "-" ? mode & ~mask : (mode & ~0o777) | mask;
  }
  return mode;
}

function chown(call: Invocation): Outcome {
  const spec = call.args.find((arg) => !arg.startsWith("-")) ?? "";
  const owner = lookupOwner(call.state, spec);
  if (!owner)
    // An earlier step Stageplay cannot follow may have added the user to /etc/passwd.
    return {
      status: 1,
      note: `no user ${spec}`,
      error: `chown: invalid user: '${spec}'`,
      missing: "/etc/passwd",
    };
  const args = call.args.filter((arg) => arg !== spec);
  return changeMetadata(
    { ...call, args: [spec, ...args] },
    (node) => ({ ...node, uid: owner.uid, gid: owner.gid, origin: call.state.origin }),
    `changed the owner to ${spec}`,
  );
}

export const METADATA_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  chmod,
  chown,
  chgrp: (call) => {
    const index = call.args.findIndex((arg) => !arg.startsWith("-"));
    return chown({ ...call, args: call.args.map((arg, i) => (i === index ? `:${arg}` : arg)) });
  },
};

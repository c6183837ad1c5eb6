// git clone and unzip: files whose names and sizes Stageplay cannot know offline. The directory is
// one bulk node with an estimated size, flagged, and the layer is partly known. A slim image has no
// git (learner-facing: "git: not found" is the first error of many single-stage builds on slim).
import { DURATION } from "../estimateDuration";
import { basename } from "../overlayFs";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { unknownEffect } from "../runState";
import { at, put } from "../writeNodes";
import { notFoundMessage } from "./requireProgram";

/** EST: a small application repository with its .git history, about 5 MB. */
const CLONE_BYTES = 5_000_000;

function gitAvailable(call: Invocation): boolean {
  const base = call.state.ctx.base;
  if (call.state.fs.resolve("/usr/bin/git") || !base || base.family === "unknown") return true;
  return base.contents.some((content) => content.name === "git");
}

function git(call: Invocation): Outcome {
  if (!gitAvailable(call)) {
    return {
      status: 127,
      note: "this image has no git",
      error: notFoundMessage(call.state, "git"),
      missing: "git",
      fix: "Install git in a builder stage (apt-get install -y --no-install-recommends git ca-certificates), or COPY the sources from the build context.",
    };
  }
  const [sub = "", ...rest] = call.args.filter(
    (arg, i) => !arg.startsWith("-") && !["-b", "--branch", "--depth", "-c"].includes(call.args[i - 1] ?? ""),
  );
  if (sub !== "clone") return unknownEffect(`git ${sub} is not modelled`, { known: false });
  const url = rest[0] ?? "";
  const dir = at(call.state, rest[1] ?? basename(url.replace(/\/+$/, "")).replace(/\.git$/, ""));
  put(call.state, dir, { type: "dir", bulk: true, sizeBytes: CLONE_BYTES, estimated: true });
  return unknownEffect(
    `cloned ${url} into ${dir} (its files and size are unknown offline; ${CLONE_BYTES / 1e6} MB assumed)`,
    {
      durationMs: DURATION.download,
      durationNote: "git clone",
    },
  );
}

function unzip(call: Invocation): Outcome {
  const archive = call.args.find((arg) => !arg.startsWith("-")) ?? "";
  const dirIndex = call.args.indexOf("-d");
  const dir = at(call.state, dirIndex >= 0 ? (call.args[dirIndex + 1] ?? ".") : ".");
  return unknownEffect(`extracted ${archive} into ${dir}: its contents are unknown to Stageplay`, {
    durationMs: DURATION.fileOp * 10,
    durationNote: "unzip",
  });
}

export const FETCH_COMMANDS: Readonly<Record<string, CommandHandler>> = { git, unzip };

// Commands that print text or rewrite files: echo, printf, cat, tee, sed -i, tar, find -delete.
// What they print feeds `>`/`>>` and pipes; what they do to files whose contents Stageplay cannot
// know (an extracted archive) is flagged as partial, never invented.
import { DURATION } from "../estimateDuration";
import { utf8Length } from "../../../parse/splitLines";
import type { CommandHandler, Invocation, Outcome } from "../runState";
import { ok, unknownEffect } from "../runState";
import { at, flagValue, put } from "../writeNodes";

function echo(call: Invocation): Outcome {
  let args = call.args;
  let newline = true;
  let escapes = false;
  while (args[0] !== undefined && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes("n")) newline = false;
    if (args[0].includes("e")) escapes = true;
    args = args.slice(1);
  }
  let text = args.join(" ");
  if (escapes || call.state.ctx.base?.shell.kind === "dash")
    text = text.replace(/\\n/g, "\n").replace(/\\t/g, "\t");
  return ok("prints text", { stdout: newline ? `${text}\n` : text });
}

function printf(call: Invocation): Outcome {
  const [format = "", ...values] = call.args;
  let index = 0;
  const text = format.replace(/%[-0-9.]*[sdif]|%%|\\n|\\t|\\\\/g, (match) => {
    if (match === "%%") return "%";
    if (match === "\\n") return "\n";
    if (match === "\\t") return "\t";
    if (match === "\\\\") return "\\";
    return values[index++] ?? "";
  });
  return ok("prints text", { stdout: text });
}

function cat(call: Invocation): Outcome {
  const files = call.args.filter((arg) => !arg.startsWith("-") || arg === "-");
  if (files.length === 0) return ok("prints its input", { stdout: call.stdin });
  let text: string | null = "";
  for (const file of files) {
    if (file === "-") {
      text = text === null || call.stdin === null ? null : text + call.stdin;
      continue;
    }
    const path = at(call.state, file);
    if (!call.state.fs.mayExist(path)) {
      return {
        status: 1,
        note: `${path} does not exist`,
        error: `cat: ${file}: No such file or directory`,
        missing: path,
      };
    }
    const content = call.state.fs.readText(path);
    text = text === null || content === undefined ? null : text + content;
  }
  return ok("prints files", { stdout: text });
}

function tee(call: Invocation): Outcome {
  const append = call.args.includes("-a");
  const files = call.args.filter((arg) => !arg.startsWith("-"));
  for (const file of files) {
    const path = at(call.state, file);
    const before = append ? (call.state.fs.readText(path) ?? "") : "";
    const text = call.stdin === null ? null : before + call.stdin;
    put(
      call.state,
      path,
      text === null ? { estimated: true } : { content: text, sizeBytes: utf8Length(text) },
    );
  }
  return ok(`wrote ${files.join(", ")}`, { stdout: call.stdin, partial: call.stdin === null });
}

/** `sed -i` rewrites a file in place: a new copy in this layer, with text Stageplay does not compute. */
function sed(call: Invocation): Outcome {
  if (!call.args.some((arg) => arg === "-i" || arg.startsWith("-i") || arg === "--in-place")) {
    return ok("prints edited text", { stdout: null });
  }
  const operands = call.args.filter((arg) => !arg.startsWith("-"));
  const files = operands
    .slice(call.args.includes("-e") ? 0 : 1)
    .filter((file) => call.state.fs.stat(at(call.state, file)));
  for (const file of files) {
    const node = call.state.fs.stat(at(call.state, file));
    if (!node) continue;
    const { content: _old, ...rest } = node;
    call.state.fs.write({ ...rest, origin: call.state.origin });
  }
  return unknownEffect(`edited ${files.join(", ") || "files"} in place (new text not computed)`);
}

function tar(call: Invocation): Outcome {
  const first = call.args[0] ?? "";
  const letters = first.startsWith("-") ? first.slice(1) : first;
  const extract = call.args.includes("-x") || call.args.includes("--extract") || /^[a-zA-Z]*x/.test(letters);
  const create = call.args.includes("-c") || call.args.includes("--create") || /^[a-zA-Z]*c/.test(letters);
  const archive =
    flagValue(call.args, "-f", "--file") ?? (/f$/.test(letters) ? (call.args[1] ?? null) : null);
  if (extract) {
    const dir = flagValue(call.args, "-C", "--directory") ?? ".";
    return unknownEffect(
      `extracted ${archive ?? "an archive from standard input"} into ${at(call.state, dir)}: its contents are unknown to Stageplay`,
      {
        durationMs: DURATION.download,
        durationNote: "tar -x",
      },
    );
  }
  if (create && archive && archive !== "-") {
    put(call.state, at(call.state, archive), { estimated: true });
    return unknownEffect(`created ${archive} (size unknown)`);
  }
  return ok("lists an archive");
}

function find(call: Invocation): Outcome {
  if (call.args.includes("-delete") || call.args.includes("-exec"))
    return unknownEffect("deletes or changes the files it finds; which ones is not computed");
  return ok("lists files", { stdout: null });
}

export const OUTPUT_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  echo,
  printf,
  cat,
  tee,
  sed,
  tar,
  find,
  "update-ca-certificates": () => ok("refreshes /etc/ssl/certs from the installed certificates"),
  ldconfig: () => ok("refreshes the shared library cache"),
};

// `node server.js`: the script must be in the image (node resolves it from WORKDIR, adding .js), and
// what it requires must be in a node_modules node searches, built for the image's libc.
import type { Program } from "./checkCommand";
import type { Checked } from "./checkPython";
import { checkNodeModules } from "./checkNodeModules";
import type { ImageView } from "./imageView";
import type { Launch } from "./launch";
import { missingAppHint } from "./appFile";
import { resolveNodeFile } from "./nodeResolution";
import { normalizePath } from "./paths";
import { assumedNote, code, failed, passed } from "./reason";

const WITH_VALUE = new Set([
  "-r",
  "--require",
  "--import",
  "--loader",
  "--experimental-loader",
  "-C",
  "--conditions",
]);
const INLINE = new Set(["-e", "--eval", "-p", "--print", "-i", "--interactive"]);

/** The index in `words` of the script node runs, or null for inline code and the prompt. */
function scriptIndex(words: readonly string[]): number | null {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (INLINE.has(word)) return null;
    if (WITH_VALUE.has(word)) i++;
    else if (!word.startsWith("-")) return i;
  }
  return null;
}

export function checkNode(view: ImageView, launch: Launch, program: Program): Checked {
  const fact = program.lookup.node.facts.find((f) => f.kind === "interpreter");
  const who = `Node.js ${fact?.kind === "interpreter" ? fact.version : ""}`.trim();
  const index = launch.partial ? null : scriptIndex(launch.words);
  if (index === null)
    return { reasons: [passed("interpreter", `${code(program.word)} is ${who}.`, program.line)], reads: [] };
  const word = launch.words[index] ?? "";
  const line = launch.lines[index] ?? program.line;
  const path = normalizePath(word, view.workdir);
  const app = resolveNodeFile(view, path);
  if (!app) {
    const hint = missingAppHint(view, launch, index, path);
    return {
      reasons: [
        failed(
          "interpreter",
          `${who} is asked to run ${word}, but there is no ${path} (nor ${path}.js) in the image. ${hint.message}`,
          {
            runtimeError: `Error: Cannot find module '${path}'`,
            line,
            fix: hint.fix,
          },
        ),
      ],
      reads: [],
    };
  }
  return {
    reasons: [
      {
        ...passed(
          "interpreter",
          `${code(program.word)} is ${who}; it runs ${app.path}${app.assumed ? assumedNote(app) : ""}.`,
          program.line,
        ),
        ...(app.assumed ? { doubtful: true } : {}),
      },
      ...checkNodeModules(view, app.node, app.path, line),
    ],
    reads: [app.node],
  };
}

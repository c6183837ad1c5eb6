// Whether `docker run` of the target image would start its program, and why not: the command, the
// shell it needs, the program and its interpreter, the app's dependencies, libc, USER and
// permissions, each reason with the line to blame and the fix.
import type { StageSimulation, Verdict, VerdictReason } from "../types";
import { checkCommand } from "./checkCommand";
import { checkProgram } from "./checkProgram";
import { checkShell } from "./checkShell";
import { checkUser, resolveUser, type RunUser } from "./checkUser";
import { effectiveCommand, type EffectiveCommand } from "./effectiveCommand";
import { imageView, type ImageView } from "./imageView";
import { planLaunch } from "./launch";
import { code, failed, imageName, type Reason } from "./reason";
import { weighDoubts } from "./uncertainty";

function noCommand(view: ImageView): Reason {
  return failed(
    "command",
    `Neither the Dockerfile nor ${imageName(view)} sets ENTRYPOINT or CMD, so the container has nothing to run.`,
    {
      runtimeError: "docker: Error response from daemon: no command specified",
      line: null,
      fix: `Say what to run in exec form, e.g. ${code('CMD ["/app/server"]')}.`,
    },
  );
}

function checkStart(view: ImageView, command: EffectiveCommand, user: RunUser): Reason[] {
  if (command.argv.length === 0) {
    // An image Stageplay does not know may well set a command in its config.
    if (view.resolution?.unknown) return [{ ...noCommand(view), doubtful: true }];
    return [noCommand(view)];
  }
  const shell = checkShell(view, command);
  if (shell && !shell.ok) return [shell];
  const launch = planLaunch(view, command);
  const before = shell ? [shell] : [];
  if (launch.words.length === 0) {
    return [
      ...before,
      {
        check: "command",
        ok: false,
        message: "The shell-form command is empty, so the shell exits at once without starting anything.",
        line: command.shell?.line ?? null,
        fix: "Name the program to run, in exec form.",
      },
    ];
  }
  if (launch.shellWord) {
    // CMD ["sh", "-c", "…"] written in exec form: the shell itself must be there first.
    const { word, line } = launch.shellWord;
    const { reason: shellReason } = checkCommand(view, {
      ...launch,
      words: [word],
      lines: [line],
      shell: null,
    });
    if (!shellReason.ok) return [...before, shellReason];
  }
  const { reason, program } = checkCommand(view, launch);
  return [...before, reason, ...(program ? checkProgram(view, launch, program, user) : [])];
}

function publicReason({ doubtful: _doubtful, paths: _paths, ...reason }: Reason): VerdictReason {
  return reason;
}

/**
 * A final stage on scratch with no command holds build outputs for `docker build --output` (BuildKit,
 * buildx and the Docker CLI end their Dockerfiles with one): nothing is meant to run it.
 */
function isExport(view: ImageView, command: EffectiveCommand): boolean {
  return command.argv.length === 0 && (view.base === null || view.base.family === "scratch");
}

/**
 * A WebAssembly module as the command: such an image runs under a Wasm runtime (`docker run
 * --runtime=io.containerd.wasmedge.v1 --platform=wasi/wasm`), not as a Linux process, and Stageplay
 * simulates Linux containers only.
 */
function wasmVerdict(module: string, argv: string[]): Verdict {
  return {
    runs: null,
    certain: false,
    command: argv,
    reasons: [
      {
        check: "command",
        ok: false,
        message: `The command is ${code(module)}, a WebAssembly module: it runs under a Wasm runtime (${code("docker run --runtime=io.containerd.wasmedge.v1 --platform=wasi/wasm …")}), not as a Linux program, and Stageplay simulates Linux containers only, so it cannot tell whether it starts.`,
        line: null,
        fix: "Run it with a Wasm runtime; to run it as a Linux container, build a Linux binary instead.",
        unsure: true,
      },
    ],
  };
}

/** The start verdict for `target`; `all` are the build's simulated stages (for what lies elsewhere). */
export function computeVerdict(target: StageSimulation, all: StageSimulation[]): Verdict {
  const view = imageView(target, all);
  const command = effectiveCommand(target);
  if (isExport(view, command)) {
    return {
      runs: null,
      certain: true,
      exportOnly: true,
      command: null,
      reasons: [
        {
          check: "command",
          ok: true,
          message:
            "This stage starts FROM scratch and sets no ENTRYPOINT or CMD: it collects build outputs, as stages meant for `docker build --output` do, and is not an image to run.",
          line: null,
          fix: `To run it, give it a program and a command in exec form, e.g. ${code('CMD ["/app/server"]')}.`,
        },
      ],
    };
  }
  const module = command.argv[0];
  if (module?.endsWith(".wasm")) return wasmVerdict(module, command.argv);
  const user = resolveUser(view);
  const { reasons, certain, certainFailure } = weighDoubts(view, [
    ...checkStart(view, command, user),
    ...checkUser(view, user),
  ]);
  const ok = reasons.every((reason) => reason.ok);
  return {
    // Would not start as soon as one failing reason is certain, whatever else is in doubt.
    runs: ok ? true : certainFailure ? false : null,
    certain: ok ? certain : certainFailure,
    command: command.argv.length > 0 ? command.argv : null,
    reasons: reasons.map(publicReason),
  };
}

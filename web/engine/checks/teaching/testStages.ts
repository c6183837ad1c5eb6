// Which stages exist to test or debug rather than to ship: by their name (`test`, `lint`,
// `debug`…), or, for tests, by what their RUN steps run (`go test`, `npm test`, `pytest`…).
import type { Stage } from "../../stages/types";
import { simpleCommands } from "./shellCommands";

export const TEST_WORDS =
  /(^|[-_.])(tests?|testing|unit-?tests?|lint|linters?|check|checks|verify|vet|ci)([-_.]|$)/;
export const DEBUG_WORDS = /(^|[-_.])(debug|dbg)([-_.]|$)/;

const basename = (word: string) => word.slice(word.lastIndexOf("/") + 1);

/** Whether one simple command runs a test suite. */
export function isTestCommand(words: readonly string[]): boolean {
  const [first, ...args] = words;
  if (first === undefined) return false;
  const tool = basename(first);
  const [a, b] = args;
  switch (tool) {
    case "go":
    case "cargo":
    case "dotnet":
      return a === "test";
    case "npm":
    case "yarn":
    case "pnpm":
    case "bun":
      return a === "test" || a === "t" || (a === "run" && /^test(:|$)/.test(b ?? ""));
    case "pytest":
    case "py.test":
    case "tox":
    case "rspec":
    case "phpunit":
      return true;
    case "python":
    case "python3":
      return a === "-m" && (b === "pytest" || b === "unittest");
    case "mvn":
    case "mvnw":
    case "gradle":
    case "gradlew":
      return args.some((arg) => arg === "test" || arg === "verify" || arg === "check");
    case "bundle":
      return a === "exec" && (b === "rspec" || (b === "rake" && args[2] === "test"));
    case "make":
      return args.some((arg) => arg === "test" || arg === "check");
    default:
      return false;
  }
}

/** Whether a RUN of the stage (shell form) runs a test suite. */
export function runsTests(stage: Stage): boolean {
  return stage.instructions.some(
    (instruction) =>
      instruction.keyword === "RUN" &&
      !instruction.json &&
      simpleCommands(instruction.text).some(isTestCommand),
  );
}

/** A named stage that exists to run tests or linters: by its name, or by the commands it runs. */
export function isTestStage(stage: Stage): boolean {
  return stage.name !== null && (TEST_WORDS.test(stage.name) || runsTests(stage));
}

export function isDebugStage(stage: Stage): boolean {
  return stage.name !== null && DEBUG_WORDS.test(stage.name);
}

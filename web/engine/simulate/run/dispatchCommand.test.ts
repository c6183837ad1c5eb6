// Imported first on purpose: a command module loaded before the dispatcher must not break it.
import { SHELL_BUILTINS } from "./commands/shellBuiltins";
import { describe, expect, it } from "vitest";
import { run } from "./testing/runFixture";

describe("dispatchCommand", () => {
  it("works whichever module is loaded first (command modules import the dispatcher back)", () => {
    expect(Object.keys(SHELL_BUILTINS)).toContain("cd");
    expect(run("sh -c 'mkdir -p /app/x'", { files: [{ path: "/app/.keep" }] }).changes).toHaveLength(1);
  });

  it("takes python3.12 for python and pip3 for pip", () => {
    const effect = run("python3.12 -m venv /v && pip3 --version");
    expect(effect.commands.map((command) => command.known)).toEqual([true, true]);
  });
});

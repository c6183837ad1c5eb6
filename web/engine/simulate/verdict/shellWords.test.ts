import { describe, expect, it } from "vitest";
import { shellCommand } from "./shellWords";

describe("shellCommand", () => {
  it("reads a simple command with quotes", () => {
    expect(shellCommand(`python app.py --name "my app"`)).toEqual({
      words: ["python", "app.py", "--name", "my app"],
      partial: false,
    });
  });

  it("drops exec and variable assignments in front of the program", () => {
    expect(shellCommand("exec FOO=1 python app.py")?.words).toEqual(["python", "app.py"]);
  });

  it("takes the last command of a list: the one that becomes the main process", () => {
    expect(shellCommand("cd /app && ./migrate; exec gunicorn app:app")?.words).toEqual([
      "gunicorn",
      "app:app",
    ]);
  });

  it("does not split at a separator inside quotes", () => {
    expect(shellCommand(`python -c "import app; app.run()"`)?.words).toEqual([
      "python",
      "-c",
      "import app; app.run()",
    ]);
  });

  it("keeps only the program of a command with shell syntax in it", () => {
    expect(shellCommand("node server.js | tee /tmp/log")).toEqual({ words: ["node"], partial: true });
  });

  it("leaves builtins and unreadable commands to the shell", () => {
    expect(shellCommand("cd /app")).toBeNull();
    expect(shellCommand("$APP_CMD")).toBeNull();
    expect(shellCommand("   ")).toBeNull();
  });
});

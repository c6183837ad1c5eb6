import { describe, expect, it } from "vitest";
import { expandFields } from "./expandShellWord";
import type { ShellCommand, ShellList } from "./shellSyntax";
import { splitShellCommands } from "./splitShellCommands";

/** Each simple command's words, expanded with `env`, as `a b c`; groups as `( … )` / `{ … }`. */
function show(list: ShellList, env: Record<string, string> = {}): string[] {
  return list.items.map((item) => {
    const pipeline = item.pipeline.commands.map((command) => showCommand(command, env)).join(" | ");
    return item.next && item.next !== ";" ? `${pipeline} ${item.next}` : pipeline;
  });
}

function showCommand(command: ShellCommand, env: Record<string, string>): string {
  if (command.kind === "compound") return `<${command.keyword}>`;
  if (command.kind === "group") {
    const inner = show(command.body, env).join("; ");
    return command.subshell ? `( ${inner} )` : `{ ${inner} }`;
  }
  const words = command.words.flatMap((word) => expandFields(word, env).map((field) => field.value));
  const assigns = command.assigns.map((word) => word.raw);
  return [...assigns, ...words].join(" ");
}

function split(src: string, env: Record<string, string> = {}): string[] {
  return show(splitShellCommands(src).list, env);
}

describe("splitShellCommands", () => {
  it("splits on &&, ||, ; and newlines, keeping the operator that decides what runs next", () => {
    expect(split("apt-get update && apt-get install -y curl || true; echo done\nls")).toEqual([
      "apt-get update &&",
      "apt-get install -y curl ||",
      "true",
      "echo done",
      "ls",
    ]);
  });

  it("keeps && and ; inside quotes as part of the word", () => {
    expect(split(`echo "a && b; c" 'd || e'`)).toEqual(["echo a && b; c d || e"]);
  });

  it("reads pipelines, subshells and brace groups", () => {
    expect(
      split("curl -fsSL https://x/y.tgz | tar -xz -C /opt && (cd /opt && ls) && { echo a; echo b; }"),
    ).toEqual([
      "curl -fsSL https://x/y.tgz | tar -xz -C /opt &&",
      "( cd /opt &&; ls ) &&",
      "{ echo a; echo b }",
    ]);
  });

  it("keeps VAR=value prefixes apart from the command words", () => {
    expect(split("CGO_ENABLED=0 GOOS=linux go build -o /out/app .")).toEqual([
      "CGO_ENABLED=0 GOOS=linux go build -o /out/app .",
    ]);
    const [item] = splitShellCommands("CGO_ENABLED=0 go build").list.items;
    const command = item?.pipeline.commands[0];
    expect(command?.kind === "simple" && command.assigns.length).toBe(1);
  });

  it("expands $VAR and ${VAR} against the environment, not inside single quotes", () => {
    expect(
      split(`echo $HOME "\${APP}/bin" '$HOME' \${MISSING:-fallback}`, { HOME: "/root", APP: "/app" }),
    ).toEqual(["echo /root /app/bin $HOME fallback"]);
  });

  it("expands a leading ~ to $HOME, but not when quoted", () => {
    expect(split(`echo ~/.bashrc "~/x" ~root a~b`, { HOME: "/home/app" })).toEqual([
      "echo /home/app/.bashrc ~/x /root a~b",
    ]);
  });

  it("splits an unquoted expansion into fields but keeps a quoted one whole", () => {
    const [command] = splitShellCommands(`pip install $PKGS "$PKGS"`).list.items[0]?.pipeline.commands ?? [];
    const words =
      command?.kind === "simple"
        ? command.words.flatMap((word) => expandFields(word, { PKGS: "flask gunicorn" }))
        : [];
    expect(words.map((field) => field.value)).toEqual([
      "pip",
      "install",
      "flask",
      "gunicorn",
      "flask gunicorn",
    ]);
  });

  it("reads a heredoc body after the line that introduces it", () => {
    const { list } = splitShellCommands("cat > /etc/app.conf <<EOF && echo ok\nport=80\nEOF\nls");
    expect(show(list)).toEqual(["cat &&", "echo ok", "ls"]);
    const cat = list.items[0]?.pipeline.commands[0];
    const heredoc =
      cat?.kind === "simple" ? cat.redirects.find((redirect) => redirect.heredoc)?.heredoc : undefined;
    expect(heredoc).toEqual({ body: "port=80\n", expand: true });
  });

  it("strips leading tabs for <<- and does not expand a quoted delimiter's body", () => {
    const { list } = splitShellCommands("cat <<-'EOF'\n\tkeep $HOME\n\tEOF\n");
    const cat = list.items[0]?.pipeline.commands[0];
    const heredoc = cat?.kind === "simple" ? cat.redirects[0]?.heredoc : undefined;
    expect(heredoc).toEqual({ body: "keep $HOME\n", expand: false });
  });

  it("takes heredoc bodies the text lacks from the parser's list, in order", () => {
    const { list } = splitShellCommands("<<EOF", [
      { name: "EOF", content: "apt-get update\n", expand: true },
    ]);
    const command = list.items[0]?.pipeline.commands[0];
    expect(command?.kind === "simple" && command.redirects[0]?.heredoc?.body).toBe("apt-get update\n");
  });

  it("reads a file descriptor before a redirection", () => {
    const { list } = splitShellCommands("make 2>/dev/null >out.log 2>&1");
    const command = list.items[0]?.pipeline.commands[0];
    expect(
      command?.kind === "simple" &&
        command.redirects.map((redirect) => `${redirect.fd ?? ""}${redirect.op}${redirect.target?.raw}`),
    ).toEqual(["2>/dev/null", ">out.log", "2>&1"]);
  });

  it("skips comments and backslash-newline continuations", () => {
    expect(split("apt-get install -y \\\n  curl # the client\n# a whole line\necho a#b")).toEqual([
      "apt-get install -y curl",
      "echo a#b",
    ]);
  });

  it("keeps if/for/while/case blocks whole, as one command it does not interpret", () => {
    expect(split("if [ -f x ]; then rm x; fi && for f in a b; do echo $f; done; echo after")).toEqual([
      "<if> &&",
      "<for>",
      "echo after",
    ]);
  });

  it("reports an unterminated quote as dash does", () => {
    expect(splitShellCommands(`echo "oops`).errors[0]?.message).toBe(
      "Syntax error: Unterminated quoted string",
    );
  });
});

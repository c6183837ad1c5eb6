// useradd/adduser/groupadd/addgroup: the user lands in /etc/passwd (a modified file whose passwd
// fact lists the users, which USER and the start verdict check). Debian's shadow tools and
// BusyBox's applets (Alpine: `adduser -D -S -G app app`) take different flags; both are read.
import type { FileFact } from "../../types";
import { utf8Length } from "../../../parse/splitLines";
import type { CommandHandler, Invocation, Outcome, ShellState } from "../runState";
import { ok } from "../runState";
import { ensureDir, makeNode, passwdUsers, put } from "../writeNodes";

interface Group {
  name: string;
  gid: number;
}

function groups(state: ShellState): Group[] {
  const text = state.fs.readText("/etc/group");
  const fromText = (text ?? "").split("\n").flatMap((line) => {
    const [name, , gid] = line.split(":");
    return name && gid && /^\d+$/.test(gid) ? [{ name, gid: Number(gid) }] : [];
  });
  if (fromText.length > 0) return fromText;
  return passwdUsers(state).map((user) => ({ name: user.name, gid: user.gid }));
}

function option(args: readonly string[], ...names: string[]): string | null {
  for (let i = 0; i < args.length; i++) if (names.includes(args[i] as string)) return args[i + 1] ?? null;
  for (const arg of args)
    for (const name of names)
      if (name.startsWith("--") && arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  return null;
}

const VALUE_FLAGS = new Set([
  "-u",
  "--uid",
  "-g",
  "--gid",
  "-G",
  "--groups",
  "-d",
  "--home-dir",
  "--home",
  "-h",
  "-s",
  "--shell",
  "-c",
  "--comment",
  "--gecos",
  "--ingroup",
  "-k",
  "-K",
  "-e",
  "-f",
]);

function positionals(args: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (VALUE_FLAGS.has(arg)) i++;
    else if (!arg.startsWith("-")) found.push(arg);
  }
  return found;
}

function freeId(taken: readonly number[], system: boolean): number {
  if (system) {
    for (let id = 999; id >= 100; id--) if (!taken.includes(id)) return id;
  }
  let id = 1000;
  while (taken.includes(id)) id++;
  return id;
}

function writeGroup(state: ShellState, group: Group): void {
  const before =
    state.fs.readText("/etc/group") ??
    groups(state)
      .map((entry) => `${entry.name}:x:${entry.gid}:`)
      .join("\n") + "\n";
  const text = `${before}${group.name}:x:${group.gid}:\n`;
  const node = state.fs.stat("/etc/group");
  put(state, "/etc/group", {
    content: text,
    sizeBytes: utf8Length(text),
    mode: node?.mode ?? 0o644,
    uid: 0,
    gid: 0,
  });
}

function addUser(call: Invocation, busybox: boolean): Outcome {
  const { state, args } = call;
  const [name, groupArg] = positionals(args);
  if (!name) return { status: 2, note: "no user name", error: `${call.program}: missing user name` };
  const users = passwdUsers(state);
  if (busybox && groupArg && users.some((user) => user.name === name))
    return ok(`added ${name} to the group ${groupArg}`);
  if (users.some((user) => user.name === name)) {
    const error = busybox
      ? `adduser: user '${name}' in use`
      : `${call.program}: user '${name}' already exists`;
    return { status: 9, note: `${name} exists already`, error };
  }
  const system = args.some((arg) => arg === "-r" || arg === "--system" || (busybox && arg === "-S"));
  const uidText = option(args, "-u", "--uid");
  const uid =
    uidText && /^\d+$/.test(uidText)
      ? Number(uidText)
      : freeId(
          users.map((user) => user.uid),
          system,
        );
  if (uidText && users.some((user) => user.uid === uid) && !args.includes("-o")) {
    return {
      status: 4,
      note: `uid ${uid} is taken`,
      error: `${call.program}: UID ${uid} is not unique`,
      fix: `Pick another uid, or use the existing user ${users.find((user) => user.uid === uid)?.name ?? ""}.`,
    };
  }
  const groupName = option(args, busybox ? "-G" : "-g", "--gid", "--ingroup");
  const knownGroups = groups(state);
  const group = groupName
    ? knownGroups.find((entry) => entry.name === groupName || String(entry.gid) === groupName)
    : undefined;
  let gid = group?.gid ?? (groupName && /^\d+$/.test(groupName) ? Number(groupName) : uid);
  if (!group && !groupName) {
    if (knownGroups.some((entry) => entry.gid === gid))
      gid = freeId(
        knownGroups.map((entry) => entry.gid),
        system,
      );
    writeGroup(state, { name, gid });
  }
  const debianSystem = !busybox && call.program === "adduser" && system;
  const home =
    option(args, "-d", "--home-dir", "--home", "-h") ?? (debianSystem ? "/nonexistent" : `/home/${name}`);
  const createHome = busybox
    ? !args.includes("-H")
    : call.program === "adduser"
      ? !debianSystem && !args.includes("--no-create-home")
      : args.includes("-m") || args.includes("--create-home");
  const shell =
    option(args, "-s", "--shell") ??
    (busybox ? "/bin/sh" : call.program === "adduser" && !system ? "/bin/bash" : "/usr/sbin/nologin");
  const entry = { name, uid, gid, home };
  const fact: FileFact = { kind: "passwd", users: [...users, entry] };
  const previous = state.fs.stat("/etc/passwd");
  const line = `${name}:x:${uid}:${gid}::${home}:${shell}\n`;
  const before = state.fs.readText("/etc/passwd");
  put(state, "/etc/passwd", {
    sizeBytes: (previous?.sizeBytes ?? 0) + utf8Length(line),
    ...(before !== undefined ? { content: before + line } : {}),
    mode: previous?.mode ?? 0o644,
    uid: 0,
    gid: 0,
    facts: [...(previous?.facts.filter((candidate) => candidate.kind !== "passwd") ?? []), fact],
  });
  if (createHome && !state.fs.resolve(home)) {
    ensureDir(state, home.slice(0, home.lastIndexOf("/")) || "/");
    state.fs.write(makeNode(state, home, { type: "dir", mode: 0o755, uid, gid }));
  }
  return ok(
    `added the user ${name} (uid ${uid}, gid ${gid}, home ${home}${createHome ? "" : ", not created"}) to /etc/passwd`,
  );
}

function addGroup(call: Invocation, busybox: boolean): Outcome {
  const { state, args } = call;
  const names = positionals(args);
  if (busybox && names.length === 2) return ok(`added ${names[0]} to the group ${names[1]}`);
  const name = names[0];
  if (!name) return { status: 2, note: "no group name", error: `${call.program}: missing group name` };
  const known = groups(state);
  if (known.some((entry) => entry.name === name)) {
    return {
      status: 9,
      note: `${name} exists already`,
      error: busybox ? `addgroup: group '${name}' in use` : `${call.program}: group '${name}' already exists`,
    };
  }
  const gidText = option(args, "-g", "--gid");
  const system = args.some((arg) => arg === "-r" || arg === "--system" || (busybox && arg === "-S"));
  const gid =
    gidText && /^\d+$/.test(gidText)
      ? Number(gidText)
      : freeId(
          known.map((entry) => entry.gid),
          system,
        );
  writeGroup(state, { name, gid });
  return ok(`added the group ${name} (gid ${gid}) to /etc/group`);
}

/** `userdel [-r] NAME`, `deluser [--remove-home] NAME`: the user leaves /etc/passwd (ubuntu:24.04's
 * `ubuntu`, uid 1000, is often removed so that `useradd -u 1000` can take its uid). */
function deleteUser(call: Invocation): Outcome {
  const { state, args } = call;
  const [name] = positionals(args);
  if (!name) return { status: 2, note: "no user name", error: `${call.program}: missing user name` };
  const users = passwdUsers(state);
  const gone = users.find((user) => user.name === name);
  if (!gone) {
    return {
      status: 6,
      note: `no user ${name}`,
      error: `${call.program}: user '${name}' does not exist`,
      missing: "/etc/passwd",
    };
  }
  const previous = state.fs.stat("/etc/passwd");
  const before = state.fs.readText("/etc/passwd");
  const content = before
    ?.split("\n")
    .filter((line) => !line.startsWith(`${name}:`))
    .join("\n");
  const fact: FileFact = { kind: "passwd", users: users.filter((user) => user !== gone) };
  put(state, "/etc/passwd", {
    sizeBytes: content !== undefined ? utf8Length(content) : (previous?.sizeBytes ?? 0),
    ...(content !== undefined ? { content } : {}),
    mode: previous?.mode ?? 0o644,
    uid: 0,
    gid: 0,
    facts: [...(previous?.facts.filter((candidate) => candidate.kind !== "passwd") ?? []), fact],
  });
  const removeHome = args.includes("-r") || args.includes("--remove") || args.includes("--remove-home");
  if (removeHome && state.fs.stat(gone.home)) state.fs.remove(gone.home);
  return ok(
    `removed the user ${name} (uid ${gone.uid}) from /etc/passwd${removeHome ? ` and ${gone.home}` : ""}`,
  );
}

function isBusybox(state: ShellState): boolean {
  const distro = state.ctx.base?.os.distro;
  return distro === "alpine" || distro === "busybox" || distro === "wolfi";
}

export const USER_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  useradd: (call) => addUser(call, false),
  adduser: (call) => addUser(call, isBusybox(call.state) || call.args.some((arg) => /^-[DSH]+$/.test(arg))),
  groupadd: (call) => addGroup(call, false),
  addgroup: (call) => addGroup(call, isBusybox(call.state) || call.args.includes("-S")),
  userdel: deleteUser,
  deluser: deleteUser,
  usermod: () => ({ status: null, note: "changes a user's groups or shell; not tracked", partial: true }),
};

// USER must name an account in the image's /etc/passwd, or be numeric: runc looks names up in the
// container's own passwd file and refuses to start when there is none.
import type { PasswdEntry } from "../catalog/types";
import type { ImageView } from "./imageView";
import { code, failed, passed, type Reason } from "./reason";

/** Who the container's process runs as. */
export interface RunUser {
  /** As written in USER, without the group ("" for root). */
  written: string;
  uid: number;
  gid: number;
  home: string;
  /** False when the name is in no passwd file Stageplay can read. */
  known: boolean;
  /** True when /etc/passwd exists but Stageplay does not know what it holds. */
  unreadable: boolean;
}

function passwdEntries(view: ImageView): { entries: PasswdEntry[] | null; exists: boolean } {
  const lookup = view.resolve("/etc/passwd");
  if (!lookup.found) return { entries: [], exists: false };
  const facts = lookup.node.facts.flatMap((fact) => (fact.kind === "passwd" ? fact.users : []));
  const replaced = lookup.node.copiedFrom !== undefined || lookup.node.origin.kind === "context";
  const fromBase = replaced ? [] : (view.base?.passwd ?? []);
  if (facts.length === 0 && lookup.node.origin.kind !== "base") return { entries: null, exists: true };
  const byName = new Map([...fromBase, ...facts].map((entry) => [entry.name, entry]));
  return { entries: [...byName.values()], exists: true };
}

/** Resolves USER the way runc does (name or uid, then the passwd entry for HOME). */
export function resolveUser(view: ImageView): RunUser {
  const written = (view.stage.config.user ?? "").split(":")[0] ?? "";
  const { entries, exists } = passwdEntries(view);
  const numeric = /^\d+$/.test(written);
  const root = written === "" || written === "root" || written === "0";
  const entry = entries?.find((e) => (numeric ? e.uid === Number(written) : e.name === written));
  const uid = entry?.uid ?? (numeric ? Number(written) : root ? 0 : -1);
  return {
    written,
    uid,
    gid: entry?.gid ?? (numeric ? Number(written) : uid),
    home: entry?.home ?? (root ? "/root" : "/"),
    known: root || numeric || entry !== undefined,
    unreadable: entries === null && exists,
  };
}

export function checkUser(view: ImageView, user: RunUser): Reason[] {
  const line = view.stage.config.userLine;
  if (user.written === "" || user.written === "root" || user.written === "0") return [];
  if (/^\d+$/.test(user.written)) {
    return [
      passed("user", `USER ${user.written} is a numeric uid, which works without a passwd entry.`, line),
    ];
  }
  if (user.unreadable) {
    return [
      {
        ...passed(
          "user",
          `USER ${user.written}: the image has an /etc/passwd, but Stageplay cannot read which users it defines, so it assumes ${user.written} is one of them.`,
          line,
        ),
        doubtful: true,
      },
    ];
  }
  if (user.known) return [passed("user", `USER ${user.written} exists in the image's /etc/passwd.`, line)];
  const noPasswd = !view.resolve("/etc/passwd").found;
  return [
    failed(
      "user",
      noPasswd
        ? `USER ${user.written} names a user, but the image has no /etc/passwd to look it up in${view.base === null || view.base.family === "scratch" ? " (scratch has no files at all)" : ""}, so Docker cannot start the container.`
        : `USER ${user.written} names a user that the image's /etc/passwd does not define, so Docker cannot start the container.`,
      {
        runtimeError: `unable to find user ${user.written}: no matching entries in passwd file`,
        line,
        fix: noPasswd
          ? `Use a numeric user, e.g. ${code("USER 65534")}, or copy an /etc/passwd that defines ${user.written} from the build stage.`
          : `Create the user first (${code(`RUN useradd --create-home ${user.written}`)} on Debian, ${code(`RUN adduser -D ${user.written}`)} on Alpine), or use a numeric uid.`,
      },
    ),
  ];
}

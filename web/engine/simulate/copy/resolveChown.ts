// `--chown=user[:group]` as BuildKit resolves it: numbers as they are, names through the target
// stage's /etc/passwd (an unknown name fails the build). Groups are not modelled beyond users'
// primary groups, so an unknown group name falls back to the user's gid with no error.
import type { LayeredFs } from "../filesystem/layeredFs";
import { underUnknownRoot } from "../unknownRoots";

export interface Owner {
  uid: number;
  gid: number;
  error: string | null;
  /** The name may well exist, but Stageplay cannot tell its uid. */
  unknown?: boolean;
}

const WELL_KNOWN_GROUPS: Readonly<Record<string, number>> = { root: 0, nogroup: 65534, nobody: 65534 };

/**
 * The uid/gid a `--chown` value gives, looked up in the target filesystem's /etc/passwd. When an
 * earlier step of unknown effect (or an image outside the catalog) may have written /etc/passwd
 * (`unknownRoots`), a name it does not list is not an error: the owner is then unknown, taken as root.
 */
export function resolveChown(
  value: string | null,
  fs: LayeredFs,
  unknownRoots: readonly string[] = [],
): Owner {
  if (value === null || value === "") return { uid: 0, gid: 0, error: null };
  const [userPart = "", groupPart] = value.split(":");
  const passwd = fs.nodes.get("/etc/passwd")?.facts.find((f) => f.kind === "passwd");
  const users = passwd?.kind === "passwd" ? passwd.users : [];
  let uid: number;
  let gid: number;
  if (/^\d+$/.test(userPart)) {
    uid = Number(userPart);
    gid = users.find((u) => u.uid === uid)?.gid ?? uid;
  } else {
    const user = users.find((u) => u.name === userPart);
    if (!user) {
      if (underUnknownRoot(unknownRoots, "/etc/passwd"))
        return { uid: 0, gid: 0, error: null, unknown: true };
      const why = passwd ? "no matching entries in passwd file" : "the image has no /etc/passwd";
      return { uid: 0, gid: 0, error: `unable to find user ${userPart}: ${why}` };
    }
    uid = user.uid;
    gid = user.gid;
  }
  if (groupPart !== undefined && groupPart !== "") {
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else gid = users.find((u) => u.name === groupPart)?.gid ?? WELL_KNOWN_GROUPS[groupPart] ?? gid;
  }
  return { uid, gid, error: null };
}

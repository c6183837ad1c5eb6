import type { FixFor } from "./types";

// The uid the finding suggests (`USER 65534`, nobody's uid): the advice for an image with no
// /etc/passwd, where no name can be looked up. An image that has one but lacks the user is better
// fixed by creating the user, which is not a mechanical edit.
const SUGGESTED = /`USER (\d+)`/;

/** user-not-in-passwd: `USER name` → the numeric uid the finding suggests (uid:uid with a group). */
export const numericUser: FixFor = ({ diagnostic, instruction }) => {
  const uid = SUGGESTED.exec(diagnostic.fix ?? "")?.[1];
  const word = instruction?.keyword === "USER" ? instruction.args[0] : undefined;
  if (!uid || !word || instruction?.args.length !== 1) return null;
  const [name = "", group] = word.value.split(":");
  const text = group === undefined ? uid : `${uid}:${uid}`;
  return {
    title: `Run as uid ${uid}: the image has no /etc/passwd to find ${name} in`,
    edits: [{ range: word.range, text }],
  };
};

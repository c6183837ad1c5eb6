import type { HoverInfo, Range } from "../types";
import type { Help } from "./instructionHelp";
import { heading, referenceLink } from "./markdown";

/** A hover explaining an instruction or a flag: heading line, our explanation, the reference's section. */
export function helpHover(subject: string, help: Help, range: Range, topic: string): HoverInfo {
  const link = referenceLink(help.anchor, `${subject} in the Dockerfile reference`);
  return { markdown: [heading(subject, help.about), help.body, link].join("\n\n"), range, topic };
}

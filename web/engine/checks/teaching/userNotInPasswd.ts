// `USER nobody` (a name) where /etc/passwd does not define it, or on scratch, which has no passwd at
// all: runc looks the name up in the container's own passwd file and refuses to start. The verdict
// judges this; the finding says the same at the same line.
import { finalImage, verdictFailure } from "./finalImage";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const USER_NOT_IN_PASSWD = "user-not-in-passwd";

export const userNotInPasswd: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const reason = verdictFailure(image, "user");
  const line = reason?.line ?? image.stage.config.userLine;
  if (!reason || line === null) return [];
  const runtimeError = reason.runtimeError ?? "unable to find user: no matching entries in passwd file";
  return [
    teachingDiagnostic(input, {
      rule: USER_NOT_IN_PASSWD,
      severity: "error",
      line,
      message: `${reason.message} The container fails with ${code(runtimeError)}.`,
      fix: reason.fix ?? `Use a numeric uid, e.g. ${code("USER 65534")}.`,
      url: "https://docs.docker.com/reference/dockerfile/#user",
    }),
  ];
};

// The final image runs its program as root: nothing stops a compromised process from writing
// anywhere in the container. Information, not a fault: many official images start as root.
import { isRootUser, finalImage } from "./finalImage";
import { code, instructionAt, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck } from "./types";

export const RUNS_AS_ROOT = "runs-as-root";

export const runsAsRoot: TeachingCheck = (input) => {
  const image = finalImage(input);
  const stage = image ? input.stages[image.stage.stage] : undefined;
  if (!image || !stage || !isRootUser(image.stage.config.user)) return [];
  const line = image.stage.config.userLine ?? stage.line;
  // `USER $APP_UID` on an image outside the catalog: the variable comes from that image's ENV, which
  // Stageplay does not know, so the user is unknown rather than root.
  const user = image.stage.config.userLine === null ? undefined : instructionAt(input.parse, line);
  if (user?.args[0]?.value.includes("$") && image.view.resolution?.unknown) return [];
  const base = image.view.base;
  const nonRoot = base?.passwd.find((entry) => entry.uid >= 1000 && entry.uid < 65534);
  return [
    teachingDiagnostic(input, {
      rule: RUNS_AS_ROOT,
      severity: "info",
      line,
      message: `The final image runs its program as root (uid 0): a flaw in the app can then change any file in the container.`,
      fix: nonRoot
        ? `The base image has the user ${nonRoot.name}: add ${code(`USER ${nonRoot.name}`)} after the last RUN, with ${code(`COPY --chown=${nonRoot.name}`)} for files it writes.`
        : base?.shell.binSh
          ? `Create a user and switch to it: ${code("RUN useradd --system --uid 10001 app")} (or ${code("adduser -S")} on Alpine), then ${code("USER 10001")}.`
          : `Use a numeric non-root user, e.g. ${code("USER 65532")} (distroless's nonroot), or a ${code(":nonroot")} tag.`,
      url: "https://docs.docker.com/build/building/best-practices/#user",
    }),
  ];
};

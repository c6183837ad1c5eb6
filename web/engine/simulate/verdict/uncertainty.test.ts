import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";

const APP = [{ path: "app.py", sizeBytes: 9, content: "print(1)\n" }];

function userReason(dockerfile: string) {
  const verdict = analyze(dockerfile, { context: APP }).simulation.image?.verdict;
  return { verdict, reason: verdict?.reasons.find((r) => r.check === "user") };
}

describe("the doubts of a failing reason", () => {
  it("leave out steps of other stages and COPYs whose destination cannot hold /etc/passwd", () => {
    const { verdict, reason } = userReason(
      'FROM python:3.12-slim AS build\nRUN frobnicate --out /out\nRUN mystery-tool\nFROM python:3.12-slim\nCOPY app.py /app/app.py\nCOPY --from=build /out /app/out\nUSER app\nCMD ["python", "/app/app.py"]\n',
    );
    expect(reason?.ok).toBe(false);
    expect(reason?.message).not.toContain("Stageplay cannot");
    expect(verdict?.certain).toBe(true);
  });

  it("name, in one sentence, this image's RUNs of unknown effect and a COPY onto the path", () => {
    const { verdict, reason } = userReason(
      'FROM python:3.12-slim\nRUN mystery-tool\nCOPY --from=alpine:3.21 /etc /etc\nUSER app\nCMD ["python", "-V"]\n',
    );
    expect(verdict?.certain).toBe(false);
    expect(reason?.message).toContain(
      "Stageplay cannot fully tell what line 2 (`RUN mystery-tool`) and line 3 (`COPY --from=alpine:3.21 /etc /etc`) did: if one of them provided what is missing",
    );
  });
});

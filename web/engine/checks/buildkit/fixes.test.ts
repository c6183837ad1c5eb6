import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";
import { runBuildChecks } from "./runBuildChecks";

const fixes = (source: string) =>
  Object.fromEntries(runBuildChecks(analyze(source)).map((d) => [d.rule, d.fix]));

describe("each build check says how to fix it", () => {
  it("spells out the exec form of a shell-form CMD when the command is plain words", () => {
    expect(fixes("FROM python:3.12\nCMD python app.py --port 80\n").JSONArgsRecommended).toBe(
      'Use the exec form, CMD ["python", "app.py", "--port", "80"]: then the program runs as PID 1 and receives the stop signal, which a shell would not pass on.',
    );
    expect(fixes("FROM alpine\nENTRYPOINT exec app > /log\n").JSONArgsRecommended).toContain(
      'ENTRYPOINT ["executable", "argument"]',
    );
  });
  it("does not spell out an exec form that would run something else: a VAR= prefix, a shell builtin", () => {
    // ["PORT=80", "python", …] would look for a program named PORT=80; ["exec", …] for one named exec.
    expect(fixes("FROM python:3.12\nCMD PORT=80 python app.py\n").JSONArgsRecommended).toContain(
      'CMD ["executable", "argument"]',
    );
    expect(fixes("FROM python:3.12\nCMD exec python app.py\n").JSONArgsRecommended).toContain(
      'CMD ["executable", "argument"]',
    );
  });
  it("tells the learner to declare an automatic platform ARG in the stage", () => {
    expect(fixes("FROM alpine\nCOPY bin/$TARGETARCH/app /app\n").UndefinedVar).toBe(
      "Add ARG TARGETARCH to this stage: automatic platform ARGs are only visible in a stage after ARG TARGETARCH.",
    );
  });
  it("rewrites legacy key/value pairs, quoting a value with spaces", () => {
    expect(fixes("FROM alpine\nENV GREETING hello world\n").LegacyKeyValueFormat).toBe(
      'Write ENV GREETING="hello world".',
    );
  });
  it("names the lowercase stage name, the label for MAINTAINER and the port to EXPOSE", () => {
    const all = fixes("FROM alpine AS Build\nMAINTAINER Ann <ann@example.org>\nEXPOSE 8080:80\n");
    expect(all.StageNameCasing).toBe("Write the stage name in lowercase: AS build.");
    expect(all.MaintainerDeprecated).toBe(
      'Use a label instead: LABEL org.opencontainers.image.authors="Ann <ann@example.org>".',
    );
    expect(all.ExposeInvalidFormat).toBe(
      "EXPOSE only documents the container's port: write EXPOSE 80, and publish it with docker run -p 8080:80.",
    );
  });
});

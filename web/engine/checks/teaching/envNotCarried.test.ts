import { describe, expect, it } from "vitest";
import { findings, linesOf } from "./testing/teachingFindings";

const RULE = "env-not-carried";

const VENV_VAR = `FROM python:3.12-slim AS builder
ENV VIRTUAL_ENV=/opt/venv
RUN python -m venv $VIRTUAL_ENV
FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
COPY app.py .
CMD $VIRTUAL_ENV/bin/python app.py
`;
const APP = { "app.py": "print('hi')\n" };

const VENV_PATH = `FROM python:3.12-slim AS builder
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt .
RUN pip install -r requirements.txt
FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
COPY app.py .
CMD ["gunicorn", "app:app"]
`;
const FLASK = { "requirements.txt": "flask\ngunicorn\n", "app.py": "import flask\n" };

describe("env-not-carried", () => {
  it("blames a CMD that expands a variable only the stage it copies from set", () => {
    const [finding, ...rest] = findings(VENV_VAR, RULE, APP);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(7);
    expect(finding?.message).toContain(
      "ENV VIRTUAL_ENV is set in stage builder (line 2), but ENV does not travel with COPY --from (line 5): the final stage starts without it",
    );
    expect(finding?.message).toContain("`$VIRTUAL_ENV` is empty in this CMD");
    expect(finding?.fix).toBe(
      "Repeat `ENV VIRTUAL_ENV=/opt/venv` in stage stage-1, after its FROM on line 4.",
    );
  });

  it("blames a RUN of the final stage too", () => {
    const dockerfile = `FROM alpine:3.21 AS build\nENV APP_HOME=/srv/app\nRUN mkdir -p $APP_HOME\nFROM alpine:3.21\nCOPY --from=build /srv/app /srv/app\nRUN chown -R 1000 $APP_HOME\n`;
    expect(linesOf(findings(dockerfile, RULE))).toEqual([6]);
  });

  it("explains a PATH that put the copied venv first, next to the verdict's own failure", () => {
    const all = findings(VENV_PATH, RULE, FLASK);
    expect(all).toHaveLength(1);
    expect(all[0]?.range.start.line).toBe(9);
    expect(all[0]?.message).toContain(
      "ENV PATH is set in stage builder (line 3) to put /opt/venv/bin first, but ENV does not travel with COPY --from (line 7)",
    );
    expect(all[0]?.message).not.toContain("executable file not found");
    expect(all[0]?.fix).toContain("Repeat `ENV PATH=/opt/venv/bin:$PATH` in stage stage-1");
    expect(findings(VENV_PATH, "image-would-not-start", FLASK)).toHaveLength(1);
  });

  it("stays silent once the final stage repeats the ENV", () => {
    const fixed = VENV_VAR.replace("COPY app.py .", "ENV VIRTUAL_ENV=/opt/venv\nCOPY app.py .");
    expect(findings(fixed, RULE, APP)).toEqual([]);
    const path = VENV_PATH.replace("COPY app.py .", "ENV PATH=/opt/venv/bin:$PATH\nCOPY app.py .");
    expect(findings(path, RULE, FLASK)).toEqual([]);
  });

  it("stays silent when the final stage is built FROM the stage that set it", () => {
    const inherited = `FROM python:3.12-slim AS base\nENV APP_HOME=/srv\nFROM base AS build\nRUN echo > /srv/x\nFROM base\nCOPY --from=build /srv/x /srv/x\nCMD ls $APP_HOME\n`;
    expect(findings(inherited, RULE)).toEqual([]);
  });

  it("stays silent when the final base image defines the name", () => {
    // python's image sets ENV PYTHON_VERSION itself.
    const dockerfile = `FROM python:3.12-slim AS build\nENV PYTHON_VERSION=9\nRUN echo > /x\nFROM python:3.12-slim\nCOPY --from=build /x /x\nCMD echo $PYTHON_VERSION\n`;
    expect(findings(dockerfile, RULE)).toEqual([]);
  });

  it("stays silent when Stageplay does not know the final base image", () => {
    const dockerfile = VENV_VAR.replace(
      "FROM python:3.12-slim\n",
      "FROM registry.example.com/team/python:7\n",
    );
    expect(findings(dockerfile, RULE, APP)).toEqual([]);
  });

  it("stays silent on exec form, defaults, names the command sets, ARGs and sourced files", () => {
    for (const cmd of [
      'CMD ["/bin/sh", "-c", "$VIRTUAL_ENV/bin/python app.py"]',
      "CMD ${VIRTUAL_ENV:-/opt/venv}/bin/python app.py",
      "CMD VIRTUAL_ENV=/opt/venv; $VIRTUAL_ENV/bin/python app.py",
      "CMD . /etc/profile && $VIRTUAL_ENV/bin/python app.py",
    ]) {
      expect(findings(VENV_VAR.replace(/CMD .*\n/, `${cmd}\n`), RULE, APP), cmd).toEqual([]);
    }
    const arg = VENV_VAR.replace("COPY app.py .", "ARG VIRTUAL_ENV\nCOPY app.py .");
    expect(findings(arg, RULE, APP)).toEqual([]);
  });

  it("stays silent on names Docker or the shell always set, such as HOME", () => {
    const home = `FROM alpine:3.21 AS build\nENV HOME=/srv\nRUN echo > /srv/x\nFROM alpine:3.21\nCOPY --from=build /srv/x /srv/x\nCMD ls $HOME $HOSTNAME\n`;
    expect(findings(home, RULE)).toEqual([]);
  });

  it("stays silent on a stage the final image does not copy from, and when PATH is not what fails", () => {
    const noCopy = `FROM alpine:3.21 AS other\nENV APP_HOME=/srv\nFROM alpine:3.21\nCMD ls $APP_HOME\n`;
    expect(findings(noCopy, RULE)).toEqual([]);
    // The command is found by its full path: the builder's PATH is not needed.
    const full = VENV_PATH.replace(
      'CMD ["gunicorn", "app:app"]',
      'CMD ["/opt/venv/bin/gunicorn", "app:app"]',
    );
    expect(findings(full, RULE, FLASK)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { analyzeWith, findings } from "./testing/teachingFindings";

const APP = {
  "requirements.txt": "flask==3.0.0\n",
  "app.py": "import os\nfrom flask import Flask\napp = Flask(__name__)\n",
};

const CLASSIC = `FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY app.py .

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /app /app
CMD ["python", "app.py"]
`;

describe("python-deps-not-copied", () => {
  it("blames the COPY --from that takes only /app when pip installed flask into the builder's site-packages", () => {
    const [finding, ...rest] = findings(CLASSIC, "python-deps-not-copied", APP);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(9);
    expect(finding?.message).toContain("ModuleNotFoundError: No module named 'flask'");
    expect(finding?.message).toContain("/usr/local/lib/python3.12/site-packages");
    expect(finding?.fix).toContain("COPY --from=builder /opt/venv /opt/venv");
  });

  it("agrees with the start verdict on the line and the error", () => {
    const analysis = analyzeWith(CLASSIC, APP);
    const reason = analysis.simulation.image?.verdict.reasons.find((r) => !r.ok);
    const finding = analysis.diagnostics.find((d) => d.rule === "python-deps-not-copied");
    expect(reason?.line).toBe(finding?.range.start.line);
    expect(finding?.message).toContain(reason?.runtimeError ?? "(no verdict)");
  });

  it("is only a note when a step Stageplay cannot read might have installed them", () => {
    const dockerfile = CLASSIC.replace('CMD ["python"', 'RUN ./install-deps.sh\nCMD ["python"');
    const [finding, ...rest] = findings(dockerfile, "python-deps-not-copied", APP);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("info");
    expect(finding?.range.start.line).toBe(9);
    expect(finding?.message).toContain("cannot tell everything line 10 did");
  });

  it("stays quiet when the venv with the packages is copied too", () => {
    const dockerfile = `FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY app.py .

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY --from=builder /app /app
CMD ["python", "app.py"]
`;
    expect(findings(dockerfile, "python-deps-not-copied", APP)).toEqual([]);
  });

  it("stays quiet in a single stage that installs what it imports", () => {
    const dockerfile = `FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py .
CMD ["python", "app.py"]
`;
    expect(findings(dockerfile, "python-deps-not-copied", APP)).toEqual([]);
  });
});

describe("pip-user-site-not-copied", () => {
  it("names pip install --user and /root/.local when the final stage copies only the app", () => {
    const dockerfile = `FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install --user -r requirements.txt
COPY app.py .

FROM python:3.12-slim
COPY --from=builder /app /app
CMD ["python", "/app/app.py"]
`;
    const [finding, ...rest] = findings(dockerfile, "pip-user-site-not-copied", APP);
    expect(rest).toEqual([]);
    expect(finding?.range.start.line).toBe(8);
    expect(finding?.message).toContain("/root/.local/lib/python3.12/site-packages");
    expect(finding?.message).toContain("ModuleNotFoundError: No module named 'flask'");
    expect(findings(dockerfile, "python-deps-not-copied", APP)).toEqual([]);
  });

  it("stays quiet when /root/.local is copied and the app runs as root", () => {
    const dockerfile = `FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install --user -r requirements.txt
COPY app.py .

FROM python:3.12-slim
COPY --from=builder /root/.local /root/.local
COPY --from=builder /app /app
CMD ["python", "/app/app.py"]
`;
    expect(findings(dockerfile, "pip-user-site-not-copied", APP)).toEqual([]);
  });
});

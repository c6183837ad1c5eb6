import { describe, expect, it } from "vitest";
import { analyzeWith, findings } from "./testing/teachingFindings";

const APP = { "requirements.txt": "gunicorn\n", "app.py": "app = None\n" };

const venvAt = (build: string, run: string) => `FROM python:3.12-slim AS build
RUN python -m venv ${build}
COPY requirements.txt .
RUN ${build}/bin/pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=build ${build} ${run}
COPY app.py /app/
WORKDIR /app
CMD ["${run}/bin/gunicorn", "app:app"]
`;

describe("venv-moved", () => {
  it("blames the COPY that moves the venv from /build/.venv to /app/.venv", () => {
    const dockerfile = venvAt("/build/.venv", "/app/.venv");
    const [finding, ...rest] = findings(dockerfile, "venv-moved", APP);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(7);
    expect(finding?.message).toContain("#!/build/.venv/bin/python");
    expect(finding?.message).toContain(
      "/app/.venv/bin/gunicorn: /build/.venv/bin/python: bad interpreter: No such file or directory",
    );
    expect(finding?.fix).toContain("COPY --from=<build stage> /app/.venv /app/.venv");
  });

  it("quotes the error the verdict gives for the same COPY", () => {
    const analysis = analyzeWith(venvAt("/build/.venv", "/app/.venv"), APP);
    const reason = analysis.simulation.image?.verdict.reasons.find((r) => !r.ok);
    const finding = analysis.diagnostics.find((d) => d.rule === "venv-moved");
    expect(reason?.line).toBe(7);
    expect(finding?.message).toContain(reason?.runtimeError ?? "(no verdict)");
  });

  it("stays quiet when the venv keeps its path", () => {
    expect(findings(venvAt("/opt/venv", "/opt/venv"), "venv-moved", APP)).toEqual([]);
  });
});

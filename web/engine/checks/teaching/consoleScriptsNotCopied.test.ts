import { describe, expect, it } from "vitest";
import { analyzeWith, findings } from "./testing/teachingFindings";

const APP = { "requirements.txt": "gunicorn\n", "app.py": "app = None\n" };

describe("console-scripts-not-copied", () => {
  it("says the gunicorn script stayed in /usr/local/bin when only site-packages is copied", () => {
    const dockerfile = `FROM python:3.12-slim AS build
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY app.py /app/
WORKDIR /app
CMD ["gunicorn", "app:app"]
`;
    const [finding, ...rest] = findings(dockerfile, "console-scripts-not-copied", APP);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("error");
    expect(finding?.range.start.line).toBe(9);
    expect(finding?.message).toContain("/usr/local/bin/gunicorn");
    expect(finding?.message).toContain("gunicorn");
    expect(finding?.message).toMatch(/executable file not found in \$PATH|not found/);
  });

  it("stays quiet when the bin directory is copied as well", () => {
    const dockerfile = `FROM python:3.12-slim AS build
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY --from=build /usr/local/bin/gunicorn /usr/local/bin/gunicorn
COPY app.py /app/
WORKDIR /app
CMD ["gunicorn", "app:app"]
`;
    expect(findings(dockerfile, "console-scripts-not-copied", APP)).toEqual([]);
  });

  it("leaves a script copied off PATH to the verdict's reason, which says PATH, at the CMD line", () => {
    const dockerfile = `FROM python:3.12-slim AS build
RUN pip install --user --no-cache-dir gunicorn

FROM python:3.12-slim
COPY --from=build /root/.local /root/.local
COPY app.py /app/
WORKDIR /app
CMD gunicorn app:app
`;
    const analysis = analyzeWith(dockerfile, APP);
    const reason = analysis.simulation.image?.verdict.reasons.find((r) => !r.ok);
    expect(reason?.message).toContain("/root/.local/bin is not on PATH");
    expect(analysis.diagnostics.filter((d) => d.rule === "console-scripts-not-copied")).toEqual([]);
    const said = analysis.diagnostics.filter((d) => d.severity === "error");
    expect(said.map((d) => [d.rule, d.range.start.line])).toEqual([["image-would-not-start", 8]]);
    expect(said[0]?.message).toContain("/root/.local/bin is not on PATH");
    expect(said[0]?.fix).toContain('ENV PATH="/root/.local/bin:$PATH"');
  });
});

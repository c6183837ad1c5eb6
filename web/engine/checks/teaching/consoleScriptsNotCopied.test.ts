import { describe, expect, it } from "vitest";
import { findings } from "./testing/teachingFindings";

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
});

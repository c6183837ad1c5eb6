import { describe, expect, it } from "vitest";
import { findings } from "./testing/teachingFindings";

const APP = { "app.py": "open('data.db', 'w')\n" };

const app = (copy: string) => `FROM python:3.12-slim
RUN useradd --create-home app
WORKDIR /app
${copy}
USER app
CMD ["python", "app.py"]
`;

describe("files-owned-by-root", () => {
  it("blames the COPY that leaves /app to root when the app runs as USER app", () => {
    const [finding, ...rest] = findings(app("COPY app.py ."), "files-owned-by-root", APP);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(4);
    expect(finding?.message).toContain("PermissionError: [Errno 13] Permission denied: '/app/data.db'");
    expect(finding?.fix).toContain("COPY --chown=app");
  });

  it("stays quiet with COPY --chown into a directory the user owns, or when the app runs as root", () => {
    const owned = app("COPY --chown=app:app app.py .").replace(
      "WORKDIR /app",
      "RUN mkdir /app && chown app:app /app\nWORKDIR /app",
    );
    expect(findings(owned, "files-owned-by-root", APP)).toEqual([]);
    expect(findings(app("COPY app.py .").replace("USER app\n", ""), "files-owned-by-root", APP)).toEqual([]);
  });
});

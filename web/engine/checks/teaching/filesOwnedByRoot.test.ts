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
    expect(finding?.severity).toBe("info");
    expect(finding?.range.start.line).toBe(4);
    expect(finding?.message).toContain("PermissionError: [Errno 13] Permission denied: '/app/data.db'");
    expect(finding?.fix).toContain("COPY --chown=app");
  });

  it("quotes node's EACCES for a node app, past the image's docker-entrypoint.sh", () => {
    const dockerfile = `FROM node:22-alpine\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n`;
    const [finding] = findings(dockerfile, "files-owned-by-root", { "server.js": "1\n" });
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("Error: EACCES: permission denied, open '/app/data.db'");
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

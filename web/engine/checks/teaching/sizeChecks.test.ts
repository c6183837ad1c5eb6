import { describe, expect, it } from "vitest";
import { findings, linesOf } from "./testing/teachingFindings";

const APP = { "requirements.txt": "flask\n", "app.py": "import flask\n" };

describe("pip-cache-in-image", () => {
  it("blames the pip install that keeps its wheels in /root/.cache/pip", () => {
    const dockerfile = `FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY app.py .\nCMD ["python", "app.py"]\n`;
    const [finding, ...rest] = findings(dockerfile, "pip-cache-in-image", APP);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("/root/.cache/pip");
    expect(finding?.fix).toContain("--no-cache-dir");
  });

  it("stays quiet with --no-cache-dir, with a cache mount, or when only a build stage has the cache", () => {
    const noCache = `FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n`;
    const mounted = `FROM python:3.12-slim\nCOPY requirements.txt .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n`;
    const staged = `FROM python:3.12-slim AS build\nRUN python -m venv /opt/venv\nCOPY requirements.txt .\nRUN /opt/venv/bin/pip install -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv\n`;
    expect(findings(noCache, "pip-cache-in-image", APP)).toEqual([]);
    expect(findings(mounted, "pip-cache-in-image", APP)).toEqual([]);
    expect(findings(staged, "pip-cache-in-image", APP)).toEqual([]);
  });
});

describe("build-cache-in-image", () => {
  it("blames an apt-get update whose lists stay in the image", () => {
    const dockerfile = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n`;
    const [finding, ...rest] = findings(dockerfile, "build-cache-in-image");
    expect(rest).toEqual([]);
    expect(finding?.range.start.line).toBe(2);
    expect(finding?.message).toContain("/var/lib/apt/lists");
    expect(finding?.fix).toContain("rm -rf /var/lib/apt/lists/*");
  });

  it("stays quiet when the same RUN removes the lists", () => {
    const dockerfile = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n`;
    expect(findings(dockerfile, "build-cache-in-image")).toEqual([]);
  });
});

describe("removed-in-later-layer", () => {
  it("blames the RUN that deletes apt's lists after the RUN that downloaded them", () => {
    const dockerfile = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n`;
    const [finding, ...rest] = findings(dockerfile, "removed-in-later-layer");
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("line 2");
    expect(finding?.message).toContain("no smaller");
    // The cache check leaves a deleted cache to this one: one sentence per mistake.
    expect(findings(dockerfile, "build-cache-in-image")).toEqual([]);
  });

  it("stays quiet when the delete is in the same RUN", () => {
    const dockerfile = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n`;
    expect(findings(dockerfile, "removed-in-later-layer")).toEqual([]);
  });
});

describe("chown-duplicates-files", () => {
  const FILES = { "app.py": "print('hi')\n", "model.bin": 50_000_000 };

  it("blames a RUN chown -R that copies 50 MB of copied files up into a new layer", () => {
    const dockerfile = `FROM python:3.12-slim\nCOPY . /app\nRUN chown -R 1000:1000 /app\nUSER 1000\nCMD ["python", "/app/app.py"]\n`;
    const [finding, ...rest] = findings(dockerfile, "chown-duplicates-files", FILES);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("line 2");
    expect(finding?.message).toContain("50MB");
    expect(finding?.fix).toContain("COPY --chown=1000:1000");
  });

  it("stays quiet with COPY --chown, and for a chown of a few small files", () => {
    const chownCopy = `FROM python:3.12-slim\nCOPY --chown=1000:1000 . /app\nUSER 1000\n`;
    const small = `FROM python:3.12-slim\nCOPY app.py /app/\nRUN chown -R 1000:1000 /app\n`;
    expect(findings(chownCopy, "chown-duplicates-files", FILES)).toEqual([]);
    expect(linesOf(findings(small, "chown-duplicates-files", FILES))).toEqual([]);
  });
});

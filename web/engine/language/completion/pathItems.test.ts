import { describe, expect, it } from "vitest";
import { complete, labels } from "./testing/complete";

describe("paths after COPY --from=<stage>", () => {
  const build = [
    "FROM python:3.12-slim AS build",
    "WORKDIR /app",
    "RUN pip install --prefix=/install flask",
    "RUN python -m venv /opt/venv",
    "FROM python:3.12-slim",
  ].join("\n");

  it("ranks what the stage made first, above the base image's folders", () => {
    const items = labels(complete(`${build}\nCOPY --from=build |`));
    expect(items.slice(0, 3)).toEqual([
      "/install/lib/python3.12/site-packages/",
      "/opt/venv/lib/python3.12/site-packages/",
      "/opt/venv/",
    ]);
    expect(items.indexOf("/app/")).toBeLessThan(items.indexOf("/usr/"));
    expect(items.length).toBeLessThanOrEqual(100);
  });

  it("completes like a shell: the entries under the typed directory that start with the typed name", () => {
    expect(labels(complete(`${build}\nCOPY --from=build /usr/local/bin/py|`))).toEqual([
      "/usr/local/bin/python",
      "/usr/local/bin/python3",
      "/usr/local/bin/python3.12",
    ]);
    expect(labels(complete(`${build}\nCOPY --from=build install/|`))).toEqual([
      "install/bin/",
      "install/lib/",
    ]);
  });

  it("offers nothing for a stage not defined above", () => {
    expect(complete(`${build}\nCOPY --from=later /|\nFROM alpine AS later`)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { hover, markdown } from "./hoverOn";

describe("hover on a COPY --from source path", () => {
  const source =
    "FROM alpine:3.21 AS build\nCOPY app /app\nFROM scratch\nCOPY --from=build /app /app\nCOPY --from=build /app/a.txt /nope /x/\n";
  const context = [
    { path: "app/a.txt", sizeBytes: 1000 },
    { path: "app/b.txt", sizeBytes: 500 },
  ];

  it("gives the bytes and files a directory holds in the source stage", () => {
    const info = hover(source, "/app /app", { context });
    expect(info?.topic).toBeNull();
    expect(markdown(info)).toContain("**Path `/app`** — in stage `build`\n\n1.5kB in 2 files.");
  });

  it("says where a single file came from", () => {
    expect(markdown(hover(source, "/app/a.txt", { context }))).toContain(
      "A file of 1kB, copied from the build context.",
    );
  });

  it("says a path the stage surely lacks is not found", () => {
    expect(markdown(hover(source, "/nope", { context }))).toContain(
      'Not found: stage `build` does not have it, so this COPY fails with `"/nope": not found`.',
    );
  });

  it("says what a directory holds is unknown when its files are", () => {
    expect(markdown(hover(source, "/app /app"))).toContain(
      "Stageplay does not know what it holds: a step Stageplay cannot fully see into may have put files there.",
    );
  });

  it("does not weigh a path of the base image that the catalog only marks", () => {
    const base = "FROM python:3.12\nFROM scratch\nCOPY --from=0 /usr/local/lib /lib\n";
    expect(markdown(hover(base, "/usr/local/lib"))).toContain(
      "A directory of the base image. Stageplay counts the base image's files as a whole, not one by one.",
    );
  });

  it("says a path is unknown, not missing, after a step Stageplay cannot see into", () => {
    const unknown =
      "FROM alpine:3.21 AS build\nRUN ./make-things\nFROM scratch\nCOPY --from=build /out /out\n";
    expect(markdown(hover(unknown, "/out"))).toContain("Stageplay does not know whether it exists");
  });
});

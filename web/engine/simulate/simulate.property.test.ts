import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import type { ContextFile } from "./types";

// Lines of the kind COPY, ADD and the image config are made of, in any order and combination.
const line = fc.constantFrom(
  "FROM alpine:3.21 AS a",
  "FROM scratch AS b",
  "FROM a",
  "FROM python:3.12-slim",
  "FROM nosuch/image:1",
  "COPY . .",
  "COPY . /app/",
  "COPY src /src",
  "COPY *.py /app/",
  "COPY src/*/*.go /go/",
  "COPY app.py req* /app/",
  "COPY app.py /app",
  "COPY missing /x",
  "COPY --from=a /app /app",
  "COPY --from=a / /",
  "COPY --from=0 /etc/passwd /etc/",
  "COPY --from=alpine:3.21 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/",
  "COPY --chown=nobody:nobody app.py /app/",
  "COPY --chown=1000 --chmod=700 src /src",
  "COPY --chmod=u+x app.py /",
  "COPY --link . /linked",
  "COPY --parents src/./lib/x.go /p/",
  "COPY --exclude=**/*.go src /s",
  "ADD archive.tar.gz /opt/",
  "ADD https://example.com/a.tgz /tmp/",
  "COPY <<EOF /hello\nhi $X\nEOF",
  "WORKDIR /app",
  "WORKDIR rel",
  "USER nobody",
  "ENV X=1 PATH=/opt/bin:$PATH",
  "ARG X=2",
  'ENTRYPOINT ["/app"]',
  "CMD python app.py",
  'SHELL ["/bin/ash", "-c"]',
  "RUN mkdir -p /app && rm -rf /tmp/*",
  "ONBUILD COPY app.py /onbuild/",
);
const dockerfile = fc
  .tuple(line, fc.array(line, { maxLength: 14 }))
  .map(([first, rest]) => ["FROM alpine:3.21 AS a", first, ...rest].join("\n") + "\n");
const file = fc.record({
  path: fc.constantFrom(
    "app.py",
    "requirements.txt",
    "src/main.go",
    "src/lib/x.go",
    "archive.tar.gz",
    "a/b/c",
    ".",
  ),
  sizeBytes: fc.oneof(fc.nat(10_000), fc.constant(5e9)),
  content: fc.option(fc.string(), { nil: undefined }),
});
const ignore = fc.constantFrom("", "src\n", "*.py\n!app.py\n", "**\n", "!\n#\n[\n");
const context = fc.option(
  fc
    .tuple(fc.array(file, { maxLength: 8 }), ignore)
    .map(([files, rules]): ContextFile[] => [
      ...files,
      { path: ".dockerignore", sizeBytes: rules.length, content: rules },
    ]),
  { nil: undefined },
);

describe("simulate on arbitrary COPY/ADD and config", () => {
  it("never fails inside, and every stage's size is the sum of its layers, none negative", () => {
    fc.assert(
      fc.property(dockerfile, context, (source, files) => {
        const analysis = analyze(source, files ? { context: files } : {});
        expect(analysis.diagnostics.filter((d) => d.rule === "internal")).toEqual([]);
        for (const stage of analysis.simulation.stages) {
          const sum = stage.layers.reduce((total, layer) => total + layer.sizeBytes, 0);
          expect(stage.sizeBytes).toBe(sum);
          expect(stage.estimatedBytes).toBeLessThanOrEqual(stage.sizeBytes);
          for (const layer of stage.layers) expect(layer.sizeBytes).toBeGreaterThanOrEqual(0);
          expect(stage.files.map((f) => f.path)).toEqual([...new Set(stage.files.map((f) => f.path))]);
        }
        for (const step of analysis.simulation.steps) expect(step.endMs).toBeGreaterThanOrEqual(step.startMs);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

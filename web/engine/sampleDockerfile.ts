// Realistic multistage Dockerfiles of any size, for the benchmark and the scaling tests.

/**
 * A Dockerfile of `stages` stages: meta ARGs, builder stages that copy from earlier ones (by name
 * and by index), a cache mount, and a final stage; roughly `linesPerStage` lines per stage.
 */
export function sampleDockerfile(stages: number, linesPerStage = 15): string {
  const lines = ["# syntax=docker/dockerfile:1", "ARG GO_VERSION=1.22", "ARG BASE=alpine:3.20", ""];
  for (let i = 0; i < stages; i++) {
    const last = i === stages - 1;
    const base = i === 0 ? "golang:${GO_VERSION}-alpine" : i % 3 === 0 ? `s${i - 1}` : "${BASE}";
    lines.push(`FROM ${base} AS ${last ? "final" : `s${i}`}`);
    lines.push(`ARG APP_${i}=app${i}`, `ENV PATH_${i}=/opt/$APP_${i}/bin`, "WORKDIR /src");
    if (i > 0) lines.push(`COPY --from=s${Math.floor(i / 2)} /out/\${APP_${i}} /deps/${i}`);
    if (i > 1) lines.push(`COPY --from=${i - 2} /etc/ssl/certs /etc/ssl/certs`);
    lines.push(
      `RUN --mount=type=cache,target=/root/.cache/go-build \\`,
      `    go build -o /out/app${i} ./cmd/${i}`,
    );
    let filler = 0;
    while (lines.length % linesPerStage !== 0 || filler === 0) {
      lines.push(filler % 2 === 0 ? `RUN echo step ${filler} && \\` : `    true # continuation ${filler}`);
      filler++;
    }
    if (filler % 2 === 1) lines.push("    true");
    if (last) lines.push("USER nobody", 'ENTRYPOINT ["/out/app"]');
    lines.push("");
  }
  return lines.join("\n");
}

/**
 * A chain of `stages` stages, each built FROM the previous one and copying its app folder (which
 * holds the earlier copies): its files grow quadratically, the case the simulator's work budget is for.
 */
export function copyChainDockerfile(stages: number): string {
  const lines = ["FROM python:3.12-slim AS s0", "RUN pip install --no-cache-dir flask"];
  for (let k = 1; k < stages; k++) {
    lines.push(
      `FROM s${k - 1} AS s${k}`,
      `WORKDIR /app${k}`,
      `COPY --from=s${k - 1} /app${k - 1} /app${k}/prev`,
      `RUN echo ${k} > /app${k}/f.txt`,
    );
  }
  return lines.join("\n") + "\n";
}

/**
 * `count` 1-based lines of `text` spread over the file where typing keeps it parsing and its stages
 * as they are (ARG, ENV, WORKDIR, the end of a RUN): the places the keystroke benchmarks type at.
 */
export function editableLines(text: string, count: number): number[] {
  const candidates: number[] = [];
  text.split("\n").forEach((line, i) => {
    if (/^(ARG|ENV|WORKDIR) |^\s+(true|go build)/.test(line) && !line.endsWith("\\")) candidates.push(i + 1);
  });
  return Array.from(
    { length: count },
    (_, k) => candidates[Math.floor((k * candidates.length) / count)] as number,
  );
}

/** The texts `edits` keystrokes make: a "1" typed at the end of an editable line, then deleted, and so on. */
export function keystrokeTexts(text: string, edits: number): string[] {
  const lines = text.split("\n");
  return editableLines(text, Math.ceil(edits / 2))
    .flatMap((line) => {
      const typed = [...lines];
      typed[line - 1] += "1";
      return [typed.join("\n"), text];
    })
    .slice(0, edits);
}

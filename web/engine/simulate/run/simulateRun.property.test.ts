import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "./testing/runFixture";

const FILES = [
  { path: "/app/requirements.txt", content: "flask\n" },
  { path: "/app/package.json", content: '{"scripts":{"build":"vite build"},"devDependencies":{"vite":"1"}}' },
  { path: "/app/node_modules", type: "dir" as const, bulk: true, sizeBytes: 1000 },
];

// Pieces of real RUN lines, shuffled together: the interpreter must survive any mix of them.
const PIECES = [
  "apt-get update",
  "apt-get install -y curl",
  "rm -rf /var/lib/apt/lists/*",
  "pip install -r requirements.txt",
  "pip install --user flask",
  "python -m venv /v",
  "npm ci",
  "npm run build",
  "go build -o /x .",
  "cargo build --release",
  "cd /app",
  "cd ..",
  "export A=$B",
  "echo hi > f",
  "cat <<EOF",
  "EOF",
  "sh -c '",
  "'",
  '"',
  "(",
  ")",
  "{",
  "}",
  "&&",
  "||",
  ";",
  "|",
  "\n",
  "$(",
  "`",
  "${A:-x}",
  "${",
  "*",
  "/app/*",
  "chown -R 1000 /app",
  "cp -r /app /b",
  "mv /b /c",
  "ln -s /a /a",
  "set -e",
  "if",
  "fi",
  "for x in",
  "done",
  "2>&1",
  ">>",
  "<",
  "useradd x",
  "adduser -D -S y",
];

describe("simulateRun never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const effect = run(text, { files: FILES });
        expect(Array.isArray(effect.changes)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("on shuffled pieces of real RUN lines, shell form and exec form", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), fc.boolean(), (pieces, exec) => {
        const effect = exec ? run(pieces, { files: FILES }) : run(pieces.join(" "), { files: FILES });
        expect(["known", "partial", "unknown"]).toContain(effect.knowledge);
        expect(effect.durationMs).toBeGreaterThan(0);
        // The safety net in simulateRun must not be what kept it from throwing.
        expect(effect.diagnostics.some((d) => d.message.startsWith("Stageplay could not follow"))).toBe(
          false,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("on deep nesting of sh -c and subshells", () => {
    const nested = `${"sh -c '".repeat(1)}${"(".repeat(500)}touch /app/x${")".repeat(500)}'`;
    expect(run(nested, { files: FILES }).knowledge).toBeDefined();
    expect(run("$(".repeat(2000), { files: FILES }).knowledge).toBeDefined();
  });
});

describe("the net effect", () => {
  const step = fc.oneof(
    fc.integer({ min: 0, max: 3 }).map((n) => `mkdir -p /w/d${n}`),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
      .map(([d, f]) => `mkdir -p /w/d${d} && echo ${f} > /w/d${d}/f${f}`),
    fc.integer({ min: 0, max: 3 }).map((n) => `rm -rf /w/d${n}`),
    fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
      .map(([a, b]) => `cp -r /w/d${a} /w/d${b} || true`),
    fc.integer({ min: 0, max: 3 }).map((n) => `chmod -R 700 /w/d${n} || true`),
  );

  it("is empty when the RUN removes everything it made", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const effect = run([...steps, "rm -rf /w"].join("; "), { files: [{ path: "/app/.keep" }] });
        expect(effect.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("only whites out the stage's own files when a RUN deletes them, whatever it did before", () => {
    const files = [
      { path: "/w/d0/f0", sizeBytes: 10 },
      { path: "/w/d1/f1", sizeBytes: 10 },
    ];
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const effect = run([...steps, "rm -rf /w"].join("; "), { files });
        expect(effect.changes).toEqual([{ op: "delete", path: "/w" }]);
      }),
      { numRuns: 300 },
    );
  });
});

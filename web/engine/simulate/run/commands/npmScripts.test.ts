import { describe, expect, it } from "vitest";
import { changed, factOf, run } from "../testing/runFixture";

function project(scripts: Record<string, string>, extra: { path: string; content: string }[] = []) {
  const pkg = {
    scripts,
    dependencies: { react: "^19", "react-dom": "^19", express: "^5" },
    devDependencies: { vite: "^7", typescript: "^5", "@nestjs/cli": "^11" },
  };
  return [
    { path: "/app/package.json", content: JSON.stringify(pkg) },
    { path: "/app/package-lock.json", content: "{}" },
    ...extra,
  ];
}
const NODE = "node:22-bookworm-slim";

describe("npm run: a script's commands run through the shell", () => {
  it("builds the Vite TypeScript template: tsc -b only type-checks, vite build writes dist/", () => {
    const files = project({ build: "tsc -b && vite build" }, [
      { path: "/app/tsconfig.json", content: '{"files":[],"references":[{"path":"./tsconfig.app.json"}]}' },
    ]);
    const effect = run("npm ci && npm run build", { base: NODE, files });
    expect(changed(effect, "/app/dist")?.facts).toEqual([{ kind: "static-site" }]);
    expect(effect.commands.map((command) => command.program)).toEqual(["npm", "npm", "tsc", "vite"]);
  });

  it("writes tsc's outDir as JavaScript that imports the runtime dependencies", () => {
    const files = project({ build: "tsc -p ." }, [
      { path: "/app/tsconfig.json", content: '{"compilerOptions":{"outDir":"out"}}' },
    ]);
    const out = changed(run("npm ci && npm run build", { base: NODE, files }), "/app/out");
    expect(factOf(out, "source")).toEqual({
      kind: "source",
      language: "javascript",
      imports: ["react", "react-dom", "express"],
    });
  });

  it("runs prebuild and postbuild around build", () => {
    const files = project({
      prebuild: "mkdir -p /app/generated",
      build: "nest build",
      postbuild: "touch /app/dist/.done",
    });
    const effect = run("npm ci && npm run build", { base: NODE, files });
    expect(changed(effect, "/app/generated")).toBeDefined();
    expect(changed(effect, "/app/dist/.done")).toBeDefined();
  });

  it("reports the tool the script could not find as npm's sh does, with why", () => {
    const effect = run("npm ci --omit=dev && npm run build", {
      base: NODE,
      files: project({ build: "vite build" }),
    });
    expect(effect.failed).toEqual({ command: "npm run build", message: "sh: 1: vite: not found" });
    expect(effect.diagnostics[0]?.fix).toContain("vite is a devDependency");
  });

  it("does not find a build tool outside a script, where node_modules/.bin is not on PATH", () => {
    expect(run("npm ci && vite build", { base: NODE, files: project({}) }).failed?.message).toBe(
      "/bin/sh: 1: vite: not found",
    );
    expect(
      changed(run("npm ci && npx vite build", { base: NODE, files: project({}) }), "/app/dist"),
    ).toBeDefined();
  });

  it("says yarn's words for a missing script", () => {
    expect(run("yarn build", { base: NODE, files: project({}) }).failed?.message).toBe(
      'error Command "build" not found.',
    );
  });
});

describe("next build", () => {
  const files = (config: string) => [
    {
      path: "/app/package.json",
      content: JSON.stringify({
        scripts: { build: "next build" },
        dependencies: { next: "15", react: "19" },
      }),
    },
    { path: "/app/package-lock.json", content: "{}" },
    { path: "/app/next.config.mjs", content: config },
  ];

  it("writes a standalone server without public/ or .next/static inside it (learner question 7)", () => {
    const effect = run("npm ci && npm run build", {
      base: NODE,
      files: files("export default { output: 'standalone' };"),
    });
    expect(factOf(changed(effect, "/app/.next/standalone/node_modules"), "node-modules")?.production).toBe(
      true,
    );
    expect(changed(effect, "/app/.next/standalone/server.js")).toBeDefined();
    expect(changed(effect, "/app/.next/static")?.facts).toEqual([{ kind: "static-site" }]);
    expect(
      effect.changes.some(
        (change) => change.op !== "delete" && change.node.path.startsWith("/app/.next/standalone/public"),
      ),
    ).toBe(false);
  });

  it("writes .next for next start otherwise", () => {
    const effect = run("npm ci && npm run build", { base: NODE, files: files("export default {};") });
    expect(changed(effect, "/app/.next/server")).toBeDefined();
    expect(changed(effect, "/app/.next/standalone/server.js")).toBeUndefined();
  });
});

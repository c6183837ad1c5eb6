// `next build`. With `output: "standalone"` in next.config, Next writes .next/standalone: a
// server.js with the node_modules it needs, but (by design) without public/ or .next/static, which
// the final stage must copy itself (learner question 7). Sizes are not in image-facts.md: EST a
// small app's standalone server ~20 MB (mostly next itself) and ~1 MB of static assets.
import { DURATION } from "../estimateDuration";
import type { Invocation, Outcome } from "../runState";
import { ok } from "../runState";
import { at, put } from "../writeNodes";
import type { NodeProject } from "./readNodeProject";

const STANDALONE_MODULES_BYTES = 20_000_000;
const SERVER_BYTES = 10_000;
const SERVER_BUILD_BYTES = 5_000_000;
const STATIC_BYTES = 1_000_000;

function standalone(call: Invocation): boolean {
  for (const file of ["next.config.js", "next.config.mjs", "next.config.ts", "next.config.cjs"]) {
    const text = call.state.fs.readText(at(call.state, file));
    if (text && /output\s*:\s*["']standalone["']/.test(text)) return true;
  }
  return false;
}

export function nextBuild(call: Invocation, project: NodeProject): Outcome {
  const { state } = call;
  const next = at(state, ".next");
  if (state.fs.stat(next)) state.fs.remove(next);
  put(state, `${next}/static`, {
    type: "dir",
    bulk: true,
    sizeBytes: STATIC_BYTES,
    estimated: true,
    facts: [{ kind: "static-site" }],
  });
  if (!standalone(call)) {
    put(state, `${next}/server`, {
      type: "dir",
      bulk: true,
      sizeBytes: SERVER_BUILD_BYTES,
      estimated: true,
      facts: [{ kind: "source", language: "javascript", imports: project.dependencies }],
    });
    return ok(`next wrote ${next} (sizes estimated); next start needs node_modules beside it`, {
      durationMs: DURATION.webpackBuild,
      durationNote: "next build",
    });
  }
  const root = `${next}/standalone`;
  put(state, `${root}/server.js`, {
    sizeBytes: SERVER_BYTES,
    estimated: true,
    facts: [{ kind: "source", language: "javascript", imports: ["next"] }],
  });
  put(state, `${root}/node_modules`, {
    type: "dir",
    bulk: true,
    sizeBytes: STANDALONE_MODULES_BYTES,
    estimated: true,
    facts: [{ kind: "node-modules", packages: project.dependencies, production: true, native: null }],
  });
  put(state, `${root}/.next/server`, {
    type: "dir",
    bulk: true,
    sizeBytes: SERVER_BUILD_BYTES,
    estimated: true,
    facts: [],
  });
  return ok(
    `next wrote a standalone server in ${root} (sizes estimated); public/ and .next/static are not in it, by design`,
    {
      durationMs: DURATION.webpackBuild,
      durationNote: "next build",
    },
  );
}

import { describe, expect, it } from "vitest";
import { changed, factOf, paths, run } from "../testing/runFixture";

const LISTS = "/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4";

describe("apt-get", () => {
  it("keeps the 19 MB package lists when the RUN does not remove them", () => {
    const effect = run("apt-get update && apt-get install -y --no-install-recommends curl", {
      base: "debian:bookworm-slim",
    });
    expect(changed(effect, LISTS)).toMatchObject({
      sizeBytes: 19_000_000,
      facts: [{ kind: "cache", tool: "apt" }],
    });
    expect(changed(effect, "/usr/bin/curl")).toMatchObject({
      sizeBytes: Math.round(11.4 * 1048576),
      bulk: true,
    });
    expect(factOf(changed(effect, "/usr/bin/curl"), "tool")).toEqual({
      kind: "tool",
      name: "curl",
      role: "network-tool",
    });
  });

  it("saves the lists when rm -rf /var/lib/apt/lists/* is in the same RUN", () => {
    const effect = run("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*", {
      base: "debian:bookworm-slim",
    });
    expect(changed(effect, LISTS)).toBeUndefined();
    expect(changed(effect, "/usr/bin/curl")).toBeDefined();
  });

  it("only whites the lists out when they are removed in a later RUN", () => {
    const effect = run("rm -rf /var/lib/apt/lists/*", {
      base: "debian:bookworm-slim",
      files: [{ path: LISTS, sizeBytes: 19_000_000 }],
    });
    expect(paths(effect.changes)).toEqual([`delete ${LISTS}`]);
  });

  it("fails to find packages when apt-get update has not run", () => {
    const effect = run("apt-get install -y curl", { base: "debian:bookworm-slim" });
    expect(effect.failed?.message).toBe("E: Unable to locate package curl");
  });

  it("installs build-essential as a meta package: gcc, then g++ and make with the rest of its bytes", () => {
    const plain = run("apt-get update && apt-get install -y build-essential", {
      base: "debian:bookworm-slim",
    });
    const lean = run("apt-get update && apt-get install -y --no-install-recommends build-essential", {
      base: "debian:bookworm-slim",
    });
    const bytes = (effect: typeof lean) =>
      ["/usr/bin/gcc", "/usr/bin/g++", "/usr/bin/make"].reduce(
        (sum, path) => sum + (changed(effect, path)?.sizeBytes ?? 0),
        0,
      );
    expect(bytes(plain)).toBe(376 * 1048576);
    expect(bytes(lean)).toBe(308 * 1048576);
    expect(changed(lean, "/usr/bin/gcc")?.sizeBytes).toBe(172 * 1048576);
    expect(factOf(changed(lean, "/usr/bin/gcc"), "tool")?.role).toBe("compiler");
    expect(factOf(changed(lean, "/usr/bin/gcc"), "package")).toEqual({
      kind: "package",
      name: "gcc",
      auto: true,
      neededBy: ["build-essential"],
    });
    expect(changed(lean, "/usr/share/doc/build-essential")).toBeDefined();
  });

  it("purging build-essential removes only the meta package: gcc, g++ and make stay", () => {
    const effect = run(
      "apt-get update && apt-get install -y --no-install-recommends build-essential && apt-get purge -y build-essential",
      { base: "debian:bookworm-slim" },
    );
    expect(changed(effect, "/usr/bin/gcc")?.sizeBytes).toBe(172 * 1048576);
    expect(changed(effect, "/usr/bin/g++")).toBeDefined();
    expect(changed(effect, "/usr/share/doc/build-essential")).toBeUndefined();
    expect(effect.knowledge).toBe("known");
  });

  it("autoremove then removes what only build-essential needed", () => {
    const effect = run(
      "apt-get update && apt-get install -y --no-install-recommends build-essential && apt-get purge -y build-essential && apt-get autoremove -y",
      { base: "debian:bookworm-slim" },
    );
    expect(changed(effect, "/usr/bin/gcc")).toBeUndefined();
    expect(changed(effect, "/usr/bin/g++")).toBeUndefined();
    expect(changed(effect, "/usr/bin/make")).toBeUndefined();
    expect(effect.knowledge).toBe("known");
  });

  it("autoremove keeps gcc when it was installed by name", () => {
    const effect = run(
      "apt-get update && apt-get install -y --no-install-recommends gcc build-essential && apt-get purge -y build-essential && apt-get autoremove -y",
      { base: "debian:bookworm-slim" },
    );
    expect(changed(effect, "/usr/bin/gcc")?.sizeBytes).toBe(172 * 1048576);
    expect(changed(effect, "/usr/bin/g++")).toBeUndefined();
  });

  it("adds nothing for a package the base image's package list has (ca-certificates on python:3.12-slim)", () => {
    const effect = run(
      "apt-get update && apt-get install -y ca-certificates tzdata && rm -rf /var/lib/apt/lists/*",
      {
        base: "python:3.12-slim-bookworm",
        // The base layer's modelled paths, as the stage's filesystem has them.
        files: [
          { path: "/etc/ssl/certs/ca-certificates.crt", facts: [{ kind: "ca-certificates" }] },
          { path: "/usr/share/zoneinfo", type: "dir", facts: [{ kind: "zoneinfo" }] },
        ],
      },
    );
    expect(effect.changes.filter((change) => change.op !== "delete" && change.node.sizeBytes > 0)).toEqual(
      [],
    );
    expect(effect.commands.map((command) => command.note).join(" ")).toContain("already the newest version");
  });

  it("adds nothing for libpq-dev and gcc on the full python image, which buildpack-deps fills", () => {
    const effect = run("apt-get update && apt-get install -y libpq-dev gcc && rm -rf /var/lib/apt/lists/*", {
      base: "python:3.12-bookworm",
      files: [{ path: "/usr/bin/gcc", facts: [{ kind: "tool", name: "gcc", role: "compiler" }] }],
    });
    expect(effect.changes.filter((change) => change.op !== "delete" && change.node.sizeBytes > 0)).toEqual(
      [],
    );
  });

  it("with recommends, curl brings the CA bundle and its figure is an estimate; --no-install-recommends does not", () => {
    const plain = run("apt-get update && apt-get install -y curl", { base: "debian:bookworm-slim" });
    const lean = run("apt-get update && apt-get install -y --no-install-recommends curl", {
      base: "debian:bookworm-slim",
    });
    expect(changed(plain, "/etc/ssl/certs/ca-certificates.crt")?.sizeBytes).toBe(216_591);
    expect(changed(plain, "/usr/bin/curl")?.estimated).toBe(true);
    expect(changed(lean, "/etc/ssl/certs/ca-certificates.crt")).toBeUndefined();
    expect(changed(lean, "/usr/bin/curl")?.estimated).toBeFalsy();
  });

  it("adds nothing for a package the image already has", () => {
    const effect = run("apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*", {
      base: "python:3.12-bookworm",
      files: [{ path: "/usr/bin/gcc", facts: [{ kind: "tool", name: "gcc", role: "compiler" }] }],
    });
    expect(effect.changes.filter((change) => change.op !== "delete" && change.node.sizeBytes > 0)).toEqual(
      [],
    );
  });

  it("brings python3 with python3-pip, so pip3 runs (and meets PEP 668)", () => {
    const effect = run("apt-get update && apt-get install -y python3-pip && pip3 install flask", {
      base: "debian:bookworm-slim",
    });
    expect(changed(effect, "/usr/bin/python3")).toBeDefined();
    expect(changed(effect, "/usr/bin/pip3")).toMatchObject({ type: "symlink", target: "/usr/bin/pip" });
    expect(effect.failed?.message).toBe("error: externally-managed-environment");
  });

  it("aborts without -y: apt asks before installing dependencies, and a build cannot answer", () => {
    const effect = run("apt-get update && apt-get install curl", { base: "debian:bookworm-slim" });
    expect(effect.failed?.message).toBe("Do you want to continue? [Y/n] Abort.");
    expect(changed(effect, "/usr/bin/curl")).toBeUndefined();
    expect(
      run("apt-get update && apt-get -qq install curl", { base: "debian:bookworm-slim" }).failed,
    ).toBeUndefined();
  });

  it("has nothing to clean in official images, and says why", () => {
    const effect = run("apt-get clean", { base: "debian:bookworm-slim" });
    expect(effect.changes).toEqual([]);
    expect(effect.commands[0]?.note).toContain("docker-clean");
  });

  it("needs root: after USER the lock cannot be taken", () => {
    const files = [
      {
        path: "/etc/passwd",
        facts: [
          { kind: "passwd" as const, users: [{ name: "app", uid: 1000, gid: 1000, home: "/home/app" }] },
        ],
      },
    ];
    expect(run("apt-get update", { base: "debian:bookworm-slim", user: "app", files }).failed?.message).toBe(
      "E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)",
    );
    expect(run("apk add --no-cache curl", { base: "alpine:3.21", user: "1000" }).failed?.message).toBe(
      "ERROR: Unable to lock database: Permission denied",
    );
  });

  it("is not found on Alpine", () => {
    const effect = run("apt-get update", { base: "alpine:3.21" });
    expect(effect.failed?.message).toBe("/bin/sh: apt-get: not found");
  });
});

describe("apk", () => {
  it("leaves the package index in /var/cache/apk without --no-cache", () => {
    const cached = run("apk add build-base", { base: "alpine:3.21" });
    expect(changed(cached, "/var/cache/apk/APKINDEX.tar.gz")).toMatchObject({
      estimated: true,
      facts: [{ kind: "cache", tool: "apk" }],
    });
    expect(changed(cached, "/usr/bin/gcc")?.sizeBytes).toBe(230 * 1048576);
    const lean = run("apk add --no-cache build-base", { base: "alpine:3.21" });
    expect(changed(lean, "/var/cache/apk/APKINDEX.tar.gz")).toBeUndefined();
  });

  it("removes a --virtual group with apk del in the same RUN, leaving nothing", () => {
    const effect = run("apk add --no-cache --virtual .build-deps gcc musl-dev && apk del .build-deps", {
      base: "alpine:3.21",
    });
    expect(effect.changes.filter((change) => change.op !== "delete" && change.node.sizeBytes > 0)).toEqual(
      [],
    );
  });

  it("is not found on Debian", () => {
    expect(run("apk add curl", { base: "debian:bookworm-slim" }).failed?.message).toBe(
      "/bin/sh: 1: apk: not found",
    );
  });
});

const VITE = JSON.stringify({
  scripts: { build: "vite build" },
  dependencies: { react: "^19", "react-dom": "^19" },
  devDependencies: { vite: "^7", "@vitejs/plugin-react": "^5" },
});
const VITE_FILES = [
  { path: "/app/package.json", content: VITE },
  { path: "/app/package-lock.json", content: "{}" },
];

describe("npm", () => {
  it("installs node_modules sized from the catalog, and keeps npm's cache in /root/.npm", () => {
    const effect = run("npm ci", { base: "node:22-bookworm-slim", files: VITE_FILES });
    const modules = changed(effect, "/app/node_modules");
    expect(modules).toMatchObject({ sizeBytes: 64_700_000, bulk: true });
    expect(factOf(modules, "node-modules")).toEqual({
      kind: "node-modules",
      packages: ["react", "react-dom", "vite", "@vitejs/plugin-react"],
      production: false,
      native: null,
    });
    expect(changed(effect, "/root/.npm/_cacache")?.sizeBytes).toBe(77_100_000);
  });

  it("leaves devDependencies out with --omit=dev, --production or NODE_ENV=production", () => {
    for (const [command, env] of [
      ["npm ci --omit=dev", {}],
      ["npm install --production", {}],
      ["npm ci", { NODE_ENV: "production" }],
    ] as const) {
      const modules = changed(
        run(command, { base: "node:22-bookworm-slim", files: VITE_FILES, env }),
        "/app/node_modules",
      );
      expect(modules?.sizeBytes).toBe(8_360_000);
      expect(factOf(modules, "node-modules")?.production).toBe(true);
    }
  });

  it("builds dist/ with vite, a static site of 0.276 MB", () => {
    const effect = run("npm ci && npm run build", { base: "node:22-bookworm-slim", files: VITE_FILES });
    expect(changed(effect, "/app/dist")).toMatchObject({
      sizeBytes: 276_000,
      facts: [{ kind: "static-site" }],
    });
  });

  it("fails the build when devDependencies were left out (learner question 5)", () => {
    const effect = run("npm ci --omit=dev && npm run build", {
      base: "node:22-bookworm-slim",
      files: VITE_FILES,
    });
    expect(effect.failed?.message).toBe("sh: 1: vite: not found");
    expect(effect.diagnostics[0]?.fix).toContain("devDependency");
  });

  it("fails npm ci without a lockfile, and any install without package.json", () => {
    const noLock = run("npm ci", {
      base: "node:22-bookworm-slim",
      files: [{ path: "/app/package.json", content: VITE }],
    });
    expect(noLock.failed?.message).toContain("can only install with an existing package-lock.json");
    const nothing = run("npm install", { base: "node:22-bookworm-slim" });
    expect(nothing.failed?.message).toBe(
      "npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'",
    );
  });

  it("fails a script package.json lacks with npm's wording", () => {
    const files = [{ path: "/app/package.json", content: '{"scripts":{}}' }];
    expect(run("npm run build", { base: "node:22-bookworm-slim", files }).failed?.message).toBe(
      'npm error Missing script: "build"',
    );
  });

  it("prunes devDependencies with npm prune --omit=dev", () => {
    const effect = run("npm ci && npm run build && npm prune --omit=dev", {
      base: "node:22-bookworm-slim",
      files: VITE_FILES,
    });
    expect(changed(effect, "/app/node_modules")?.sizeBytes).toBe(8_360_000);
  });

  it("removes its cache with npm cache clean --force in the same RUN", () => {
    const effect = run("npm ci && npm cache clean --force", {
      base: "node:22-bookworm-slim",
      files: VITE_FILES,
    });
    expect(changed(effect, "/root/.npm/_cacache")).toBeUndefined();
  });

  it("marks native addons with the stage's libc (learner question 12)", () => {
    const files = [{ path: "/app/package.json", content: '{"dependencies":{"bcrypt":"^5"}}' }];
    expect(
      factOf(
        changed(run("npm install", { base: "node:22-alpine3.23", files }), "/app/node_modules"),
        "node-modules",
      )?.native,
    ).toBe("musl");
  });

  it("estimates node_modules for a project outside the catalog, and says so", () => {
    const files = [
      {
        path: "/app/package.json",
        content: '{"dependencies":{"a":"1","b":"1"},"devDependencies":{"c":"1"}}',
      },
    ];
    expect(
      changed(run("npm install", { base: "node:22-bookworm-slim", files }), "/app/node_modules"),
    ).toMatchObject({
      sizeBytes: 12_000_000,
      estimated: true,
    });
  });
});

describe("yarn and pnpm", () => {
  it("install node_modules with their own caches", () => {
    const yarn = run("yarn install --frozen-lockfile", { base: "node:22-bookworm-slim", files: VITE_FILES });
    expect(changed(yarn, "/app/node_modules")).toBeDefined();
    expect(factOf(changed(yarn, "/usr/local/share/.cache/yarn"), "cache")?.tool).toBe("yarn");
    const pnpm = run("corepack enable && pnpm install --prod", {
      base: "node:22-bookworm-slim",
      files: VITE_FILES,
    });
    expect(factOf(changed(pnpm, "/app/node_modules"), "node-modules")?.production).toBe(true);
    expect(changed(pnpm, "/root/.local/share/pnpm/store")).toBeDefined();
  });

  it("build with yarn build and pnpm build", () => {
    expect(
      changed(run("yarn && yarn build", { base: "node:22-bookworm-slim", files: VITE_FILES }), "/app/dist"),
    ).toBeDefined();
    expect(
      changed(
        run("corepack enable && pnpm i && pnpm run build", {
          base: "node:22-bookworm-slim",
          files: VITE_FILES,
        }),
        "/app/dist",
      ),
    ).toBeDefined();
  });
});

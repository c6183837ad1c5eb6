// A base image as one layer of bulk nodes derived from its catalog entry. The paths the start
// verdict and the teaching checks reason on are modelled one by one (shell, libc loader, passwd, CA
// bundle, zoneinfo, runtimes, notable tools); one bulk node at "/" holds the rest of the catalog's
// figure, so the layer's bytes equal the catalog size exactly.
import type { BaseImage, BaseImageResolution, Figure, NotableContent, Runtime } from "../catalog/types";
import { NODE_DISTRIBUTION } from "../catalog/products/nodeProjects";
import { shellPaths } from "../catalog/shellPaths";
import { caBundleSize, zoneinfoSize } from "../catalog/baseImages/osFiles";
import type { FileFact, FileNode, FileOrigin, Layer } from "../types";
import type { StageIndex } from "../../stages/types";
import { dirNode, fileNode } from "./fileNode";
import { ancestors, dirname, joinPath } from "./paths";

type Put = (path: string, fields?: Partial<FileNode>) => void;

const TOOL_ROLE = {
  compiler: "compiler",
  "build-tool": "build-tool",
  shell: "shell",
  "network-tool": "network-tool",
  vcs: "vcs",
  "package-manager": "package-manager",
} as const;

/** The layer `FROM <image>` starts a stage with; empty (no nodes, 0 bytes) for scratch. */
export function baseLayer(resolution: BaseImageResolution, stage: StageIndex, id: string): Layer {
  const image = resolution.image;
  const origin: FileOrigin = { kind: "base", imageId: image.id };
  const nodes = new Map<string, FileNode>();
  const put: Put = (path, fields = {}) => {
    for (const dir of ancestors(path)) if (!nodes.has(dir)) nodes.set(dir, dirNode(dir, origin));
    const previous = nodes.get(path);
    const facts = [...(previous?.facts ?? [])];
    for (const fact of fields.facts ?? [])
      if (!facts.some((f) => JSON.stringify(f) === JSON.stringify(fact))) facts.push(fact);
    nodes.set(path, fileNode(path, origin, { ...previous, ...fields, facts }));
  };
  const notes: string[] = [];
  if (image.family !== "scratch") modelImage(image, put);
  const total = image.size.bytes;
  let modelled = 0;
  for (const node of nodes.values()) modelled += node.sizeBytes;
  if (modelled > total && modelled > 0) {
    // A figure for one part cannot exceed the whole: scale the parts down rather than bill twice.
    for (const node of nodes.values()) node.sizeBytes = Math.floor((node.sizeBytes * total) / modelled);
    modelled = [...nodes.values()].reduce((sum, node) => sum + node.sizeBytes, 0);
  }
  if (image.family !== "scratch") {
    nodes.set(
      "/",
      fileNode("/", origin, {
        type: "dir",
        bulk: true,
        sizeBytes: total - modelled,
        estimated: image.size.estimated || resolution.estimated,
      }),
    );
  }
  const source = image.size.source;
  notes.push(
    `${image.measuredTag}: ${formatFigure(total)} from ${source.mark === "EST" ? "an estimate, " : ""}${source.ref}${source.date ? ` (${source.date})` : ""}.`,
  );
  if (image.size.note) notes.push(image.size.note);
  if (resolution.note) notes.push(resolution.note);
  if (image.family !== "scratch")
    notes.push('The listed paths are the ones Stageplay models; "/" holds the rest of the image\'s bytes.');
  const added = [...nodes.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    id,
    stage,
    line: null,
    instruction: resolution.reference.raw || image.measuredTag,
    kind: "base",
    added,
    modified: [],
    deleted: [],
    sizeBytes: total,
    knowledge: resolution.unknown ? "partial" : "known",
    notes,
    estimated: image.size.estimated || resolution.estimated,
  };
}

function formatFigure(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1)} MB`;
}

function modelImage(image: BaseImage, put: Put): void {
  put("/tmp", { type: "dir", mode: 0o1777 });
  for (const path of shellPaths(image.shell)) {
    const name = path === "/bin/sh" ? (image.shell.kind ?? "sh") : path === "/bin/bash" ? "bash" : "sh";
    put(path, { facts: [{ kind: "tool", name, role: "shell" }], mode: 0o755 });
  }
  modelLibc(image, put);
  if (image.passwd.length > 0) {
    const users = image.passwd.map(({ name, uid, gid, home }) => ({ name, uid, gid, home }));
    put("/etc/passwd", { facts: [{ kind: "passwd", users }] });
    put("/etc/group");
  }
  if (image.caCertificates)
    put("/etc/ssl/certs/ca-certificates.crt", {
      ...sized(caBundleSize(image)),
      facts: [{ kind: "ca-certificates" }],
    });
  if (image.tzdata)
    put("/usr/share/zoneinfo", { type: "dir", ...sized(zoneinfoSize(image)), facts: [{ kind: "zoneinfo" }] });
  for (const file of image.files ?? []) put(file.path, { type: file.type, ...sized(file.size) });
  for (const runtime of image.runtimes) modelRuntime(runtime, put);
  for (const content of image.contents) modelContent(content, put);
  if (image.config.workdir !== "/") put(image.config.workdir, { type: "dir" });
}

/** A catalog figure as node fields: a sized node is bulk, so a copy of it carries its bytes. */
function sized(figure: Figure | null): Partial<FileNode> {
  return figure ? { sizeBytes: figure.bytes, bulk: true, estimated: figure.estimated } : {};
}

function modelLibc(image: BaseImage, put: Put): void {
  const executable = { mode: 0o755 };
  if (image.libc.family === "glibc") {
    put("/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", executable);
    put("/lib64/ld-linux-x86-64.so.2", {
      type: "symlink",
      target: "/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
    });
    put("/lib/x86_64-linux-gnu/libc.so.6");
    // Distroless static and base ship glibc without libgcc_s/libstdc++ (cc adds them), as busybox does.
    if (!/distroless\/(static|base)/.test(image.id) && image.os.distro !== "busybox") {
      put("/lib/x86_64-linux-gnu/libgcc_s.so.1");
      put("/usr/lib/x86_64-linux-gnu/libstdc++.so.6");
    }
  } else if (image.libc.family === "musl" && image.os.distro !== "busybox") {
    put("/lib/ld-musl-x86_64.so.1", executable);
    put("/lib/libc.musl-x86_64.so.1", { type: "symlink", target: "/lib/ld-musl-x86_64.so.1" });
    const cxx = image.runtimes.some((r) => r.kind === "node" || r.kind === "java" || r.kind === "rust");
    if (cxx || image.contents.some((c) => c.name === "gcc")) {
      put("/usr/lib/libgcc_s.so.1");
      put("/usr/lib/libstdc++.so.6");
    }
  }
}

function interpreter(language: "python" | "node" | "java", version: string): FileFact[] {
  return [{ kind: "interpreter", language, version }];
}

function modelRuntime(runtime: Runtime, put: Put): void {
  const exe = { mode: 0o755 };
  switch (runtime.kind) {
    case "python": {
      const dir = dirname(runtime.binary);
      const real = joinPath(dir, `python${runtime.minor}`);
      put(real, { ...exe, facts: interpreter("python", runtime.version) });
      if (runtime.binary !== real) put(runtime.binary, { type: "symlink", target: real });
      if (dir === "/usr/local/bin") put("/usr/local/bin/python", { type: "symlink", target: runtime.binary });
      if (runtime.pip) {
        put(joinPath(dir, "pip"), {
          ...exe,
          facts: [{ kind: "tool", name: "pip", role: "package-manager" }],
        });
        put(joinPath(dir, "pip3"), { type: "symlink", target: joinPath(dir, "pip") });
      }
      put(runtime.stdlib, { type: "dir" });
      put(runtime.sitePackages, { type: "dir" });
      return;
    }
    case "node": {
      const figure = NODE_DISTRIBUTION.binary;
      put(runtime.binary, {
        ...exe,
        sizeBytes: figure.bytes,
        estimated: !runtime.version.startsWith("20"),
        facts: interpreter("node", runtime.version),
      });
      if (runtime.npm) {
        put(runtime.npm, {
          type: "dir",
          bulk: true,
          sizeBytes: NODE_DISTRIBUTION.npm.bytes,
          facts: [{ kind: "tool", name: "npm", role: "package-manager" }],
        });
      }
      if (runtime.yarn)
        put(runtime.yarn, { type: "dir", facts: [{ kind: "tool", name: "yarn", role: "package-manager" }] });
      return;
    }
    case "java": {
      const java = `${runtime.javaHome}/bin/java`;
      put(java, { ...exe, facts: interpreter("java", String(runtime.feature)) });
      if (runtime.binary !== java) put(runtime.binary, { type: "symlink", target: java });
      if (runtime.javac)
        put(`${runtime.javaHome}/bin/javac`, {
          ...exe,
          facts: [{ kind: "tool", name: "javac", role: "compiler" }],
        });
      return;
    }
    case "go":
      put(runtime.binary, { ...exe, facts: [{ kind: "tool", name: "go", role: "compiler" }] });
      put(runtime.gopath, { type: "dir" });
      return;
    case "rust":
      put(`${runtime.cargoHome}/bin/cargo`, {
        ...exe,
        facts: [{ kind: "tool", name: "cargo", role: "build-tool" }],
      });
      put(`${runtime.cargoHome}/bin/rustc`, {
        ...exe,
        facts: [{ kind: "tool", name: "rustc", role: "compiler" }],
      });
      return;
    case "maven":
    case "gradle":
      put(runtime.binary, { ...exe, facts: [{ kind: "tool", name: runtime.kind, role: "build-tool" }] });
      return;
    case "nginx":
    case "httpd":
      put(runtime.binary, exe);
      put(runtime.documentRoot, { type: "dir" });
      return;
  }
}

function modelContent(content: NotableContent, put: Put): void {
  const facts: FileFact[] =
    content.kind === "library" ? [] : [{ kind: "tool", name: content.name, role: TOOL_ROLE[content.kind] }];
  put(content.path, {
    mode: 0o755,
    type: content.kind === "library" ? "dir" : "file",
    bulk: content.size !== undefined,
    sizeBytes: content.size?.bytes ?? 0,
    estimated: content.size?.estimated ?? false,
    facts,
  });
}

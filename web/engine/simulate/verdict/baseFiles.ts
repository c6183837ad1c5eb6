// What the catalog says a base image holds at paths the verdict asks about (its shell, its language
// runtimes, the libc loader, /etc/passwd, the programs its config starts, the usual utilities), as
// file nodes. The simulator's core may model base images as a few bulk trees; these nodes answer
// "is /usr/local/bin/python3 there?" from the catalog's facts instead of from file names.
import type { BaseImage, Runtime } from "../catalog/types";
import { shellPaths } from "../catalog/shellPaths";
import type { FileFact, FileNode } from "../types";
import { GLIBC_LOADER, MUSL_LOADER } from "./loaders";
import { basename, dirname, joinPath } from "./paths";

function file(path: string, image: BaseImage, facts: FileFact[] = [], mode = 0o755): FileNode {
  return {
    path,
    type: "file",
    sizeBytes: 0,
    bulk: false,
    mode,
    uid: 0,
    gid: 0,
    origin: { kind: "base", imageId: image.id },
    facts,
  };
}

function link(path: string, target: string, image: BaseImage): FileNode {
  return { ...file(path, image), type: "symlink", target };
}

function runtimeFiles(runtime: Runtime, image: BaseImage): FileNode[] {
  const dir = dirname(runtime.binary);
  switch (runtime.kind) {
    case "python": {
      const fact: FileFact = { kind: "interpreter", language: "python", version: runtime.version };
      const real = joinPath(dir, `python${runtime.minor}`);
      const names = ["python3", ...(image.family === "distroless" ? [] : ["python"])];
      return [
        file(real, image, [fact]),
        ...names.map((name) => link(joinPath(dir, name), real, image)),
        ...(runtime.pip ? [file(joinPath(dir, "pip"), image), file(joinPath(dir, "pip3"), image)] : []),
      ];
    }
    case "node": {
      const fact: FileFact = { kind: "interpreter", language: "node", version: runtime.version };
      const tools = [runtime.npm ? "npm" : null, runtime.npm ? "npx" : null, runtime.yarn ? "yarn" : null];
      return [
        file(runtime.binary, image, [fact]),
        ...tools.filter((name) => name !== null).map((name) => file(joinPath(dir, name), image)),
      ];
    }
    case "java": {
      const fact: FileFact = { kind: "interpreter", language: "java", version: runtime.version };
      const home = joinPath(runtime.javaHome, "bin/java");
      return [
        file(home, image, [fact]),
        ...(runtime.binary === home ? [] : [link(runtime.binary, home, image)]),
        ...(runtime.javac ? [file(joinPath(runtime.javaHome, "bin/javac"), image)] : []),
      ];
    }
    case "go":
      return [file(runtime.binary, image), file(joinPath(runtime.goroot, "bin/gofmt"), image)];
    case "rust":
      return [
        file(runtime.binary, image),
        ...["cargo", "rustc", "rustup"].map((name) =>
          file(joinPath(runtime.cargoHome, `bin/${name}`), image),
        ),
      ];
    case "maven":
    case "gradle": {
      // The official images link the tool into /usr/bin (`ln -s ${MAVEN_HOME}/bin/mvn /usr/bin/mvn`),
      // which is on PATH; the tool's own bin directory is not.
      const name = runtime.kind === "maven" ? "mvn" : "gradle";
      const tool = joinPath(runtime.home, `bin/${name}`);
      return [
        ...(runtime.binary === tool ? [] : [file(runtime.binary, image)]),
        file(tool, image),
        link(`/usr/bin/${name}`, tool, image),
      ];
    }
    case "nginx":
    case "httpd":
      return [file(runtime.binary, image)];
  }
}

// Programs every image with a userland has (coreutils or busybox applets), so `CMD ["sleep", "1"]`
// on debian or alpine is not reported missing just because the catalog does not list /bin.
const UTILITIES = [
  "cat",
  "chmod",
  "chown",
  "cp",
  "date",
  "echo",
  "env",
  "false",
  "grep",
  "head",
  "id",
  "kill",
  "ln",
  "ls",
  "mkdir",
  "mv",
  "ps",
  "pwd",
  "rm",
  "sed",
  "sleep",
  "sort",
  "tail",
  "tar",
  "tee",
  "test",
  "touch",
  "true",
  "uname",
  "wc",
  "which",
  "xargs",
];

function userland(image: BaseImage): FileNode[] {
  if (!image.shell.binSh) return [];
  return [
    file("/bin/sh", image),
    ...(image.shell.bash ? [file("/bin/bash", image)] : []),
    ...UTILITIES.map((name) => file(`/bin/${name}`, image)),
    file("/usr/bin/env", image),
  ];
}

/** The programs the image's own config starts, e.g. nginx's /docker-entrypoint.sh; a bare name is
 * placed on PATH only when nothing else the catalog lists provides it (nginx is /usr/sbin/nginx). */
function configPrograms(image: BaseImage, known: readonly FileNode[]): FileNode[] {
  const programs = [image.config.entrypoint?.[0], image.config.cmd?.[0]];
  const names = new Set(known.map((node) => basename(node.path)));
  return programs
    .filter((program): program is string => program !== undefined && program !== "")
    .filter((program) => program.startsWith("/") || !names.has(program))
    .map((program) => file(program.startsWith("/") ? program : `/usr/local/bin/${program}`, image));
}

function libcFiles(image: BaseImage): FileNode[] {
  if (image.libc.family === "glibc") return [file(GLIBC_LOADER, image)];
  if (image.libc.family === "musl") return [file(MUSL_LOADER, image)];
  return [];
}

function passwdFile(image: BaseImage): FileNode[] {
  if (image.passwd.length === 0) return [];
  return [file("/etc/passwd", image, [{ kind: "passwd", users: [...image.passwd] }], 0o644)];
}

const known = new WeakMap<BaseImage, ReadonlyMap<string, FileNode>>();

/**
 * The catalog's knowledge of `image` as nodes, keyed by path; later entries win. Made once per
 * catalog entry (the verdict asks on every analysis); read-only, as the nodes are.
 */
export function baseFiles(image: BaseImage): ReadonlyMap<string, FileNode> {
  let nodes = known.get(image);
  if (!nodes) known.set(image, (nodes = catalogFiles(image)));
  return nodes;
}

function catalogFiles(image: BaseImage): Map<string, FileNode> {
  const listed = [
    ...userland(image),
    ...libcFiles(image),
    ...passwdFile(image),
    ...image.contents
      .filter((content) => content.kind !== "library")
      .map((content) => file(content.path, image)),
    ...shellPaths(image.shell)
      .filter((path) => path !== "/bin/sh" && path !== "/bin/bash")
      .map((path) => file(path, image)),
    ...image.runtimes.flatMap((runtime) => runtimeFiles(runtime, image)),
  ];
  const nodes = [...configPrograms(image, listed), ...listed];
  return new Map(nodes.map((node) => [node.path, node]));
}

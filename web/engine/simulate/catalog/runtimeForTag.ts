// When the catalog stands one entry in for a tag it did not measure (python:3.11 → the 3.12 image,
// golang:1.22 → the 1.23 one), the sizes may be close but the runtime is the one the tag names: a
// venv built on 3.11 does not run on 3.12. So the runtime's version, and for Python its minor and
// the paths built from it, follow the tag; the entry lists the version as an uncertain fact.
import type { BaseImage, Runtime, RuntimeKind } from "./types";

/** Which runtime a family's tag version is the version of. */
const TAGGED_RUNTIME: Readonly<Record<string, RuntimeKind>> = {
  python: "python",
  node: "node",
  golang: "go",
  rust: "rust",
  "eclipse-temurin": "java",
};

const VERSION_VARIABLE: Partial<Record<RuntimeKind, string>> = {
  python: "PYTHON_VERSION",
  node: "NODE_VERSION",
  go: "GOLANG_VERSION",
  rust: "RUST_VERSION",
};

const LANGUAGE: Record<RuntimeKind, string> = {
  python: "Python",
  node: "Node.js",
  go: "Go",
  rust: "Rust",
  java: "Java",
  maven: "Maven",
  gradle: "Gradle",
  nginx: "nginx",
  httpd: "httpd",
};

/**
 * Whether two versions name the same release line, as far as both are written: "3.12.4" and
 * "3.12.13" do (a patch release changes no paths or ABI), "3.11" and "3.12.13" do not.
 */
function sameVersion(a: string, b: string): boolean {
  const x = a.split(".");
  const y = b.split(".");
  return x.slice(0, Math.min(x.length, y.length, 2)).every((part, i) => part === y[i]);
}

function retarget(runtime: Runtime, version: string): Runtime {
  if (runtime.kind === "python") {
    const minor = version.split(".").slice(0, 2).join(".");
    const swap = (path: string) => path.replace(`python${runtime.minor}`, `python${minor}`);
    return {
      ...runtime,
      version,
      minor,
      binary: swap(runtime.binary),
      sitePackages: swap(runtime.sitePackages),
      stdlib: swap(runtime.stdlib),
    };
  }
  if (runtime.kind === "java") return { ...runtime, version, feature: Number(version.split(".")[0]) };
  return { ...runtime, version };
}

/**
 * `image` with its runtime at the tag's version when the two disagree, and the sentence saying so
 * (none when the entry stands for that version's range); the same image and null when they agree
 * or the tag names no version.
 */
export function runtimeForTag(
  image: BaseImage,
  version: string | null,
): { image: BaseImage; note: string | null } {
  const kind = TAGGED_RUNTIME[image.family];
  const runtime = image.runtimes.find((candidate) => candidate.kind === kind);
  if (version === null || kind === undefined || !runtime || sameVersion(runtime.version, version)) {
    return { image, note: null };
  }
  const variable = VERSION_VARIABLE[kind];
  const env = variable && variable in image.config.env ? { ...image.config.env, [variable]: version } : null;
  const language = LANGUAGE[kind];
  // An entry that stands for a range of versions (rust 1.80–1.89) takes the tag's version as it is:
  // there is no other version to speak of.
  const covered = image.tags.versions.some((listed) => sameVersion(listed, version));
  const note = covered
    ? null
    : `${language} ${version} is taken from the tag; ${image.measuredTag} has ${language} ${runtime.version}, so its sizes stand in but its runtime does not.`;
  return {
    image: {
      ...image,
      runtimes: image.runtimes.map((candidate) =>
        candidate === runtime ? retarget(runtime, version) : candidate,
      ),
      config: env ? { ...image.config, env } : image.config,
      uncertain: [
        ...image.uncertain,
        {
          field: `runtimes.${kind}.version`,
          reason: `${language} ${version} is read from the tag, not measured.`,
        },
      ],
    },
    note,
  };
}

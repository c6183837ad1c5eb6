import type { ImageReference } from "./types";

const DOCKER_HUB = "docker.io";
const DOCKER_HUB_ALIASES = new Set([
  "docker.io",
  "index.docker.io",
  "registry-1.docker.io",
  "registry.hub.docker.com",
]);

// Registries that mirror Docker Hub's official images under the same names.
const HUB_MIRRORS: readonly (readonly [registry: string, pathPrefix: string])[] = [
  ["mirror.gcr.io", ""],
  ["public.ecr.aws", "docker/library/"],
];

function isRegistry(component: string): boolean {
  return component.includes(".") || component.includes(":") || component === "localhost";
}

/**
 * Splits `[registry/][namespace/]name[:tag][@digest]`, lower-cased, with Docker Hub's implicit
 * `docker.io/library/` removed so `docker.io/library/python` and `python` name the same repository.
 * Never throws: whatever is not a valid reference still comes back with its parts.
 */
export function parseImageReference(raw: string): ImageReference {
  let rest = raw.trim().toLowerCase();
  let digest: string | null = null;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1) || null;
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1) || null;
    rest = rest.slice(0, colon);
  }
  const components = rest.split("/").filter((component) => component !== "");
  let registry = DOCKER_HUB;
  if (components.length > 1 && isRegistry(components[0] ?? "")) {
    registry = components.shift() ?? DOCKER_HUB;
  }
  let path = components.join("/");
  for (const [mirror, prefix] of HUB_MIRRORS) {
    if (registry === mirror && path.startsWith(prefix)) {
      registry = DOCKER_HUB;
      path = path.slice(prefix.length);
    }
  }
  if (DOCKER_HUB_ALIASES.has(registry)) {
    registry = DOCKER_HUB;
    if (path.startsWith("library/")) path = path.slice("library/".length);
  }
  const repository = registry === DOCKER_HUB ? path : `${registry}/${path}`;
  return { raw, registry, path, repository, tag, digest };
}

import type { BaseImage } from "./types";
import { SCRATCH } from "./baseImages/scratch";
import { BUSYBOX_IMAGES } from "./baseImages/busybox";
import { ALPINE_IMAGES } from "./baseImages/alpine";
import { DEBIAN_IMAGES } from "./baseImages/debian";
import { UBUNTU_IMAGES } from "./baseImages/ubuntu";
import { PYTHON_IMAGES } from "./baseImages/python";
import { NODE_IMAGES } from "./baseImages/node";
import { GOLANG_IMAGES } from "./baseImages/golang";
import { RUST_IMAGES } from "./baseImages/rust";
import { ECLIPSE_TEMURIN_IMAGES } from "./baseImages/eclipseTemurin";
import { MAVEN_IMAGES } from "./baseImages/maven";
import { GRADLE_IMAGES } from "./baseImages/gradle";
import { NGINX_IMAGES } from "./baseImages/nginx";
import { HTTPD_IMAGES } from "./baseImages/httpd";
import { DISTROLESS_IMAGES } from "./baseImages/distroless";
import { CHAINGUARD_IMAGES } from "./baseImages/chainguard";
import { UBI_IMAGES } from "./baseImages/ubi";

export interface ImageFamily {
  name: string;
  /** In order of preference when several entries fit a tag equally well. */
  images: readonly BaseImage[];
  /** Repository prefixes that belong to the family even when no entry names the repository. */
  repositoryPrefixes: readonly string[];
}

function family(
  name: string,
  images: readonly BaseImage[],
  repositoryPrefixes: readonly string[] = [],
): ImageFamily {
  return { name, images, repositoryPrefixes };
}

/** Every image family of reference/image-facts.md §1. */
export const IMAGE_FAMILIES: readonly ImageFamily[] = [
  family("scratch", [SCRATCH]),
  family("busybox", BUSYBOX_IMAGES),
  family("alpine", ALPINE_IMAGES),
  family("debian", DEBIAN_IMAGES),
  family("ubuntu", UBUNTU_IMAGES),
  family("python", PYTHON_IMAGES),
  family("node", NODE_IMAGES),
  family("golang", GOLANG_IMAGES),
  family("rust", RUST_IMAGES),
  family("eclipse-temurin", ECLIPSE_TEMURIN_IMAGES),
  family("maven", MAVEN_IMAGES),
  family("gradle", GRADLE_IMAGES),
  family("nginx", NGINX_IMAGES),
  family("httpd", HTTPD_IMAGES),
  family("distroless", DISTROLESS_IMAGES, ["gcr.io/distroless/"]),
  family("chainguard", CHAINGUARD_IMAGES, ["cgr.dev/chainguard/", "chainguard/"]),
  family("ubi", UBI_IMAGES, ["registry.access.redhat.com/ubi9", "registry.redhat.io/ubi9", "redhat/ubi9"]),
];

/** All catalog entries, flat. */
export const BASE_IMAGES: readonly BaseImage[] = IMAGE_FAMILIES.flatMap((entry) => entry.images);

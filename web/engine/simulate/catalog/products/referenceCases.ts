import { gb, mb } from "../units";
import { estimate, measured, web } from "../sources";
import type { Source } from "../types";
import type { ReferenceCase } from "./productTypes";

function published(
  name: string,
  source: Source,
  before: number,
  after: number,
  finalBase: string,
  note?: string,
): ReferenceCase {
  return {
    name,
    before: measured(before, source),
    after: measured(after, source),
    finalBase,
    ...(note ? { note } : {}),
  };
}

const DOCKER_DOCS = web("https://docs.docker.com/guides/golang/build-images (Multi-stage section)");
const BENCHMARK = web("https://github.com/gadiener/docker-images-size-benchmark (README.md)");

/** Published before/after cases of image-facts.md §4; simulated totals should land within ±15%. */
export const REFERENCE_CASES: readonly ReferenceCase[] = [
  published(
    "Docker docs Go guide (docker-gs-ping)",
    DOCKER_DOCS,
    gb(1.11),
    mb(28.1),
    "distroless/base-debian11",
    "Built from golang:1.19.",
  ),
  {
    name: "Docker docs Go guide, older revision",
    before: estimate(
      mb(540),
      web("earlier docker/docs revision"),
      "Older, smaller golang base (likely golang:1.16-alpine).",
    ),
    after: measured(mb(27.1), web("earlier docker/docs revision")),
    finalBase: "distroless/base",
  },
  published("Go benchmark: distroless", BENCHMARK, mb(781), mb(23.4), "distroless"),
  published("Go benchmark: alpine", BENCHMARK, mb(781), mb(11), "alpine", "An older ~4.5 MB Alpine."),
  published("Go benchmark: busybox", BENCHMARK, mb(781), mb(7.7), "busybox"),
  published("Go benchmark: scratch", BENCHMARK, mb(781), mb(6.5), "scratch", "The binary alone."),
  published(
    "buzzfeed/sso PR #22",
    web("https://github.com/buzzfeed/sso/pull/22", "2018"),
    gb(1.13),
    mb(26.3),
    "alpine",
  ),
  published(
    "Go web server on golang:1.21",
    web("https://github.com/harisheoran/Multi-stage-docker-build-GO-web-server"),
    mb(815),
    mb(6.71),
    "scratch",
  ),
  {
    name: "Go service built on golang:1.16-alpine",
    before: estimate(
      gb(1),
      web("https://cozi.dev/posts/building-golang-docker-image-for-production"),
      "About 1 GB.",
    ),
    after: measured(mb(26), web("https://cozi.dev/posts/building-golang-docker-image-for-production")),
    finalBase: "alpine:3.12 + ca-certificates",
  },
  published(
    "Python Flask: a base-image switch, not a multistage build",
    web(
      "https://blog.realkinetic.com/building-minimal-docker-containers-for-python-applications-37d0272c52f3",
      "2018",
    ),
    mb(958),
    mb(139),
    "python:3.7-alpine",
    "Base 98.7 MB.",
  ),
  {
    name: "Node API",
    before: measured(gb(1.24), web("https://thedanieldallas.com/thoughts/reducing-docker-image-size")),
    after: estimate(
      mb(150),
      web("https://thedanieldallas.com/thoughts/reducing-docker-image-size"),
      "About 150 MB.",
    ),
    finalBase: "alpine / distroless",
  },
  published(
    "Node app on node:20",
    web("https://futurecraft.pro/blog/docker-multistage-ai"),
    gb(1.24),
    mb(89),
    "node:20-alpine",
  ),
  {
    name: "Java app",
    before: estimate(mb(700), web("https://cscode.io/devops/DockerJava/"), "About 700 MB on temurin:21-jdk."),
    after: estimate(mb(220), web("https://cscode.io/devops/DockerJava/"), "About 220 MB."),
    finalBase: "eclipse-temurin:21-jre-alpine",
  },
  published(
    "Large Python service",
    web("https://github.com/getsentry/snuba/pull/7753", "2026"),
    gb(1.2),
    mb(512),
    "distroless/python3-debian13",
  ),
];

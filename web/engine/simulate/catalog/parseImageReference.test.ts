import { describe, expect, it } from "vitest";
import { parseImageReference } from "./parseImageReference";

describe("parseImageReference", () => {
  it.each([
    ["python", { registry: "docker.io", repository: "python", tag: null, digest: null }],
    ["python:3.12-slim", { repository: "python", tag: "3.12-slim" }],
    ["docker.io/library/python:3.12", { registry: "docker.io", repository: "python", tag: "3.12" }],
    ["registry-1.docker.io/library/python", { registry: "docker.io", repository: "python" }],
    ["bitnami/python:3.12", { registry: "docker.io", path: "bitnami/python", repository: "bitnami/python" }],
    [
      "gcr.io/distroless/static-debian12:nonroot",
      {
        registry: "gcr.io",
        path: "distroless/static-debian12",
        repository: "gcr.io/distroless/static-debian12",
      },
    ],
    ["localhost:5000/app:dev", { registry: "localhost:5000", repository: "localhost:5000/app", tag: "dev" }],
    ["python@sha256:abc", { repository: "python", tag: null, digest: "sha256:abc" }],
    ["python:3.12@sha256:abc", { repository: "python", tag: "3.12", digest: "sha256:abc" }],
    ["Python:3.12-SLIM", { repository: "python", tag: "3.12-slim" }],
    ["public.ecr.aws/docker/library/node:22", { registry: "docker.io", repository: "node", tag: "22" }],
  ])("splits %s", (raw, expected) => {
    expect(parseImageReference(raw)).toMatchObject({ raw, ...expected });
  });
});

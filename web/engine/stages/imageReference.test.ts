import { describe, expect, it } from "vitest";
import { parseImageReference } from "./imageReference";

const normalized = (text: string) => {
  const result = parseImageReference(text);
  return result.ok ? result.reference.normalized : result.error;
};

describe("parseImageReference", () => {
  it("normalises official images, tags and registries as Docker does", () => {
    expect(normalized("alpine")).toBe("docker.io/library/alpine:latest");
    expect(normalized("golang:1.22-alpine")).toBe("docker.io/library/golang:1.22-alpine");
    expect(normalized("ghcr.io/owner/app:v1")).toBe("ghcr.io/owner/app:v1");
    expect(normalized("localhost:5000/app")).toBe("localhost:5000/app:latest");
  });
  it("rejects uppercase with the repository named as Docker names it", () => {
    expect(normalized("Alpine")).toBe(
      "invalid reference format: repository name (library/Alpine) must be lowercase",
    );
  });
  it("rejects a trailing colon and other malformed references", () => {
    expect(normalized("alpine:")).toBe("invalid reference format");
    expect(normalized("a b")).toBe("invalid reference format");
  });
  it("checks digests", () => {
    expect(normalized(`alpine@sha256:${"a".repeat(64)}`)).toBe(
      `docker.io/library/alpine@sha256:${"a".repeat(64)}`,
    );
    expect(normalized(`alpine@sha256:${"a".repeat(40)}`)).toBe("invalid checksum digest length");
  });
  it("gives the familiar short name", () => {
    const result = parseImageReference("docker.io/library/node:22");
    expect(result.ok && result.reference.familiar).toBe("node:22");
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { leftBehind, sizeByOrigin } from "./imageViews";

const GO_BUILD = `FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
`;

const PYTHON_SAME_BASE = `FROM python:3.12-slim AS build
RUN apt-get update && apt-get install -y gcc
RUN pip install flask
RUN rm -rf /var/lib/apt/lists/*
FROM python:3.12-slim
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
CMD ["python", "-m", "flask", "run"]
`;

const goBuild = analyze(GO_BUILD);
const pythonSameBase = analyze(PYTHON_SAME_BASE);

describe("sizeByOrigin", () => {
  it("splits the final image into its base and what it copied from other stages", () => {
    const image = goBuild.simulation.image!;
    const split = sizeByOrigin(image.layers);
    expect(split.base).toBeGreaterThan(0);
    expect(split.otherStages).toBeGreaterThan(0);
    expect(split.context + split.run + split.otherImages).toBe(0);
    expect(split.base + split.otherStages).toBe(image.sizeBytes);
  });
});

describe("leftBehind", () => {
  it("counts the builder's copied binary as shipped and its toolchain and caches as left behind", () => {
    const [build] = leftBehind(goBuild);
    expect(build?.displayName).toBe("build");
    const labels = build!.groups.map((g) => g.label);
    expect(labels).toContain("Download and build caches");
    expect(build!.shippedBytes).toBeGreaterThan(0);
    expect(build!.tools.map((t) => t.name)).toContain("go");
    const grouped = build!.groups.reduce((sum, g) => sum + g.bytes, 0);
    expect(grouped + build!.shippedBytes).toBe(build!.totalBytes);
  });

  it("groups an installed compiler apart from other build products", () => {
    const [build] = leftBehind(pythonSameBase);
    const tools = build!.groups.find((g) => g.label === "Compilers and build tools");
    expect(tools?.examples).toContain("/usr/bin/gcc");
  });

  it("marks the builder's base image as also in the final image when both start from it", () => {
    const [build] = leftBehind(pythonSameBase);
    const shared = build!.groups.filter((g) => g.alsoInFinal);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.label).toMatch(/^Base image python:3\.12-slim/);
  });

  it("still counts files a later step deleted, since their layer keeps them", () => {
    const [build] = leftBehind(pythonSameBase);
    const hidden = build!.groups.find((g) => g.label.startsWith("Deleted or replaced"));
    expect(hidden?.bytes).toBeGreaterThan(0);
    const grouped = build!.groups.reduce((sum, g) => sum + g.bytes, 0);
    expect(grouped + build!.shippedBytes).toBe(build!.totalBytes);
  });

  it("is empty for a single-stage build", () => {
    expect(leftBehind(analyze('FROM alpine:3.20\nCMD ["sh"]\n'))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";

const configOf = (dockerfile: string, options: Parameters<typeof analyze>[1] = {}) => {
  const simulation = analyze(dockerfile, options).simulation;
  const target = simulation.image?.target;
  const stage = simulation.stages.find((s) => s.stage === target);
  if (!stage) throw new Error("no target stage");
  return stage.config;
};

describe("image config", () => {
  it("starts from the base image's config", () => {
    const config = configOf("FROM golang:1.26-bookworm\n");
    expect(config.workdir).toBe("/go");
    expect(config.env.GOPATH).toBe("/go");
    expect(config.cmd).toEqual(["bash"]);
  });
  it("expands ENV with the base image's variables, so $PATH extends the image's PATH", () => {
    const config = configOf("FROM golang:1.26-bookworm\nENV PATH=/app/bin:$PATH GOBIN=$GOPATH/bin\n");
    expect(config.env.PATH).toBe(
      "/app/bin:/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
    );
    expect(config.env.GOBIN).toBe("/go/bin");
  });
  it("does not persist ARG, but uses it, with --build-arg, to expand words", () => {
    const config = configOf("FROM alpine:3.21\nARG DIR=/srv\nWORKDIR $DIR/app\n", {
      buildArgs: { DIR: "/opt" },
    });
    expect(config.workdir).toBe("/opt/app");
    expect(config.env.DIR).toBeUndefined();
  });
  it("resolves a relative WORKDIR against the previous one", () => {
    expect(configOf("FROM alpine:3.21\nWORKDIR /a\nWORKDIR b/../c\n").workdir).toBe("/a/c");
  });
  it("creates a missing WORKDIR owned by the USER in effect, as BuildKit does", () => {
    const stage = analyze("FROM alpine:3.21\nUSER nobody\nWORKDIR /data\n").simulation.stages[0];
    expect(stage?.files.find((f) => f.path === "/data")).toMatchObject({
      type: "dir",
      uid: 65534,
      gid: 65534,
    });
  });
  it("resets an inherited CMD when ENTRYPOINT is set, as Docker does", () => {
    const config = configOf('FROM python:3.12-slim\nENTRYPOINT ["gunicorn"]\n');
    expect(config.entrypoint).toEqual(["gunicorn"]);
    expect(config.cmd).toBeNull();
  });
  it("keeps a CMD set earlier in the same stage when ENTRYPOINT follows", () => {
    const config = configOf('FROM alpine:3.21\nCMD ["--help"]\nENTRYPOINT ["/app"]\n');
    expect(config).toMatchObject({ cmd: ["--help"], entrypoint: ["/app"], cmdLine: 2, entrypointLine: 3 });
  });
  it("runs shell-form CMD through the SHELL in effect", () => {
    const config = configOf('FROM alpine:3.21\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD echo hi\n');
    expect(config.cmd).toEqual(["/bin/ash", "-eo", "pipefail", "-c", "echo hi"]);
    expect(config.cmdShellForm).toBe(true);
  });
  it("records USER, EXPOSE, LABEL, VOLUME, STOPSIGNAL and HEALTHCHECK", () => {
    const config = configOf(
      'FROM alpine:3.21\nUSER 1000:1000\nEXPOSE 8080 53/UDP\nLABEL org.opencontainers.image.title="My app"\nVOLUME ["/data"]\nSTOPSIGNAL SIGTERM\nHEALTHCHECK --interval=5s CMD wget -q -O- http://localhost:8080/ || exit 1\n',
    );
    expect(config).toMatchObject({
      user: "1000:1000",
      userLine: 2,
      exposedPorts: ["8080/tcp", "53/udp"],
      labels: { "org.opencontainers.image.title": "My app" },
      volumes: ["/data"],
      stopSignal: "SIGTERM",
      healthcheck: {
        test: ["/bin/sh", "-c", "wget -q -O- http://localhost:8080/ || exit 1"],
        shellForm: true,
        line: 7,
      },
    });
  });
  it("is inherited by FROM <stage>, with the lines reset", () => {
    const config = configOf(
      'FROM alpine:3.21 AS base\nENV MODE=prod\nCMD ["/app"]\nFROM base\nUSER nobody\n',
    );
    expect(config).toMatchObject({ env: { MODE: "prod" }, cmd: ["/app"], cmdLine: null, userLine: 5 });
  });
  it("is not inherited through COPY --from", () => {
    const config = configOf(
      "FROM alpine:3.21 AS build\nENV MODE=prod\nFROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\n",
    );
    expect(config.env).toEqual({});
  });
});

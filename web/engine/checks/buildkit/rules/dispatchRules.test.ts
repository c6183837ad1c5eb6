import { describe, expect, it } from "vitest";
import { checkLines } from "../checkLines";

describe("JSONArgsRecommended", () => {
  it("warns at shell-form CMD and ENTRYPOINT", () => {
    expect(checkLines("\nFROM scratch\nCMD mycommand\n")).toEqual([
      "JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)",
    ]);
    expect(checkLines("\nFROM scratch\nENTRYPOINT mycommand\n")).toEqual([
      "JSONArgsRecommended: JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals (line 3)",
    ]);
  });
  it("accepts the exec form", () => {
    expect(checkLines('FROM scratch\nCMD ["mycommand"]\n')).toEqual([]);
  });
  it("accepts the shell form when SHELL is set, also in the stage it is built on", () => {
    expect(checkLines('\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n')).toEqual([]);
    expect(
      checkLines(
        '\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n',
      ),
    ).toEqual([]);
  });
});

describe("WorkdirRelativePath", () => {
  it("warns at a relative first WORKDIR", () => {
    expect(checkLines("\nFROM scratch\nWORKDIR app/\n")).toEqual([
      'WorkdirRelativePath: Relative workdir "app/" can have unexpected results if the base image changes (line 3)',
    ]);
  });
  it("accepts a relative WORKDIR after an absolute one in the stage it is built on", () => {
    expect(checkLines("\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n")).toEqual([]);
  });
  it("reports the path after variable expansion", () => {
    expect(checkLines("FROM scratch\nARG DIR=src\nWORKDIR $DIR\n")).toEqual([
      'WorkdirRelativePath: Relative workdir "src" can have unexpected results if the base image changes (line 3)',
    ]);
  });
});

describe("UndefinedVar", () => {
  it("accepts an ARG declared without a value and one inherited from the stage built on", () => {
    expect(checkLines("\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n")).toEqual([]);
    expect(checkLines("\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n")).toEqual([]);
  });
  it("never looks into RUN, CMD or ENTRYPOINT command text", () => {
    expect(checkLines("\nFROM alpine\nRUN echo $PATH $nothing\n")).toEqual([]);
    expect(checkLines('FROM alpine\nCMD ["sh", "-c", "echo $nothing"]\n')).toEqual([]);
  });
  it("warns at a use before the ARG that defines it", () => {
    expect(checkLines("\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$foo' (line 3)",
    ]);
  });
  it("suggests the closest defined name", () => {
    const source =
      "\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n";
    expect(checkLines(source)).toEqual([
      "UndefinedVar: Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?) (line 6)",
    ]);
    expect(checkLines("\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$PAHT' (did you mean $PATH?) (line 3)",
    ]);
  });
  it("fires inside ${V:-default} and in ARG defaults", () => {
    expect(checkLines("FROM alpine\nWORKDIR ${APP_DIR:-/app}\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$APP_DIR' (line 2)",
    ]);
    expect(checkLines("FROM alpine AS base\nARG VERSION=$foo\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$foo' (line 2)",
    ]);
  });
  it("stays quiet on an image outside the catalog, whose ENV may define the name", () => {
    expect(checkLines("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER $APP_UID\n")).toEqual([]);
    expect(checkLines('FROM php:8.3-apache\nRUN true\nCOPY php.ini "$PHP_INI_DIR/php.ini"\n')).toEqual([]);
    // A stage built on such a stage is quiet too; a catalog image still warns.
    expect(checkLines("FROM php:8.3-apache AS base\nFROM base\nWORKDIR $PHP_INI_DIR\n")).toEqual([]);
    expect(checkLines("FROM alpine:3.21\nWORKDIR $PHP_INI_DIR\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$PHP_INI_DIR' (line 2)",
      'WorkdirRelativePath: Relative workdir "" can have unexpected results if the base image changes (line 2)',
    ]);
  });
  it("knows the variables a catalog base image defines, and PATH on any image", () => {
    expect(
      checkLines("FROM python:3.12-slim AS base\nARG VERSION=$PYTHON_VERSION\nENV PATH=/venv/bin:$PATH\n"),
    ).toEqual([]);
    expect(checkLines("FROM golang:1.23\nWORKDIR $GOPATH/src/app\n")).toEqual([]);
    expect(checkLines("FROM scratch\nENV PATH=/bin:$PATH\n")).toEqual([]);
    expect(checkLines("FROM alpine:3.20\nARG VERSION=$PYTHON_VERSION\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$PYTHON_VERSION' (line 2)",
    ]);
  });
  it("accepts automatic platform ARGs declared in the stage, and flags them when not declared", () => {
    expect(checkLines("FROM alpine\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\n")).toEqual([]);
    expect(checkLines("FROM alpine\nCOPY bin/$TARGETARCH/app /app\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$TARGETARCH' (line 2)",
    ]);
  });
  it("does not look at EXPOSE, which BuildKit expands without reporting unmatched names", () => {
    expect(checkLines("FROM alpine\nEXPOSE $PORT\n")).toEqual([]);
  });
  it("accepts a declared proxy ARG without a value", () => {
    expect(checkLines("FROM alpine\nARG HTTP_PROXY\nLABEL proxy=$HTTP_PROXY\n")).toEqual([]);
  });
  it("only checks the stages the build runs", () => {
    const source = "\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n";
    expect(checkLines(source)).toEqual(["UndefinedVar: Usage of undefined variable '$bar' (line 6)"]);
    expect(checkLines(source, { target: "first" })).toEqual([
      "UndefinedVar: Usage of undefined variable '$foo' (line 3)",
    ]);
  });
});

describe("MultipleInstructionsDisallowed", () => {
  const warning = (name: string, line: number) =>
    `MultipleInstructionsDisallowed: Multiple ${name} instructions should not be used in the same stage because only the last one will be used (line ${line})`;
  it("warns at the earlier of two CMD, ENTRYPOINT or HEALTHCHECK in a stage", () => {
    const source =
      '\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n';
    expect(checkLines(source)).toEqual([
      warning("ENTRYPOINT", 3),
      warning("CMD", 5),
      warning("HEALTHCHECK", 7),
    ]);
  });
  it("still warns when other instructions come between", () => {
    const source =
      '\nFROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n';
    expect(checkLines(source)).toEqual([
      warning("ENTRYPOINT", 3),
      warning("CMD", 4),
      warning("HEALTHCHECK", 5),
    ]);
  });
  it("accepts one of each per stage, even when a later stage builds on it", () => {
    const source =
      '\nFROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n';
    expect(checkLines(source)).toEqual([]);
  });
});

describe("LegacyKeyValueFormat", () => {
  it("warns at ENV and LABEL with a space separator", () => {
    expect(checkLines("\nFROM scratch\nENV testkey value\nLABEL key value\n")).toEqual([
      'LegacyKeyValueFormat: "ENV key=value" should be used instead of legacy "ENV key value" format (line 3)',
      'LegacyKeyValueFormat: "LABEL key=value" should be used instead of legacy "LABEL key value" format (line 4)',
    ]);
  });
  it("accepts key=value", () => {
    expect(checkLines("\nFROM scratch\nENV testkey=value\nLABEL key=value\n")).toEqual([]);
  });
  it("says nothing about a stage the target does not build", () => {
    expect(
      checkLines("\nFROM scratch AS a\n\nFROM a AS b\nENV testkey value\nLABEL key value\n\nFROM a AS c\n"),
    ).toEqual([]);
  });
});

describe("SecretsUsedInArgOrEnv", () => {
  const warning = (kind: string, key: string, line: number) =>
    `SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data (${kind} "${key}") (line ${line})`;
  it("warns at ARG and ENV names with a secret-like word, and not at public, file or version ones", () => {
    const source = `# check=skip=InvalidDefinitionDescription

FROM scratch
ARG SECRET_PASSPHRASE
ENV SUPER_Secret=foo
ENV password=bar secret=baz
ARG super_duper_secret_token=foo auth=bar
ENV apikey=bar sunflower=foo
ENV git_key=
ENV PUBLIC_KEY=
ARG public_token
ARG SECRET_PASSPHRASE_FILE
ENV password_file=bar secret_File=baz
ARG AUTH_MODULE_VERSION
# check=skip=SecretsUsedInArgOrEnv // allow secret in environment
ENV password=bar
# check=skip=SecretsUsedInArgOrEnv // allow secret in arg
ARG password
# check=skip=all // is local to only this instruction
ENV alternate_password=bar
# check=skip=all // is local to only this instruction
ARG alternate_password
`;
    expect(checkLines(source)).toEqual([
      warning("ARG", "SECRET_PASSPHRASE", 4),
      warning("ENV", "SUPER_Secret", 5),
      warning("ENV", "password", 6),
      warning("ENV", "secret", 6),
      warning("ARG", "super_duper_secret_token", 7),
      warning("ARG", "auth", 7),
      warning("ENV", "apikey", 8),
      warning("ENV", "git_key", 9),
    ]);
  });
  it("leaves meta ARGs alone", () => {
    expect(checkLines("ARG GITHUB_TOKEN\nFROM scratch\n")).toEqual([]);
  });
});

describe("ExposeProtoCasing", () => {
  it("warns at each port with an uppercase protocol", () => {
    expect(checkLines("\nFROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n")).toEqual([
      "ExposeProtoCasing: Defined protocol '80/TcP' in EXPOSE instruction should be lowercase (line 3)",
      "ExposeProtoCasing: Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase (line 3)",
    ]);
  });
  it("accepts lowercase protocols", () => {
    expect(checkLines("FROM scratch\nEXPOSE 80/tcp 53/udp 8080\n")).toEqual([]);
  });
});

describe("ExposeInvalidFormat", () => {
  it("warns at each port with an IP address or a host port", () => {
    expect(checkLines("\nFROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n")).toEqual([
      "ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80' (line 3)",
      "ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port mapping, found '[::1]:8080:8080' (line 3)",
      "ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port mapping, found '5000:5000' (line 3)",
    ]);
  });
  it("accepts container ports and ranges", () => {
    expect(checkLines("FROM scratch\nEXPOSE 8000 9000-9010/udp\n")).toEqual([]);
  });
});

describe("ONBUILD triggers of an earlier stage", () => {
  it("run first in the stage built on it: their ENV is in scope", () => {
    expect(checkLines("FROM alpine AS base\nONBUILD ENV APP=/srv\n\nFROM base\nWORKDIR $APP\n")).toEqual([]);
  });
  it("are checked as if written at that stage's FROM", () => {
    expect(checkLines("FROM alpine AS base\nONBUILD COPY $SRC /app\n\nFROM base\nRUN true\n")).toEqual([
      "UndefinedVar: Usage of undefined variable '$SRC' (line 4)",
    ]);
    expect(checkLines('FROM alpine AS base\nONBUILD CMD run\n\nFROM base\nCMD ["run"]\n')).toEqual([
      "JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 4)",
      "MultipleInstructionsDisallowed: Multiple CMD instructions should not be used in the same stage because only the last one will be used (line 4)",
    ]);
  });
  it("run in a stage that has no instructions of its own", () => {
    expect(checkLines("FROM alpine AS base\nONBUILD WORKDIR app\n\nFROM base\n")).toEqual([
      'WorkdirRelativePath: Relative workdir "app" can have unexpected results if the base image changes (line 4)',
    ]);
  });
  it("are not checked in the stage that declares them", () => {
    expect(checkLines("FROM alpine\nONBUILD COPY $SRC /app\n")).toEqual([]);
  });
});

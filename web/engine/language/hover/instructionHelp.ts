// What each instruction does, in our own words, for someone learning multistage builds: the part
// that surprises people in a file with several stages comes first, not the full reference.
import type { Keyword } from "../../parse/types";

export interface Help {
  /** A few words after the bold name in the heading line. */
  about: string;
  /** Two to four sentences. */
  body: string;
  /** The section of docs.docker.com's Dockerfile reference. */
  anchor: string;
}

export const INSTRUCTION_HELP: Record<Keyword, Help> = {
  ADD: {
    about: "copy files, URLs or archives into the image",
    body:
      "Like COPY, ADD copies files from the build context into a new layer, but it can also download a URL or a Git " +
      "repository, and it unpacks local tar archives. That extra behaviour makes a line harder to read, so use COPY " +
      "for plain files and ADD when you want the download or the unpacking. ADD has no `--from`: to take files from " +
      "another stage, use `COPY --from`.",
    anchor: "add",
  },
  ARG: {
    about: "declare a build argument",
    body:
      "`ARG NAME=default` declares a variable the following lines can read while building, and that " +
      "`docker build --build-arg NAME=value` can override. Where it is written decides who sees it: an ARG before the " +
      "first FROM is seen only by FROM lines, and a stage reads it only after declaring `ARG NAME` again inside the " +
      "stage. ARG values are gone when the container runs (that is what ENV is for) and are recorded in the image's " +
      "history, so never pass a secret with one.",
    anchor: "arg",
  },
  CMD: {
    about: "the container's default command",
    body:
      "CMD sets what `docker run` starts when no command is given; the last one in the stage you build wins. In exec " +
      'form, `CMD ["/app", "--port", "8080"]`, Docker starts the program itself. In shell form it runs through ' +
      "`/bin/sh -c`, which fails on an image without a shell (scratch, distroless) and can keep stop signals from " +
      "reaching your program. With an ENTRYPOINT, CMD only gives its default arguments.",
    anchor: "cmd",
  },
  COPY: {
    about: "copy files into the image",
    body:
      "COPY copies files from the build context, or with `--from` from another stage or image, to a path in the " +
      "image, as a new layer. Its cache key is a checksum of the files it copies, so copy what rarely changes (a " +
      "lockfile) before what changes all day (the source). Between stages it is the only way files travel, and only " +
      "the paths you name cross.",
    anchor: "copy",
  },
  ENTRYPOINT: {
    about: "the program the container always runs",
    body:
      "ENTRYPOINT sets the program `docker run` starts; CMD, or the arguments given to `docker run`, are passed to it. " +
      'Write it in exec form (`ENTRYPOINT ["/app"]`): in shell form it runs through `/bin/sh -c`, which the image ' +
      "must have, and CMD and the run arguments are ignored. Like CMD, it comes from the stage you build: one set in a " +
      "builder stage never reaches a final stage that only copies from it.",
    anchor: "entrypoint",
  },
  ENV: {
    about: "set an environment variable",
    body:
      "`ENV NAME=value` sets a variable for the rest of the stage's build steps and for the running container: it is " +
      "stored in the image. It does not carry to the next stage: `COPY --from` takes files only, so a stage that needs " +
      "the variable sets it again (only `FROM <stage>` inherits it). A variable the program reads at run time belongs " +
      "in the final stage.",
    anchor: "env",
  },
  EXPOSE: {
    about: "document a port the program listens on",
    body:
      "EXPOSE records in the image which ports the program listens on, for people and tools to read. It publishes " +
      "nothing: `docker run -p 8080:8080` still decides what is reachable. It changes only the image's settings and " +
      "adds no layer.",
    anchor: "expose",
  },
  FROM: {
    about: "start a stage",
    body:
      "FROM starts a new stage with a fresh filesystem: an image's, the empty `scratch`, or that of an earlier " +
      "stage named with `AS`. Stages are separate: files reach another stage only through `COPY --from`, and " +
      "only `FROM <stage>` inherits everything (files, ENV, WORKDIR, USER). The image you get is the last stage, or " +
      "the one `--target` names, and BuildKit builds only the stages it needs.",
    anchor: "from",
  },
  HEALTHCHECK: {
    about: "tell Docker how to check the running container",
    body:
      "`HEALTHCHECK CMD …` runs a command inside the running container at an interval: exit code 0 means healthy, 1 " +
      "unhealthy. It runs in the final image, so it can use only what that image holds; `curl` and `wget` are missing " +
      "from most slim and distroless images. `HEALTHCHECK NONE` turns off a check inherited from the base image.",
    anchor: "healthcheck",
  },
  LABEL: {
    about: "add metadata to the image",
    body:
      "LABEL adds `key=value` pairs to the image's metadata, such as its source repository " +
      "(`org.opencontainers.image.source`) or version. Labels add no layer, and a stage inherits those of its base, " +
      "so labels set in a builder stage are not in a final stage that only copies from it.",
    anchor: "label",
  },
  MAINTAINER: {
    about: "the image's author (deprecated)",
    body:
      "MAINTAINER sets the image's author field and is deprecated: BuildKit warns about it (MaintainerDeprecated). " +
      'Write `LABEL org.opencontainers.image.authors="name"` instead.',
    anchor: "maintainer-deprecated",
  },
  ONBUILD: {
    about: "an instruction for the builds that start from this one",
    body:
      "ONBUILD stores an instruction that runs later, when another build or stage starts FROM this image or stage. " +
      "A stage built `FROM` a stage with ONBUILD runs its triggers first, right after its FROM; they are not passed " +
      "on to the stage after that. They run out of sight of the lines that use them, which makes a build harder to " +
      "follow.",
    anchor: "onbuild",
  },
  RUN: {
    about: "run a command while building",
    body:
      "RUN runs a command in the stage's filesystem and stores everything it changed as a new layer. A layer keeps " +
      "what is on disk when the RUN ends: a file deleted by a later RUN still weighs in the image, so clean up in the " +
      "same RUN. It is cached on its text alone: it runs again only when its line, or a step above it, changes.",
    anchor: "run",
  },
  SHELL: {
    about: "change the shell of shell-form instructions",
    body:
      'SHELL, as in `SHELL ["/bin/bash", "-c"]`, sets the program that runs RUN, CMD and ENTRYPOINT written in shell ' +
      "form, from this line on. That shell must exist in the image. It is stored in the image, so stages built FROM this one " +
      'inherit it; `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` makes a failing command in a pipe fail the step.',
    anchor: "shell",
  },
  STOPSIGNAL: {
    about: "the signal that stops the container",
    body:
      "STOPSIGNAL sets the signal `docker stop` sends to the container's main process (SIGTERM by default); after a " +
      "grace period Docker sends SIGKILL. Your program receives it only if it is that main process: a shell-form CMD " +
      "can put `/bin/sh` in between.",
    anchor: "stopsignal",
  },
  USER: {
    about: "the user later steps and the container run as",
    body:
      "USER sets the user (and optionally the group) for the RUN, CMD and ENTRYPOINT that follow, and for the running " +
      "container. A name must be in the image's /etc/passwd, which scratch and some minimal images do not have; a " +
      "numeric id such as `USER 65532:65532` needs no lookup. Each stage has its own: the USER of a builder stage does " +
      "not reach a final stage that only copies from it.",
    anchor: "user",
  },
  VOLUME: {
    about: "mark a directory as a volume",
    body:
      "`VOLUME /data` tells Docker to mount a volume at that path when the container runs, so the data lives outside " +
      "the container. With the legacy builder, what later steps write under that path is thrown away (BuildKit keeps " +
      "it), so declare the volume after the directory is filled. It is stored in the image and inherited by stages " +
      "built FROM it.",
    anchor: "volume",
  },
  WORKDIR: {
    about: "set the working directory",
    body:
      "WORKDIR sets the directory later RUN, COPY, ADD, CMD and ENTRYPOINT work in, and creates it if needed. It only " +
      "changes where commands run: `pip install` and `npm install -g` still put packages in their own directories, so " +
      "`COPY --from=build /app` takes only what is under /app. A stage starts with its base's working directory; " +
      "another stage's WORKDIR is inherited only through `FROM <stage>`.",
    anchor: "workdir",
  },
};

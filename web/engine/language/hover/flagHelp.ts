// What each flag BuildKit takes does (parse/flags.ts lists them), and the `--mount` types, in our own
// words. Keyed `KEYWORD --flag`, the topic a hover reports.
import type { Help } from "./instructionHelp";

const HEALTHCHECK_TIMING =
  "It takes a duration such as `30s` or `1m30s`, and applies to the image's HEALTHCHECK, which the container runs " +
  "while it is up.";

function chown(keyword: string): Help {
  return {
    about: "set the owner of the copied files",
    body:
      `\`${keyword} --chown=user:group\` gives the files to that user as they are written, instead of root. It costs ` +
      "nothing extra, unlike a later `RUN chown -R`, which stores every file again in a new layer. Names are looked up " +
      "in the stage's /etc/passwd and /etc/group; on an image without them, such as scratch, write numbers (`65532:65532`).",
    anchor: "copy---chown",
  };
}

function chmod(keyword: string): Help {
  return {
    about: "set the permissions of the copied files",
    body:
      `\`${keyword} --chmod=755\` sets the mode of the files as they are written, so a script is executable without a ` +
      "`RUN chmod` afterwards, which would store the file a second time in a new layer.",
    anchor: "copy---chmod",
  };
}

function link(keyword: string): Help {
  return {
    about: "copy into a layer of its own",
    body:
      `With \`${keyword} --link\`, the files become a layer that does not depend on the layers below it: when an ` +
      "earlier line changes, the copy can come from the cache, and the image can be rebased onto a new base without " +
      "redoing it. The copy then cannot look at what the destination already holds, such as a symlink in the path.",
    anchor: "copy---link",
  };
}

function exclude(keyword: string): Help {
  return {
    about: "leave matching files out of the copy",
    body:
      `\`${keyword} --exclude=*.md\` leaves the paths that match the pattern out of this one copy; repeat the flag for ` +
      "several patterns. To keep files out of the build context for every instruction, list them in .dockerignore. " +
      "It needs Dockerfile syntax 1.19 or later.",
    anchor: "copy---exclude",
  };
}

export const FLAG_HELP: Readonly<Record<string, Help>> = {
  "FROM --platform": {
    about: "the platform of the stage's base image",
    body:
      "Without the flag, every stage uses the target platform (`docker build --platform`). " +
      "`FROM --platform=$BUILDPLATFORM` runs a stage on the build machine's own platform instead, the usual way to " +
      "cross-compile: the builder runs natively and builds a binary for `$TARGETPLATFORM`, and the final stage, on the " +
      "target platform, copies it.",
    anchor: "from",
  },
  "COPY --from": {
    about: "copy from another stage or image",
    body:
      "`COPY --from=<stage>` copies files out of an earlier stage's finished filesystem instead of the build context: " +
      "a name or a number (0 is the first FROM) picks the stage, and anything else is read as an image. Only the " +
      "paths you name cross: packages a package manager installed elsewhere (site-packages, a global `node_modules`), " +
      "ENV, WORKDIR and USER stay behind. Source paths start at that stage's root, not at its WORKDIR.",
    anchor: "copy---from",
  },
  "COPY --chown": chown("COPY"),
  "COPY --chmod": chmod("COPY"),
  "COPY --link": link("COPY"),
  "COPY --parents": {
    about: "keep the sources' parent directories",
    body:
      "`COPY --parents ./x/a.txt /dst/` writes /dst/x/a.txt instead of /dst/a.txt: the directories above each source " +
      "are kept. It needs Dockerfile syntax 1.20 or later.",
    anchor: "copy---parents",
  },
  "COPY --exclude": exclude("COPY"),
  "ADD --chown": chown("ADD"),
  "ADD --chmod": chmod("ADD"),
  "ADD --link": link("ADD"),
  "ADD --exclude": exclude("ADD"),
  "ADD --keep-git-dir": {
    about: "keep .git when adding a Git repository",
    body:
      "When ADD fetches a Git repository it leaves out the .git directory; `--keep-git-dir=true` keeps it, for a build " +
      "that reads the history (such as `git describe`).",
    anchor: "add---keep-git-dir",
  },
  "ADD --checksum": {
    about: "verify what ADD downloads",
    body:
      "`ADD --checksum=sha256:…` checks a URL's download against its SHA-256 digest (for a Git source, the commit), " +
      "and the build fails when they differ. A file changed on the server then cannot slip into the image unnoticed.",
    anchor: "add---checksum",
  },
  "ADD --unpack": {
    about: "whether ADD unpacks a tar archive",
    body:
      "ADD unpacks a local tar archive and stores a downloaded one as it is; `--unpack=true` or `--unpack=false` " +
      "overrides that. Unpacked by ADD, the archive itself never lands in a layer.",
    anchor: "add---unpack",
  },
  "RUN --mount": {
    about: "lend files to this one RUN",
    body:
      "`--mount` gives this RUN a directory or file that is not part of its layer. `type=cache` keeps a tool's " +
      "download cache between builds, `type=bind` shows the context's or another stage's files (`from=`), and " +
      "`type=secret` and `type=ssh` pass credentials without storing them. Never mount over what the image needs at " +
      "run time: what the RUN writes under a mount is not in the image.",
    anchor: "run---mount",
  },
  "RUN --network": {
    about: "the network the command gets",
    body:
      "`--network=none` runs the command with no network, which proves a step uses only what earlier steps " +
      "downloaded; `default` is the usual sandboxed network; `host` uses the build machine's network and needs the " +
      "builder's `network.host` entitlement.",
    anchor: "run---network",
  },
  "RUN --security": {
    about: "run the command outside the sandbox",
    body:
      "`--security=insecure` runs the command without the build sandbox, like `docker run --privileged`, and the " +
      "builder must allow the `security.insecure` entitlement. `sandbox`, the default, changes nothing.",
    anchor: "run---security",
  },
  "RUN --device": {
    about: "give the command a device",
    body:
      "`--device=name` makes a CDI device, such as a GPU, available to this RUN. It needs the labs syntax " +
      "(`# syntax=docker/dockerfile:1-labs`) and the builder's `device` entitlement.",
    anchor: "run---device",
  },
  "HEALTHCHECK --interval": {
    about: "time between two checks",
    body: `How long Docker waits between two runs of the check (30s by default). ${HEALTHCHECK_TIMING}`,
    anchor: "healthcheck",
  },
  "HEALTHCHECK --timeout": {
    about: "how long one check may take",
    body: `A check that runs longer than this counts as failed (30s by default). ${HEALTHCHECK_TIMING}`,
    anchor: "healthcheck",
  },
  "HEALTHCHECK --start-period": {
    about: "time the program gets to start",
    body:
      "Failures during this first period do not count towards `--retries` (0s by default), for programs that take a " +
      `while to start; a success ends it early. ${HEALTHCHECK_TIMING}`,
    anchor: "healthcheck",
  },
  "HEALTHCHECK --start-interval": {
    about: "time between checks while the program starts",
    body:
      "How often the check runs during the start period (5s by default), so a container is reported healthy soon " +
      `after it is ready. It needs Docker Engine 25 or later. ${HEALTHCHECK_TIMING}`,
    anchor: "healthcheck",
  },
  "HEALTHCHECK --retries": {
    about: "failures before the container is unhealthy",
    body:
      "How many checks in a row must fail before Docker marks the container unhealthy (3 by default). It applies to " +
      "the image's HEALTHCHECK, which the container runs while it is up.",
    anchor: "healthcheck",
  },
};

/** The `type=` values of `RUN --mount`; a mount without one is a bind mount. */
export const MOUNT_TYPE_HELP: Readonly<Record<string, Help>> = {
  cache: {
    about: "a cache that outlives the build",
    body:
      "`type=cache` mounts a directory the builder keeps from one build to the next, for download and compiler caches " +
      "(`target=/root/.npm`, `/root/.cache/pip`, `/go/pkg/mod`). What the RUN writes there is not in the image: mount " +
      "the tool's cache, never the folder the app needs at run time (`node_modules`, a venv). A fresh builder or CI " +
      "runner starts with it empty, so nothing may depend on it.",
    anchor: "run---mounttypecache",
  },
  bind: {
    about: "show files to this one RUN",
    body:
      "`type=bind`, the default type, shows files of the build context, or with `from=` of another stage or image, at " +
      "`target` during this RUN, read-only unless you add `rw`. Nothing under it lands in the layer, so a stage can " +
      "install from a builder's output (wheels, packages) without storing it; what the RUN writes there is thrown away.",
    anchor: "run---mounttypebind",
  },
  secret: {
    about: "lend a secret to this one RUN",
    body:
      "`type=secret,id=…` shows a secret given with `docker build --secret` at `/run/secrets/<id>` (or at `target`), or " +
      "as an environment variable with `env=`. It is written to no layer, and neither the image's history nor its " +
      "config holds it, unlike an ARG or ENV that carries a token.",
    anchor: "run---mounttypesecret",
  },
  ssh: {
    about: "use your SSH agent in this one RUN",
    body:
      "`type=ssh` forwards the SSH agent given with `docker build --ssh default` to this RUN, so `git clone` of a " +
      "private repository works with no key copied into the image: the key stays in your agent.",
    anchor: "run---mounttypessh",
  },
  tmpfs: {
    about: "an empty directory in memory",
    body:
      "`type=tmpfs` mounts an empty in-memory directory at `target` for this RUN; what the command writes there is " +
      "gone when the RUN ends and never reaches the layer.",
    anchor: "run---mounttypetmpfs",
  },
};

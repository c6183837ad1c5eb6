// Every instruction as a snippet for the start of a line, most used first.
import type { CompletionItem, Range } from "../types";
import { completionItem, sortKey } from "./completionItem";

interface InstructionSnippet {
  label: string;
  keyword: string;
  snippet: string;
  documentation: string;
}

const SNIPPETS: readonly InstructionSnippet[] = [
  {
    label: "FROM",
    keyword: "FROM",
    snippet: "FROM ${1:image} AS ${2:name}",
    documentation: "Starts a new stage from an image or an earlier stage; `AS` names it for `COPY --from`.",
  },
  {
    label: "FROM --platform",
    keyword: "FROM",
    snippet: "FROM --platform=${1:\\$BUILDPLATFORM} ${2:image} AS ${3:name}",
    documentation:
      "Starts a stage on a chosen platform; `$BUILDPLATFORM` runs build tools natively when cross-building.",
  },
  {
    label: "RUN",
    keyword: "RUN",
    snippet: "RUN ${1:command}",
    documentation: "Runs a command in the stage and keeps the files it changes as a new layer.",
  },
  {
    label: "RUN --mount=type=cache",
    keyword: "RUN",
    snippet: "RUN --mount=type=cache,target=${1:/root/.cache} ${2:command}",
    documentation:
      "Runs a command with a cache directory that survives between builds and never ends up in the image.",
  },
  {
    label: "RUN --mount=type=secret",
    keyword: "RUN",
    snippet: "RUN --mount=type=secret,id=${1:token} ${2:command}",
    documentation: "Runs a command that can read a secret under /run/secrets without storing it in a layer.",
  },
  {
    label: "RUN --mount=type=bind",
    keyword: "RUN",
    snippet: "RUN --mount=type=bind,from=${1:stage},source=${2:/path},target=${3:/mnt} ${4:command}",
    documentation: "Runs a command that can read another stage's files without copying them into this one.",
  },
  {
    label: "COPY",
    keyword: "COPY",
    snippet: "COPY ${1:source} ${2:destination}",
    documentation: "Copies files from the build context into the stage.",
  },
  {
    label: "COPY --from",
    keyword: "COPY",
    snippet: "COPY --from=${1:stage} ${2:source} ${3:destination}",
    documentation:
      "Copies files out of an earlier stage or an image: the way a final stage takes only what it needs.",
  },
  {
    label: "WORKDIR",
    keyword: "WORKDIR",
    snippet: "WORKDIR ${1:/app}",
    documentation: "Sets the directory later instructions and the container start in, creating it if needed.",
  },
  {
    label: "ENV",
    keyword: "ENV",
    snippet: "ENV ${1:NAME}=${2:value}",
    documentation: "Sets an environment variable for later instructions and for the running container.",
  },
  {
    label: "ARG",
    keyword: "ARG",
    snippet: "ARG ${1:NAME}=${2:default}",
    documentation:
      "Declares a build argument that `--build-arg` can set; it exists only while building, in this stage.",
  },
  {
    label: "CMD",
    keyword: "CMD",
    snippet: 'CMD ["${1:executable}"]',
    documentation: "Sets the default command the container runs; `docker run` arguments replace it.",
  },
  {
    label: "ENTRYPOINT",
    keyword: "ENTRYPOINT",
    snippet: 'ENTRYPOINT ["${1:executable}"]',
    documentation: "Sets the program the container always runs; CMD then supplies its default arguments.",
  },
  {
    label: "EXPOSE",
    keyword: "EXPOSE",
    snippet: "EXPOSE ${1:8080}",
    documentation: "Records which port the app listens on; it documents the port but does not publish it.",
  },
  {
    label: "USER",
    keyword: "USER",
    snippet: "USER ${1:user}",
    documentation: "Sets the user that later RUN instructions and the container run as.",
  },
  {
    label: "ADD",
    keyword: "ADD",
    snippet: "ADD ${1:source} ${2:destination}",
    documentation: "Like COPY, but also fetches URLs and Git repositories and unpacks local tar archives.",
  },
  {
    label: "LABEL",
    keyword: "LABEL",
    snippet: 'LABEL ${1:key}="${2:value}"',
    documentation: "Adds metadata to the image, such as its source repository or version.",
  },
  {
    label: "HEALTHCHECK",
    keyword: "HEALTHCHECK",
    snippet: "HEALTHCHECK --interval=${1:30s} CMD ${2:command}",
    documentation: "Tells Docker how to check that the running container still works.",
  },
  {
    label: "SHELL",
    keyword: "SHELL",
    snippet: 'SHELL ["${1:/bin/bash}", "${2:-c}"]',
    documentation: "Changes the shell that shell-form RUN, CMD and ENTRYPOINT use.",
  },
  {
    label: "VOLUME",
    keyword: "VOLUME",
    snippet: "VOLUME ${1:/data}",
    documentation: "Marks a directory where the running container gets a volume, so data there outlives it.",
  },
  {
    label: "STOPSIGNAL",
    keyword: "STOPSIGNAL",
    snippet: "STOPSIGNAL ${1:SIGTERM}",
    documentation: "Sets the signal `docker stop` sends to ask the container to exit.",
  },
  {
    label: "ONBUILD",
    keyword: "ONBUILD",
    snippet: "ONBUILD ${1:instruction}",
    documentation: "Stores an instruction that runs later, in builds that start FROM this image.",
  },
];

/** Instructions BuildKit refuses before the first FROM, and as an ONBUILD trigger. */
const BEFORE_FROM = new Set(["FROM", "ARG"]);
const NOT_TRIGGERS = new Set(["FROM", "ONBUILD"]);

/**
 * The instruction snippets for where a line starts: only FROM and ARG before the first stage,
 * no FROM or ONBUILD after ONBUILD.
 */
export function instructionItems(range: Range, where: "before-from" | "stage" | "onbuild"): CompletionItem[] {
  return SNIPPETS.filter((entry) =>
    where === "before-from"
      ? BEFORE_FROM.has(entry.keyword)
      : where === "onbuild"
        ? !NOT_TRIGGERS.has(entry.keyword)
        : true,
  ).map((entry, index) =>
    completionItem(entry.label, "instruction", range, {
      insertText: entry.snippet,
      snippet: true,
      detail: entry.keyword === entry.label ? "instruction" : `${entry.keyword} instruction`,
      documentation: entry.documentation,
      sortText: sortKey(0, index),
    }),
  );
}

import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import { flagsOf, takesFlag } from "../parse/flags";
import { KEYWORDS } from "../parse/types";
import { resolveBaseImage } from "../simulate/catalog";
import { formatSize } from "../simulate/formatSize";
import { hoverAt } from "./hover";
import { FLAG_HELP, MOUNT_TYPE_HELP } from "./hover/flagHelp";
import { INSTRUCTION_HELP } from "./hover/instructionHelp";

import { hover, markdown } from "./hover/hoverOn";

describe("hover on an instruction keyword", () => {
  // One line per keyword; a hover reads the parse, so the lines need not make a working build.
  const lines = KEYWORDS.map((keyword) =>
    keyword === "FROM" ? "FROM alpine:3.21" : keyword === "ONBUILD" ? "ONBUILD RUN true" : `${keyword} x`,
  );
  const source = `${lines.join("\n")}\n`;
  const analysis = analyze(source);

  it("explains every instruction BuildKit knows, with a heading line and its reference section", () => {
    KEYWORDS.forEach((keyword, index) => {
      const info = hoverAt(analysis, source, { line: index + 1, column: 2 });
      expect(info?.topic, keyword).toBe(keyword);
      expect(info?.range).toEqual({
        start: { line: index + 1, column: 1 },
        end: { line: index + 1, column: keyword.length + 1 },
      });
      const [title, body, link] = markdown(info).split("\n\n");
      expect(title).toMatch(new RegExp(`^\\*\\*${keyword}\\*\\* — \\w`));
      const sentences = (body ?? "").split(/[.:;] (?=[A-Z`])/).length;
      expect(sentences, keyword).toBeGreaterThanOrEqual(2);
      expect(body?.length, keyword).toBeLessThan(600);
      expect(link).toMatch(/^\[.+\]\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#[a-z-]+\)$/);
    });
  });

  it("reads a keyword written in lower case", () => {
    expect(hover("from alpine:3.21\n", "from")?.topic).toBe("FROM");
  });

  it("says what matters across stages", () => {
    expect(markdown(hover("FROM alpine\nENV A=1\n", "ENV"))).toContain("does not carry to the next stage");
    expect(markdown(hover("FROM alpine\nARG A\n", "ARG"))).toContain(
      "before the first FROM is seen only by FROM lines",
    );
    expect(markdown(hover("FROM scratch\nUSER 1\n", "USER"))).toContain("numeric id");
    expect(markdown(hover("FROM alpine\nCMD x\n", "CMD"))).toContain(
      "With an ENTRYPOINT, CMD only gives its default arguments",
    );
  });

  it("explains an ONBUILD trigger's own keyword", () => {
    expect(hover("FROM alpine\nONBUILD COPY . /app\n", "COPY")?.topic).toBe("COPY");
  });

  it("has nothing to say about an unknown instruction", () => {
    expect(hover("FROM alpine\nCOPPY a b\n", "COPPY")).toBeNull();
  });
});

// Every flag parse/flags.ts allows, so that a flag added there needs a text here.
function allowedFlags(): [keyword: string, flag: string][] {
  return KEYWORDS.flatMap((keyword) => flagsOf(keyword).map((flag): [string, string] => [keyword, flag]));
}

describe("hover on a flag", () => {
  it("explains every flag BuildKit allows", () => {
    const flags = allowedFlags();
    expect(flags.length).toBeGreaterThan(20);
    for (const [keyword, flag] of flags) {
      const source =
        keyword === "FROM" ? `FROM --${flag}=x alpine\n` : `FROM alpine\n${keyword} --${flag}=x a b\n`;
      const info = hover(source, `--${flag}`);
      expect(info?.topic, `${keyword} --${flag}`).toBe(`${keyword} --${flag}`);
      expect(markdown(info)).toMatch(new RegExp(`^\\*\\*${keyword} --${flag}\\*\\* — `));
    }
  });

  it("has no text for a flag BuildKit does not take", () => {
    for (const topic of Object.keys(FLAG_HELP)) {
      const [keyword, flag] = topic.split(" --");
      expect(takesFlag(keyword ?? "", flag ?? ""), topic).toBe(true);
    }
  });

  it("keeps angle brackets, asterisks and underscores of its texts inside code spans", () => {
    const texts = [
      ...Object.values(INSTRUCTION_HELP),
      ...Object.values(FLAG_HELP),
      ...Object.values(MOUNT_TYPE_HELP),
    ];
    for (const help of texts)
      expect(`${help.about} ${help.body}`.replace(/`[^`]*`/g, "")).not.toMatch(/[<>*_[\]]/);
  });

  it("says COPY --from copies files, not what a package manager installed elsewhere", () => {
    const text = markdown(hover("FROM alpine AS build\nFROM alpine\nCOPY --from=build /a /a\n", "--from"));
    expect(text.split("\n")[0]).toBe("**COPY --from** — copy from another stage or image");
    expect(text).toContain("site-packages");
    expect(text).toContain("https://docs.docker.com/reference/dockerfile/#copy---from");
  });

  it.each(["cache", "bind", "secret", "ssh", "tmpfs"])("explains a %s mount on its type", (type) => {
    const info = hover(`FROM alpine\nRUN --mount=type=${type},target=/x true\n`, `type=${type}`);
    expect(info?.topic).toBe("RUN --mount");
    expect(markdown(info)).toMatch(new RegExp(`^\\*\\*RUN --mount=type=${type}\\*\\* — `));
    expect(markdown(info)).toContain(`#run---mounttype${type}`);
  });

  it("explains a mount without a type as the bind mount it is", () => {
    expect(markdown(hover("FROM alpine\nRUN --mount=target=/x true\n", "target"))).toMatch(
      /^\*\*RUN --mount=type=bind\*\*/,
    );
  });

  it("warns that a cache mount is not in the image", () => {
    expect(markdown(hover("FROM alpine\nRUN --mount=type=cache,target=/x true\n", "target"))).toContain(
      "never the folder the app needs at run time",
    );
  });
});

const TWO_STAGES = `FROM golang:1.26 AS build
WORKDIR /src
FROM alpine:3.21 AS unused
FROM scratch
COPY --from=build /src /src
`;

describe("hover on a stage reference", () => {
  const buildSize = formatSize(analyze(TWO_STAGES).simulation.stages[0]?.sizeBytes ?? -1);

  it("gives the stage's base, simulated size, line and whether the target builds it", () => {
    const info = hover(TWO_STAGES, "build /src", { into: 0 });
    expect(info?.topic).toBeNull();
    expect(info?.range).toEqual({ start: { line: 5, column: 13 }, end: { line: 5, column: 18 } });
    expect(markdown(info)).toBe(
      [
        "**Stage `build`** — line 1",
        "Base image: `golang:1.26`.",
        `Simulated size: ${buildSize}.`,
        "The target `stage-2` needs it, so the build runs it.",
      ].join("\n\n"),
    );
  });

  it("explains a numeric --from as the stage at that position", () => {
    const text = markdown(hover(TWO_STAGES.replace("--from=build", "--from=0"), "=0", { into: 1 }));
    expect(text).toContain("**Stage `build`** — line 1");
    expect(text).toContain("0 is the first FROM");
  });

  it("finds the stage from its own AS name, and says the target skips it", () => {
    const text = markdown(hover(TWO_STAGES, "unused"));
    expect(text).toContain("**Stage `unused`** — line 3");
    expect(text).toContain("does not need it, so BuildKit skips it");
    expect(text).not.toContain("Simulated size");
  });

  it("finds the stage a FROM line and a mount's from= name", () => {
    const source = "FROM alpine:3.21 AS base\nFROM base\nRUN --mount=from=base,target=/b true\n";
    expect(markdown(hover(source, "base\n", { nth: 0, into: 0 }))).toContain("**Stage `base`**");
    expect(markdown(hover(source, "=base", { into: 1 }))).toContain("**Stage `base`**");
  });

  it("marks the size of a stage on an image the catalog does not know as an estimate", () => {
    const text = markdown(hover("FROM acme/tool:1 AS tool\nFROM scratch\nCOPY --from=tool /t /t\n", "=tool"));
    expect(text).toContain("Simulated size: about 150MB, an estimate.");
  });
});

describe("hover on an image", () => {
  it("gives the catalog's facts and where the figures come from", () => {
    const image = resolveBaseImage("python:3.12-slim").image;
    const text = markdown(hover("FROM python:3.12-slim\n", "python"));
    expect(text.split("\n")[0]).toBe(`**Image \`python:3.12-slim\`** — ${image.title}`);
    expect(text).toContain(`- Size: ${formatSize(image.size.bytes)}\n`);
    expect(text).toContain(`- C library: glibc ${image.libc.version}`);
    expect(text).toContain("- Shell: /bin/sh is dash, with bash");
    expect(text).toContain("- Package manager: apt");
    expect(text).toContain("- Default user: root");
    expect(text).toContain(`- Figures from: docker-library/repo-info (\`${image.size.source.ref}\``);
  });

  it("names the default user of an image that runs as another", () => {
    expect(markdown(hover("FROM gcr.io/distroless/static-debian12:nonroot\n", "gcr"))).toContain(
      "- Default user: nonroot (uid 65532)",
    );
  });

  it("says the catalog does not know an image, and what the simulator assumes instead", () => {
    const text = markdown(hover("FROM acme/tool:1\n", "acme"));
    expect(text).toContain("**Image `acme/tool:1`** — not in Stageplay's catalog");
    expect(text).toContain("about 150MB");
    expect(text).toContain("a guess, not a figure");
    expect(text).not.toContain("- Size:");
  });

  it("explains an image COPY --from reads", () => {
    const text = markdown(
      hover("FROM scratch\nCOPY --from=nginx:alpine /etc/nginx/nginx.conf /n\n", "nginx:"),
    );
    expect(text).toContain("**Image `nginx:alpine`**");
    expect(text).toContain("musl");
    expect(text).toContain("No stage of this file has that name, so BuildKit reads it as an image");
    expect(text).toContain("a path it does not list may still be there");
  });

  it("explains scratch", () => {
    expect(markdown(hover("FROM scratch\n", "scratch"))).toContain("USER needs a numeric id");
  });
});

describe("the cost of a hover", () => {
  it("answers in well under 10 ms on a 20-stage, 300-line file", () => {
    const stages = Array.from({ length: 20 }, (_, i) =>
      [
        i === 0 ? "FROM golang:1.26 AS s0" : `FROM ${i % 2 ? `s${i - 1}` : "alpine:3.21"} AS s${i}`,
        `ARG V${i}=${i}`,
        `ENV E${i}=/e${i}`,
        ...Array.from({ length: 10 }, (_, j) => `RUN echo $V${i} $E${i} ${j}`),
        i > 0 ? `COPY --from=s${i - 1} /e${i - 1} /e${i}` : "WORKDIR /src",
        "WORKDIR $E" + i,
      ].join("\n"),
    );
    const source = `ARG BASE=alpine\n${stages.join("\n")}\n`;
    const analysis = analyze(source);
    expect(source.split("\n").length).toBeGreaterThan(300);
    const lines = source.split("\n");
    const positions = lines.flatMap((text, i) =>
      [1, 6, text.length].map((column) => ({ line: i + 1, column })),
    );
    const started = performance.now();
    for (const position of positions) hoverAt(analysis, source, position);
    const perHover = (performance.now() - started) / positions.length;
    expect(perHover).toBeLessThan(2);
  });
});

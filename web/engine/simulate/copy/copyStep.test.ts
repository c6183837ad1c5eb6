import { describe, expect, it } from "vitest";
import { analyze } from "../../analyze";
import type { ContextFile } from "../types";

const CONTEXT: ContextFile[] = [
  { path: "requirements.txt", sizeBytes: 14, content: "flask==3.0.0\n" },
  { path: "app.py", sizeBytes: 1_000, content: "import flask\n" },
  { path: "src/main.go", sizeBytes: 2_000 },
  { path: "src/util/strings.go", sizeBytes: 500 },
  { path: "src/util/strings_test.go", sizeBytes: 300 },
  { path: "dist/app.tar.gz", sizeBytes: 1_000_000 },
];

function build(dockerfile: string, context: ContextFile[] | null = CONTEXT) {
  const analysis = analyze(dockerfile, context ? { context } : {});
  const stage = analysis.simulation.stages.at(-1);
  const files = new Map((stage?.files ?? []).map((f) => [f.path, f]));
  const errors = analysis.simulation.diagnostics.filter((d) => d.severity === "error");
  return { analysis, stage, files, errors, layer: stage?.layers.at(-1) };
}

const paths = (files: Map<string, unknown>, under: string) =>
  [...files.keys()].filter((p) => p.startsWith(under + "/"));

describe("COPY from the build context", () => {
  it("copies a file to a path, and into a directory when the destination ends with a slash", () => {
    expect(build("FROM scratch\nCOPY app.py /srv/main.py\n").files.get("/srv/main.py")?.sizeBytes).toBe(
      1_000,
    );
    expect(build("FROM scratch\nCOPY app.py /srv/\n").files.has("/srv/app.py")).toBe(true);
  });
  it("resolves a relative destination against WORKDIR", () => {
    const { files } = build("FROM alpine:3.21\nWORKDIR /app\nCOPY requirements.txt .\nCOPY app.py ./code/\n");
    expect(files.get("/app/requirements.txt")?.content).toBe("flask==3.0.0\n");
    expect(files.has("/app/code/app.py")).toBe(true);
  });
  it("copies a directory's contents, not the directory itself", () => {
    expect(paths(build("FROM scratch\nCOPY src /code\n").files, "/code")).toEqual([
      "/code/main.go",
      "/code/util",
      "/code/util/strings.go",
      "/code/util/strings_test.go",
    ]);
  });
  it("copies the whole context with COPY . .", () => {
    const { layer } = build("FROM scratch\nWORKDIR /w\nCOPY . .\n");
    expect(layer?.sizeBytes).toBe(1_003_814);
    expect(layer?.added.find((n) => n.path === "/w/app.py")?.origin).toEqual({
      kind: "context",
      path: "app.py",
    });
  });
  it("matches wildcards one path element at a time", () => {
    const { files } = build("FROM scratch\nCOPY src/*/*.go /go/\n");
    expect(paths(files, "/go")).toEqual(["/go/strings.go", "/go/strings_test.go"]);
  });
  it("copies nothing, without an error, for a wildcard that matches nothing (BuildKit's AllowEmptyWildcard)", () => {
    const { errors, layer } = build("FROM scratch\nCOPY *.lock app.py /app/\n");
    expect(errors).toEqual([]);
    expect(layer?.added.map((n) => n.path)).toEqual(["/app", "/app/app.py"]);
  });
  it("copies a wildcard's single match as the destination's file name when it does not end with a slash", () => {
    const { files, errors } = build("FROM scratch\nWORKDIR /app\nCOPY dist/*.tar.gz app.tgz\n");
    expect(errors).toEqual([]);
    expect(files.get("/app/app.tgz")).toMatchObject({ type: "file", sizeBytes: 1_000_000 });
  });
  it("copies each of a wildcard's several matches onto a file destination, leaving the last, with a warning", () => {
    const { files, analysis } = build("FROM scratch\nCOPY src/util/*.go /app/code.go\n");
    expect(files.get("/app/code.go")).toMatchObject({ type: "file", sizeBytes: 300 });
    const warnings = analysis.simulation.diagnostics.filter((d) => d.rule === "wildcard-copy-to-file");
    expect(warnings.map((d) => [d.severity, d.range.start.line])).toEqual([["warning", 2]]);
    expect(warnings[0]?.message).toContain("only strings_test.go is left");
  });
  it("keeps the source path with --parents", () => {
    const { files } = build("FROM scratch\nCOPY --parents src/util/strings.go /out/\n");
    expect(files.has("/out/src/util/strings.go")).toBe(true);
  });
  it("leaves out what --exclude names, matched as .dockerignore patterns", () => {
    const { files } = build("FROM scratch\nCOPY --exclude=**/*_test.go src /code\n");
    expect(files.has("/code/util/strings_test.go")).toBe(false);
    expect(files.has("/code/util/strings.go")).toBe(true);
  });
  it("sets the owner by name through the stage's /etc/passwd and the mode with --chmod", () => {
    const { files } = build("FROM alpine:3.21\nCOPY --chown=nobody:nobody --chmod=755 app.py /app.py\n");
    expect(files.get("/app.py")).toMatchObject({ uid: 65534, gid: 65534, mode: 0o755 });
  });
  it("fails on a user the image does not have, as BuildKit does", () => {
    const { errors } = build("FROM scratch\nCOPY --chown=app app.py /app.py\n");
    expect(errors.map((e) => e.message)).toEqual(["unable to find user app: the image has no /etc/passwd"]);
  });
  it("writes heredoc sources as files, expanding variables", () => {
    const { files } = build("FROM scratch\nARG NAME=world\nCOPY <<EOF /hello.txt\nhello $NAME\nEOF\n");
    expect(files.get("/hello.txt")).toMatchObject({ content: "hello world\n", sizeBytes: 12 });
  });
  it("extracts a local tar with ADD as one entry of unknown contents", () => {
    const { layer } = build("FROM scratch\nADD dist/app.tar.gz /opt/app/\n");
    expect(layer?.added.find((n) => n.path === "/opt/app")).toMatchObject({ bulk: true, estimated: true });
    expect(layer?.knowledge).toBe("partial");
  });
  it("downloads a URL with ADD, size unknown and said so", () => {
    const { layer } = build("FROM scratch\nADD https://example.com/tool.tar.gz /tmp/\n");
    expect(layer?.added.map((n) => n.path)).toEqual(["/tmp", "/tmp/tool.tar.gz"]);
    expect(layer?.notes).toEqual([
      "https://example.com/tool.tar.gz is downloaded at build time; Stageplay cannot know its size.",
    ]);
  });
});

describe("a COPY source that does not exist", () => {
  it("is Docker's error at its line, and the build result continues", () => {
    const { errors, analysis } = build("FROM alpine:3.21\nCOPY dist/index.html /www/\nCOPY app.py /app.py\n");
    expect(errors.map((e) => [e.range.start.line, e.message])).toEqual([
      [2, '"/dist/index.html": not found'],
    ]);
    expect(analysis.diagnostics.some((d) => d.message === '"/dist/index.html": not found')).toBe(true);
    expect(analysis.simulation.image?.layers.at(-1)?.instruction).toBe("COPY app.py /app.py");
  });
  it("includes a path .dockerignore leaves out", () => {
    const context = [...CONTEXT, { path: ".dockerignore", sizeBytes: 5, content: "dist\n" }];
    expect(build("FROM scratch\nCOPY dist /dist\n", context).errors.map((e) => e.message)).toEqual([
      '"/dist": not found',
    ]);
  });
  it("in another stage is an error when Stageplay knows that stage completely", () => {
    const { errors } = build(
      "FROM alpine:3.21 AS build\nWORKDIR /app\nFROM scratch\nCOPY --from=build /app/dist /www\n",
    );
    expect(errors.map((e) => [e.range.start.line, e.message])).toEqual([[4, '"/app/dist": not found']]);
  });
  it("in a base image's system directories is an unknown copy, not an error", () => {
    const { errors, layer } = build(
      "FROM alpine:3.21 AS build\nFROM scratch\nCOPY --from=build /etc/os-release /etc/\n",
    );
    expect(errors).toEqual([]);
    expect(layer?.knowledge).toBe("unknown");
  });
});

describe("COPY --from", () => {
  it("reads paths from the other stage's root, not its WORKDIR", () => {
    const dockerfile =
      "FROM alpine:3.21 AS build\nWORKDIR /src\nCOPY app.py .\nFROM scratch\nCOPY --from=build /src/app.py /app.py\n";
    const { files, errors } = build(dockerfile);
    expect(errors).toEqual([]);
    expect(files.get("/app.py")).toMatchObject({
      sizeBytes: 1_000,
      origin: { kind: "context", path: "app.py" },
      copiedFrom: { from: 0, path: "/src/app.py", line: 5 },
    });
  });
  it("copies the modelled files of an external image, such as its CA bundle", () => {
    const { files } = build(
      "FROM scratch\nCOPY --from=alpine:3.21 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n",
    );
    expect(files.get("/etc/ssl/certs/ca-certificates.crt")?.facts).toEqual([{ kind: "ca-certificates" }]);
  });
});

describe("without a build context", () => {
  it("treats sources as unknown files, flagged, with one note for the whole build", () => {
    const { analysis, files } = build("FROM scratch\nCOPY app.py /app.py\nCOPY . /src\n", null);
    expect(files.get("/app.py")).toMatchObject({ estimated: true, sizeBytes: 0 });
    expect(files.get("/src")).toMatchObject({ type: "dir", bulk: true, estimated: true });
    const notes = analysis.simulation.diagnostics.filter((d) => d.rule === "NoBuildContext");
    expect(notes.map((d) => d.range.start.line)).toEqual([2]);
    expect(analysis.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});

describe("an empty build context", () => {
  it("is a real context: its missing sources are errors", () => {
    expect(build("FROM scratch\nCOPY app.py /app.py\n", []).errors.map((e) => e.message)).toEqual([
      '"/app.py": not found',
    ]);
  });
});

describe("huge context files", () => {
  it("carry a 5 GB size without allocating it", () => {
    const { stage } = build("FROM scratch\nCOPY model.bin /models/\n", [
      { path: "model.bin", sizeBytes: 5e9 },
    ]);
    expect(stage?.sizeBytes).toBe(5e9);
  });
});

describe("COPY --from of an image's real files", () => {
  it("copies the sizes the catalog knows: nginx.conf, the CA bundle, zoneinfo", () => {
    const { analysis } = build(
      [
        "FROM scratch",
        "COPY --from=nginx:alpine /etc/nginx/nginx.conf /etc/nginx/nginx.conf",
        "COPY --from=alpine:3.21 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/",
        "COPY --from=debian:bookworm-slim /usr/share/zoneinfo /usr/share/zoneinfo",
        "COPY --from=golang:1.26-bookworm /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/",
        "",
      ].join("\n"),
    );
    const layers = analysis.simulation.stages.at(-1)?.layers ?? [];
    expect(layers.map((layer) => [layer.line, layer.sizeBytes, layer.knowledge])).toEqual([
      [2, 644, "known"],
      [3, 177 * 1024, "known"],
      [4, 1_492_276, "known"],
      [5, 216_591, "known"],
    ]);
  });

  it("a path the catalog does not model is unknown, not an empty file", () => {
    const { layer, errors } = build("FROM scratch\nCOPY --from=alpine:3.21 /etc/motd /etc/motd\n");
    expect(errors).toEqual([]);
    expect(layer?.knowledge).toBe("unknown");
    expect(layer?.unknownUnder).toEqual(["/etc/motd"]);
  });

  it("a modelled file without a catalog size says its size is unknown", () => {
    const { layer } = build("FROM scratch\nCOPY --from=alpine:3.21 /etc/passwd /etc/passwd\n");
    expect(layer?.knowledge).toBe("partial");
    expect(layer?.estimated).toBe(true);
    expect(layer?.notes.join(" ")).toContain("does not know its size");
  });
});

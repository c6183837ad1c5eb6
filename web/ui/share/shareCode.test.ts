import { compressToEncodedURIComponent } from "lz-string";
import { describe, expect, it } from "vitest";
import type { ContextFile } from "../../engine";
import {
  MAX_SHARE_CHARS,
  badPath,
  decodeShare,
  encodeShare,
  largestTextFiles,
  shareUrl,
  type DecodeResult,
} from "./shareCode";

const DOCKERFILE = `FROM golang:1.26 AS build
COPY . .
RUN go build -o /out/app .
FROM scratch
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
`;

const CONTEXT: ContextFile[] = [
  { path: "go.mod", sizeBytes: 32, content: "module example.com/app\n\ngo 1.26\n" },
  { path: "cmd/main.go", sizeBytes: 13, content: "package main\n" },
  { path: "assets/logo.png", sizeBytes: 48_213 },
  { path: "run.sh", sizeBytes: 10, content: "#!/bin/sh\n", mode: 0o755 },
];

/** Link data for any JSON value, as a hand-made or tampered link would carry it. */
const dataFor = (value: unknown) => compressToEncodedURIComponent(JSON.stringify(value));

function encoded(shared = { dockerfile: DOCKERFILE, context: CONTEXT }): string {
  const result = encodeShare(shared);
  if (!result.ok) throw new Error("expected a link");
  return result.data;
}

function failure(result: DecodeResult) {
  if (result.ok) throw new Error("expected the link to be refused");
  return result;
}

describe("a share link", () => {
  it("gives back the same Dockerfile and context", () => {
    expect(decodeShare(encoded())).toEqual({
      ok: true,
      shared: { dockerfile: DOCKERFILE, context: CONTEXT },
    });
  });

  it("takes a text file's size from its text, not from what the link says", () => {
    const value = { v: 1, dockerfile: "", context: [{ path: "a.txt", sizeBytes: 999, content: "héllo" }] };
    const result = decodeShare(dataFor(value));
    expect(result.ok && result.shared.context[0]?.sizeBytes).toBe(6);
  });

  it("carries a file without text as its path and size only", () => {
    const json = JSON.stringify({ v: 1, dockerfile: "FROM scratch\n", context: [CONTEXT[2]] });
    expect(encoded({ dockerfile: "FROM scratch\n", context: [CONTEXT[2]!] })).toBe(
      compressToEncodedURIComponent(json),
    );
  });

  it("keeps text in any script and an empty context", () => {
    const dockerfile = "# Grüße, 你好 🐳\nFROM alpine\n";
    const result = decodeShare(encoded({ dockerfile, context: [] }));
    expect(result).toEqual({ ok: true, shared: { dockerfile, context: [] } });
  });

  it("uses only characters a URL carries unescaped", () => {
    expect(encoded()).toMatch(/^[A-Za-z0-9+\-$]+$/);
  });

  it("is the page's address with the share hash in place of its own", () => {
    expect(shareUrl("https://example.org/stageplay/#/playground", "abc")).toBe(
      "https://example.org/stageplay/#/share/abc",
    );
    expect(shareUrl("http://127.0.0.1:4173/", "abc")).toBe("http://127.0.0.1:4173/#/share/abc");
  });
});

describe("a link too large to share", () => {
  // Random text barely compresses, so its link is longer than the text itself.
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647).toString(36).slice(2);
  const noise = Array.from({ length: 2000 }, random).join("\n");
  const big: ContextFile[] = [
    { path: "data/words.txt", sizeBytes: noise.length, content: noise },
    { path: "app.py", sizeBytes: 20, content: "print('hello')\n" },
    { path: "model.bin", sizeBytes: 900_000_000 },
  ];

  it("is not made, and says how long it would be", () => {
    const result = encodeShare({ dockerfile: DOCKERFILE, context: big });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.length).toBeGreaterThan(MAX_SHARE_CHARS);
  });

  it("names the text files that weigh most, not the files known only by size", () => {
    expect(largestTextFiles(big, 1).map((f) => f.path)).toEqual(["data/words.txt"]);
    expect(largestTextFiles(big, 5).map((f) => f.path)).toEqual(["data/words.txt", "app.py"]);
  });

  it("is refused when opened, before its data is unpacked", () => {
    const result = failure(decodeShare("A".repeat(MAX_SHARE_CHARS + 1)));
    expect(result.kind).toBe("too-large");
    expect(result.message).toContain("16,001 characters");
  });
});

describe("a link that cannot be opened", () => {
  it("holds no data", () => {
    expect(failure(decodeShare("")).kind).toBe("empty");
  });

  it.each([
    ["cut off", () => encoded().slice(0, 40)],
    ["not lz-string data", () => "hello-world"],
    ["not JSON inside", () => compressToEncodedURIComponent("{ v: 1, dockerfile")],
  ])("is %s", (_, data) => {
    const result = failure(decodeShare(data()));
    expect(["unreadable", "invalid"]).toContain(result.kind);
    expect(result.message).toMatch(/cannot be (read|opened)/);
  });

  it("was made by a newer version", () => {
    const result = failure(decodeShare(dataFor({ v: 2, dockerfile: "FROM scratch", context: [] })));
    expect(result.kind).toBe("version");
    expect(result.message).toContain("newer Stageplay (format 2)");
  });

  it.each([[0], ["1"], [null], [undefined]])("has format %j", (v) => {
    const result = failure(decodeShare(dataFor({ v, dockerfile: "FROM scratch", context: [] })));
    expect(result.kind).toBe("version");
  });

  it.each([
    ["a list, not an object", [], "not a Dockerfile with a build context"],
    ["a Dockerfile that is not text", { v: 1, dockerfile: 42, context: [] }, "Dockerfile is not text"],
    ["no context", { v: 1, dockerfile: "FROM scratch" }, "build context is not a list"],
    ["a context that is not a list", { v: 1, dockerfile: "", context: "go.mod" }, "not a list of files"],
    ["a file that is not an object", { v: 1, dockerfile: "", context: ["go.mod"] }, "file 1 of its"],
    ["a path that is not text", { v: 1, dockerfile: "", context: [{ path: 7, sizeBytes: 1 }] }, "no path"],
    [
      "content that is not text",
      { v: 1, dockerfile: "", context: [{ path: "a", sizeBytes: 1, content: ["x"] }] },
      "content of “a” is not text",
    ],
    [
      "a size that is not a number",
      { v: 1, dockerfile: "", context: [{ path: "a.bin", sizeBytes: "12" }] },
      "size of “a.bin” is not a whole number",
    ],
    [
      "a negative size",
      { v: 1, dockerfile: "", context: [{ path: "a.bin", sizeBytes: -1 }] },
      "not a whole number",
    ],
    [
      "a mode that is not a mode",
      { v: 1, dockerfile: "", context: [{ path: "a", sizeBytes: 0, content: "", mode: 70000 }] },
      "permissions of “a”",
    ],
    [
      "two files with one path",
      {
        v: 1,
        dockerfile: "",
        context: [
          { path: "a", sizeBytes: 0, content: "" },
          { path: "a", sizeBytes: 0, content: "" },
        ],
      },
      "two files of its build context have the path “a”",
    ],
    [
      "a file that is also a folder",
      {
        v: 1,
        dockerfile: "",
        context: [
          { path: "src", sizeBytes: 0, content: "" },
          { path: "src/main.go", sizeBytes: 0, content: "" },
        ],
      },
      "“src” is a file of its build context and also the folder",
    ],
  ])("has %s", (_, value, words) => {
    const result = failure(decodeShare(dataFor(value)));
    expect(result.kind).toBe("invalid");
    expect(result.message).toContain(words);
  });

  it.each([
    ["../etc/passwd", "leaves the build context"],
    ["src/../../x", "leaves the build context"],
    ["/etc/passwd", "starts with “/”"],
    ["src\\main.go", "uses “\\”"],
    ["src//main.go", "empty or “.” folder"],
    ["./main.go", "empty or “.” folder"],
    ["", "is empty"],
    ["a\u0000b", "control character"],
  ])("has a context file with the bad path %j", (path, words) => {
    const value = { v: 1, dockerfile: "FROM scratch", context: [{ path, sizeBytes: 1, content: "x" }] };
    const result = failure(decodeShare(dataFor(value)));
    expect(result.kind).toBe("invalid");
    expect(result.message).toContain(words);
  });
});

describe("a context path", () => {
  it.each(["go.mod", "src/main.go", ".dockerignore", "a b/c d.txt", "..hidden"])("%j is fine", (path) => {
    expect(badPath(path)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { analyze } from "../analyze";
import type { StageIndex } from "../stages/types";
import { stageFiles } from "./stageFiles";

const stage = (n: number) => n as StageIndex;

describe("stageFiles", () => {
  const analysis = analyze(
    `FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server . && rm -rf /src/notes.txt

FROM alpine:3.20
COPY --from=build /out/server /server
CMD ["/server"]
`,
    {
      context: [
        { path: "main.go", sizeBytes: 300, content: "package main\nfunc main() {}\n" },
        { path: "go.mod", sizeBytes: 40, content: "module x\n\ngo 1.26\n" },
        { path: "notes.txt", sizeBytes: 1000, content: "notes" },
      ],
    },
  );

  it("lists paths sorted, each with the line that added it", () => {
    const files = stageFiles(analysis, stage(1));
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    const server = files.find((f) => f.path === "/server");
    expect(server).toMatchObject({ line: 7, deleted: false, type: "file" });
    expect(server?.origin).toBe("copied from build:/out/server (line 7)");
  });

  it("says a base image's files come from it, with no line", () => {
    const root = stageFiles(analysis, stage(1)).find((f) => f.path === "/");
    expect(root?.line).toBeNull();
    expect(root?.origin).toMatch(/^base image alpine/);
  });

  it("keeps a deleted file, marked, under the layer that added it", () => {
    const notes = stageFiles(analysis, stage(0)).find((f) => f.path === "/src/notes.txt");
    expect(notes).toMatchObject({ deleted: true, line: 3, sizeBytes: 1000 });
    expect(notes?.origin).toBe("build context notes.txt");
  });

  it("marks what lay under a deleted folder, not a sibling sharing its name's start, nor what came back", () => {
    const files = stageFiles(
      analyze(
        `FROM alpine:3.20
COPY main.go /src/main.go
COPY go.mod /src/sub/go.mod
COPY main.go /srcx/main.go
COPY go.mod /kept/go.mod
RUN rm -rf /src /kept/go.mod
COPY go.mod /kept/go.mod
`,
        {
          context: [
            { path: "main.go", sizeBytes: 300, content: "package main\n" },
            { path: "go.mod", sizeBytes: 40, content: "module x\n" },
          ],
        },
      ),
      stage(0),
    );
    const deleted = (path: string) => files.find((f) => f.path === path)?.deleted;
    expect(deleted("/src/main.go")).toBe(true);
    expect(deleted("/src/sub/go.mod")).toBe(true);
    expect(deleted("/srcx/main.go")).toBe(false);
    expect(files.find((f) => f.path === "/kept/go.mod")).toMatchObject({ deleted: false, line: 7 });
  });

  it("is empty for a stage that was not simulated", () => {
    expect(stageFiles(analysis, stage(9))).toEqual([]);
  });
});

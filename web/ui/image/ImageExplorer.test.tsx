import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createEngineSession, type AnalysisView, type StageIndex } from "../../engine";
import { createAppStore } from "../../state/createAppStore";
import { StoreProvider } from "../storeContext";
import { FileTree } from "./FileTree";
import { ImageExplorerBody, shownStage } from "./ImageExplorer";
import { buildFileTree, initiallyExpanded, visibleRows } from "./fileTree";
import { memoryStorage } from "../../state/memoryStorage";

const GO_BUILD = `FROM golang:1.26-alpine AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM alpine:3.20 AS test
RUN echo testing

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/server /server
USER 65532
ENTRYPOINT ["/server"]
`;

function render(view: AnalysisView, picked: StageIndex | null = null): string {
  const store = createAppStore({ storage: memoryStorage });
  return renderToStaticMarkup(
    <StoreProvider store={store}>
      <ImageExplorerBody view={view} picked={picked} onPick={() => {}} />
    </StoreProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;|&apos;/g, "'");

describe("ImageExplorer", () => {
  const session = createEngineSession();
  const view = session.analyze(GO_BUILD, {});

  it("opens on the final image, with its verdict, size split and what the builder leaves behind", () => {
    expect(shownStage(view, null)).toBe(2);
    const shown = text(render(view));
    expect(shown).toContain("Final image final");
    expect(shown).toContain("Start verdict: Starts");
    expect(shown).toContain("Copied from other stages: 7.5MB");
    expect(shown).toContain("Stage build");
    expect(shown).toMatch(/Tools that stay behind:.*go \(compiler\)/);
  });

  it("lists a stage the target does not build as not built, with the reason", () => {
    const shown = text(render(view));
    expect(shown).toContain("test (not built: not needed for target final)");
    expect(text(render(view, 1 as StageIndex))).toContain(
      "Stage test is not built: not needed for target final.",
    );
  });

  it("shows a builder stage's own layers without the final image's verdict", () => {
    const shown = text(render(view, 0 as StageIndex));
    expect(shown).toContain("Stage build");
    expect(shown).toContain("RUN CGO_ENABLED=0 go build -o /out/server .");
    expect(shown).not.toContain("Start verdict");
  });

  it("says 'would not start' with the error the container would print and the fix", () => {
    const broken = createEngineSession().analyze('FROM alpine:3.20\nCMD ["/app/server"]\n', {});
    const shown = text(render(broken));
    expect(shown).toContain("Start verdict: Would not start");
    expect(shown).toContain("The container would print:");
    expect(shown).toContain("Fix:");
    expect(shown).toContain("A single-stage build");
  });

  it("explains an empty document instead of going blank", () => {
    const empty = createEngineSession().analyze("", {});
    expect(text(render(empty))).toContain("No stage yet");
  });
});

describe("FileTree", () => {
  const session = createEngineSession();
  session.analyze(GO_BUILD, {});
  const files = session.stageFiles(2 as StageIndex).files;
  const root = buildFileTree(files);
  const expanded = initiallyExpanded(files);
  const html = renderToStaticMarkup(
    <FileTree
      label="Files of stage final"
      rows={visibleRows(root, expanded)}
      focused="/"
      expanded={expanded}
      onMove={() => {}}
    />,
  );

  it("is a tree whose items name each file with its size and line", () => {
    expect(html).toContain('role="tree"');
    expect(html).toContain('aria-label="server 7.5MB, estimated, added by line 10"');
  });

  it("has one tab stop, on the focused item", () => {
    expect(html.match(/tabindex="0"/g)).toHaveLength(1);
    expect(html).toMatch(
      /aria-label="\/ [^"]*"[^>]*aria-expanded="true"[^>]*aria-selected="true"[^>]*tabindex="0"/,
    );
  });
});

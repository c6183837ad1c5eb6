import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createEngineSession } from "../../engine";
import { createAppStore } from "../../state/createAppStore";
import { memoryStorage } from "../../state/memoryStorage";
import { StoreProvider } from "../storeContext";
import { LayerList } from "./LayerList";

describe("the layer list", () => {
  it("says a layer whose effect is unknown has an unknown size, not 0B", () => {
    // Without a build context, what COPY copies is unknown.
    const view = createEngineSession().analyze("FROM alpine:3.20\nCOPY app /app\nRUN echo hi\n", {});
    const stage = view.stages.at(-1)!;
    const layers = view.stageImages[stage.index]!.layers;
    const copy = layers.find((l) => l.instruction.startsWith("COPY"))!;
    expect(copy.knowledge).toBe("unknown");
    const html = renderToStaticMarkup(
      <StoreProvider store={createAppStore({ storage: memoryStorage })}>
        <LayerList layers={layers} stages={view.stages} shown={stage.index} />
      </StoreProvider>,
    );
    expect(html).toMatch(/size unknown<\/span><code class="layer-instruction">COPY app \/app/);
    expect(html).not.toMatch(/0B<\/span><code class="layer-instruction">COPY/);
  });
});

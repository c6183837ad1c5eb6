import { getNodesBounds, getViewportForBounds, useReactFlow } from "@xyflow/react";
import { useState } from "react";
import { selectEngine } from "../../state/selectors";
import { useAppStore } from "../storeContext";

const PADDING = 24;

function download(href: string, name: string) {
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  link.click();
}

/** Saves the diagram as SVG or PNG (html-to-image, as React Flow documents it) or as Mermaid text. */
export function DiagramExport({ theme, outOfDate }: { theme: "light" | "dark"; outOfDate: boolean }) {
  const { getNodes } = useReactFlow();
  const engine = useAppStore(selectEngine);
  const [status, setStatus] = useState("");

  const image = async (format: "svg" | "png") => {
    const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
    if (!viewport) return;
    setStatus(`Preparing the ${format.toUpperCase()}…`);
    try {
      const { toPng, toSvg } = await import("html-to-image");
      const bounds = getNodesBounds(getNodes());
      const width = Math.ceil(bounds.width + PADDING * 2);
      const height = Math.ceil(bounds.height + PADDING * 2);
      const fit = getViewportForBounds(bounds, width, height, 0.5, 2, PADDING);
      const options = {
        backgroundColor:
          getComputedStyle(document.documentElement).getPropertyValue("--surface").trim() || undefined,
        width,
        height,
        style: {
          width: `${width}px`,
          height: `${height}px`,
          transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`,
        },
      };
      const url = format === "svg" ? await toSvg(viewport, options) : await toPng(viewport, options);
      download(url, `stages-${theme}.${format}`);
      setStatus(`Saved stages-${theme}.${format}`);
    } catch (e) {
      setStatus(
        `The ${format.toUpperCase()} could not be made: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  };

  const mermaid = async () => {
    if (!engine) return;
    try {
      const text = await engine.mermaid();
      const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
      download(url, "stages.mmd");
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus("Saved stages.mmd");
    } catch (e) {
      setStatus(`The Mermaid text could not be made: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="diagram-export" role="group" aria-label="Export the diagram">
      <span aria-hidden="true">Export</span>
      <button type="button" onClick={() => void image("svg")} aria-label="Export as SVG">
        SVG
      </button>
      <button type="button" onClick={() => void image("png")} aria-label="Export as PNG">
        PNG
      </button>
      {/* Mermaid is written from the engine's latest analysis, which does not parse while the diagram is out of date. */}
      <button
        type="button"
        onClick={() => void mermaid()}
        disabled={!engine || outOfDate}
        aria-label="Export as Mermaid text"
        title={outOfDate ? "Available again once the Dockerfile parses" : undefined}
      >
        Mermaid
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}

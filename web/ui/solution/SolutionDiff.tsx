import { useEffect, useRef, useState } from "react";
import { useLazyMonaco } from "../editor/useLazyMonaco";
import type { EditorTheme } from "../editor/createDockerfileEditor";
import { createSolutionDiff, type SolutionDiff as DiffHandle } from "./createSolutionDiff";
import { diffLayout, diffLegend, type DiffLayout } from "./diffLayout";

interface Props {
  solution: string;
  current: string;
  theme: EditorTheme;
}

/** The learner's Dockerfile against the solution in Monaco's diff editor, loaded when first shown. */
export function SolutionDiff({ solution, current, theme }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const handle = useRef<DiffHandle | null>(null);
  const [layout, setLayout] = useState<DiffLayout>("side-by-side");

  // The layout follows the box's own width: the dialog is narrower than the window.
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const measure = () => setLayout(diffLayout(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const load = useLazyMonaco(
    host,
    handle,
    (monaco, element) => createSolutionDiff(monaco, element, { current, solution, theme, layout }),
    `${current}\n\0\n${solution}`,
  );

  useEffect(() => handle.current?.setLayout(layout), [layout, load]);
  useEffect(() => handle.current?.setTheme(theme), [theme, load]);

  return (
    <div className="solution-diff" data-layout={layout}>
      <p className="solution-legend">{diffLegend(layout, current === solution)}</p>
      {layout === "side-by-side" && load.status === "ready" && (
        <div className="solution-columns" aria-hidden="true">
          <span>Your Dockerfile</span>
          <span>Solution</span>
        </div>
      )}
      <div ref={host} className="solution-diff-host" hidden={load.status === "failed"} />
      {load.status === "loading" && (
        <p className="solution-status" role="status">
          Loading the comparison…
        </p>
      )}
      {load.status === "failed" && (
        <div className="solution-fallback">
          <p role="alert">The comparison could not load ({load.reason}). Here is the solution as text:</p>
          <pre>{solution}</pre>
        </div>
      )}
    </div>
  );
}

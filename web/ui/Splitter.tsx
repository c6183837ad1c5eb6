import { useRef, type KeyboardEvent, type PointerEvent } from "react";

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right grows the pane, -1 when it shrinks it (the pane is on the right). */
  direction: 1 | -1;
  onResize: (size: number) => void;
}

const STEP = 24;

/** A draggable, keyboard-operable divider between two panes (WAI-ARIA window splitter). */
export function Splitter({ label, value, min, max, direction, onResize }: Props) {
  const drag = useRef<{ x: number; start: number } | null>(null);
  const clamp = (n: number) => Math.min(max, Math.max(min, n));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, start: value };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(clamp(drag.current.start + direction * (e.clientX - drag.current.x)));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = { ArrowLeft: -STEP, ArrowRight: STEP }[e.key];
    if (delta !== undefined) onResize(clamp(value + direction * delta));
    else if (e.key === "Home") onResize(min);
    else if (e.key === "End") onResize(max);
    else return;
    e.preventDefault();
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}

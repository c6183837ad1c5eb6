import { useAppStore } from "../storeContext";

/** "line 12": shows that line in the editor and leaves the keyboard where it is. */
export function LineButton({ line, label }: { line: number; label?: string }) {
  const revealLine = useAppStore((s) => s.revealLine);
  return (
    <button
      type="button"
      className="line-button"
      aria-label={`${label ?? `Line ${line}`}: show it in the editor`}
      onClick={() => revealLine(line, { focus: false })}
    >
      {label ?? `line ${line}`}
    </button>
  );
}

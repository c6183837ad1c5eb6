import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { ContextFile } from "../../engine";
import { parseSize, pathProblem, splitSize, type SizeUnit } from "./contextFiles";
import { PathField, SizeField } from "./fields";

/** Escape leaves a row's form as Cancel does. */
const cancelOnEscape = (onCancel: () => void) => (e: KeyboardEvent) => {
  if (e.key !== "Escape") return;
  e.preventDefault();
  onCancel();
};

/** A new path for one file, under the file's row. */
export function RenameForm({
  path,
  files,
  onRename,
  onCancel,
}: {
  path: string;
  files: readonly ContextFile[];
  onRename: (to: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState(path);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value === path) return onCancel();
    const refused = pathProblem(value, files, path);
    setProblem(refused);
    if (refused) input.current?.focus();
    else onRename(value);
  };

  return (
    <form
      className="context-row-form"
      aria-label={`Rename ${path}`}
      onSubmit={submit}
      onKeyDown={cancelOnEscape(onCancel)}
      noValidate
    >
      <PathField
        label={`New path for ${path}`}
        value={value}
        problem={problem}
        inputRef={input}
        onChange={(next) => {
          setValue(next);
          setProblem(null);
        }}
      >
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </PathField>
    </form>
  );
}

/** A new size for a file known only by its size. */
export function ResizeForm({
  path,
  sizeBytes,
  onResize,
  onCancel,
}: {
  path: string;
  sizeBytes: number;
  onResize: (bytes: number) => void;
  onCancel: () => void;
}) {
  const [start] = useState(() => splitSize(sizeBytes));
  const [amount, setAmount] = useState(start.amount);
  const [unit, setUnit] = useState<SizeUnit>(start.unit);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const size = parseSize(amount, unit);
    if ("problem" in size) {
      setProblem(size.problem);
      input.current?.focus();
    } else onResize(size.bytes);
  };

  return (
    <form
      className="context-row-form"
      aria-label={`Change the size of ${path}`}
      onSubmit={submit}
      onKeyDown={cancelOnEscape(onCancel)}
      noValidate
    >
      <SizeField
        label={`New size of ${path}`}
        unitLabel={`Unit of the new size of ${path}`}
        amount={amount}
        unit={unit}
        problem={problem}
        inputRef={input}
        onAmount={(next) => {
          setAmount(next);
          setProblem(null);
        }}
        onUnit={setUnit}
      >
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </SizeField>
    </form>
  );
}

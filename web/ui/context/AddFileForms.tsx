import { useId, useRef, useState, type FormEvent } from "react";
import type { ContextFile } from "../../engine";
import { parseSize, pathProblem, type SizeUnit } from "./contextFiles";
import { PathField, SizeField } from "./fields";

/** A path for a new text file; once added, the file opens in the editor. */
export function AddTextFileForm({
  files,
  onAdd,
}: {
  files: readonly ContextFile[];
  onAdd: (path: string) => void;
}) {
  const [path, setPath] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const title = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = pathProblem(path, files);
    setProblem(refused);
    if (refused) {
      input.current?.focus();
      return;
    }
    setPath("");
    onAdd(path);
  };

  return (
    <form className="context-form" aria-labelledby={title} onSubmit={submit} noValidate>
      <h3 id={title}>Add a text file</h3>
      <PathField
        label="Path of the text file"
        placeholder="e.g. .dockerignore"
        value={path}
        problem={problem}
        inputRef={input}
        onChange={(value) => {
          setPath(value);
          setProblem(null);
        }}
      >
        <button type="submit">Add text file</button>
      </PathField>
    </form>
  );
}

/** A file known only by its size: a data set, a model, an archive, without typing its bytes. */
export function AddSizedFileForm({
  files,
  onAdd,
}: {
  files: readonly ContextFile[];
  onAdd: (path: string, sizeBytes: number) => void;
}) {
  const [path, setPath] = useState("");
  const [amount, setAmount] = useState("");
  const [unit, setUnit] = useState<SizeUnit>("MB");
  const [pathRefused, setPathRefused] = useState<string | null>(null);
  const [sizeRefused, setSizeRefused] = useState<string | null>(null);
  const pathInput = useRef<HTMLInputElement>(null);
  const sizeInput = useRef<HTMLInputElement>(null);
  const title = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = pathProblem(path, files);
    const size = parseSize(amount, unit);
    setPathRefused(refused);
    setSizeRefused("problem" in size ? size.problem : null);
    if (refused) pathInput.current?.focus();
    else if ("problem" in size) sizeInput.current?.focus();
    if (refused || "problem" in size) return;
    setPath("");
    setAmount("");
    onAdd(path, size.bytes);
  };

  return (
    <form className="context-form" aria-labelledby={title} onSubmit={submit} noValidate>
      <h3 id={title}>Add a large file</h3>
      <p className="context-muted">
        A data set, a model or an archive, known by its size alone: COPY copies and bills its bytes.
      </p>
      <PathField
        label="Path of the large file"
        placeholder="e.g. data/model.bin"
        value={path}
        problem={pathRefused}
        inputRef={pathInput}
        onChange={(value) => {
          setPath(value);
          setPathRefused(null);
        }}
      />
      <SizeField
        label="Size"
        unitLabel="Unit of the size"
        amount={amount}
        unit={unit}
        problem={sizeRefused}
        inputRef={sizeInput}
        onAmount={(value) => {
          setAmount(value);
          setSizeRefused(null);
        }}
        onUnit={setUnit}
      >
        <button type="submit">Add large file</button>
      </SizeField>
    </form>
  );
}

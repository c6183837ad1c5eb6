import { useEffect, useRef, useState, type ChangeEvent } from "react";
import type { Course } from "../../content/types";
import {
  PROGRESS_FILE_NAME,
  exportProgress,
  progressFileSizeError,
  readProgressFile,
} from "../../state/progressFile";
import type { ProgressFields } from "../../state/types";
import { useAppStoreApi } from "../storeContext";
import { courseProgress } from "./courseProgress";
import { importedMessage, replaceQuestion, replacedDocuments } from "./progressTransfer";

type Message = { kind: "status" | "error"; text: string; seq: number };
type Pending = { progress: Partial<ProgressFields>; question: string };

/** How long a download's object URL stays valid; the browser copies the file long before. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/** Exports the learner's progress to a file and imports one, asking first before it replaces their work. */
export function ProgressTransfer({ course }: { course: Course }) {
  const store = useAppStoreApi();
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pending) confirmButton.current?.focus();
  }, [pending]);

  const say = (kind: Message["kind"], text: string) =>
    setMessage((last) => ({ kind, text, seq: (last?.seq ?? 0) + 1 }));

  function exportFile() {
    const url = URL.createObjectURL(
      new Blob([exportProgress(store.getState())], { type: "application/json" }),
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = PROGRESS_FILE_NAME;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
    say("status", `Exported your progress to ${PROGRESS_FILE_NAME}.`);
  }

  function apply(progress: Partial<ProgressFields>) {
    store.getState().importProgress(progress);
    const { done, total } = courseProgress(course, store.getState());
    setPending(null);
    say("status", importedMessage(done, total));
  }

  async function readFile(file: File) {
    setPending(null);
    const tooLarge = progressFileSizeError(file.size);
    if (tooLarge) return say("error", `${tooLarge} Nothing was imported.`);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return say("error", "The file could not be read. Nothing was imported.");
    }
    const result = readProgressFile(text);
    if ("error" in result) return say("error", `${result.error} Nothing was imported.`);
    const replaced = replacedDocuments(store.getState(), result.progress);
    if (replaced.length === 0) return apply(result.progress);
    setMessage(null);
    setPending({ progress: result.progress, question: replaceQuestion(replaced, course) });
  }

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Choosing the same file again must read it again.
    event.target.value = "";
    if (file) void readFile(file);
  }

  function answer(importIt: boolean) {
    if (pending && importIt) apply(pending.progress);
    else {
      setPending(null);
      say("status", "Nothing was imported.");
    }
    importButton.current?.focus();
  }

  return (
    <section className="progress-transfer" aria-labelledby="progress-transfer-title">
      <h2 id="progress-transfer-title">Take your progress elsewhere</h2>
      <p>
        Your work is saved in this browser only. To go on in another browser or on another computer, export it
        to a file and import that file there.
      </p>
      <div className="progress-transfer-actions">
        <button type="button" onClick={exportFile}>
          Export progress
        </button>
        <button type="button" ref={importButton} onClick={() => fileInput.current?.click()}>
          Import progress…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          onChange={onFileChosen}
        />
      </div>
      {pending && (
        <div className="progress-transfer-confirm" role="group" aria-labelledby="progress-transfer-question">
          <p id="progress-transfer-question">{pending.question} Import it?</p>
          <div className="progress-transfer-actions">
            <button type="button" ref={confirmButton} onClick={() => answer(true)}>
              Import
            </button>
            <button type="button" onClick={() => answer(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p className="progress-transfer-status" role="status">
        {message?.kind === "status" && <span key={message.seq}>{message.text}</span>}
      </p>
      <p className="progress-transfer-error" role="alert">
        {message?.kind === "error" && <span key={message.seq}>{message.text}</span>}
      </p>
    </section>
  );
}

import { useEffect, useRef, useState } from "react";
import type { PlaygroundContent } from "../playground/playgroundWork";
import { encodeShare, shareUrl } from "./shareCode";
import { COPY_BY_HAND, copiedMessage, tooLargeMessage } from "./shareMessages";
import "./share.css";

type Outcome = { kind: "copied" } | { kind: "by-hand"; url: string } | { kind: "too-large"; length: number };

/** Writes to the clipboard, or says it could not (no clipboard outside a secure page, or a refusal). */
async function copyToClipboard(text: string): Promise<boolean> {
  if (!navigator.clipboard?.writeText) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Makes a link that holds the playground's Dockerfile and build context, and copies it. */
export function ShareLink({ content }: { content: PlaygroundContent }) {
  // An outcome belongs to the content it was made from: an edit makes its link out of date.
  const [result, setResult] = useState<{ for: PlaygroundContent; outcome: Outcome } | null>(null);
  const outcome = result?.for === content ? result.outcome : null;
  const field = useRef<HTMLInputElement>(null);

  const share = async () => {
    const encoded = encodeShare({ dockerfile: content.dockerfile, context: [...content.context] });
    if (!encoded.ok) {
      setResult({ for: content, outcome: { kind: "too-large", length: encoded.length } });
      return;
    }
    const url = shareUrl(window.location.href, encoded.data);
    const copied = await copyToClipboard(url);
    setResult({ for: content, outcome: copied ? { kind: "copied" } : { kind: "by-hand", url } });
  };

  const byHand = outcome?.kind === "by-hand" ? outcome.url : null;
  useEffect(() => {
    if (byHand === null) return;
    field.current?.focus();
    field.current?.select();
  }, [byHand]);

  return (
    <section className="share-link" aria-labelledby="share-link-title">
      <h2 id="share-link-title">Share</h2>
      <p className="muted">
        A link that holds this Dockerfile and its build context: nothing is uploaded, everything is in the
        link.
      </p>
      <button type="button" onClick={() => void share()}>
        Share
      </button>
      <p
        className={outcome?.kind === "too-large" ? "share-status share-status-problem" : "share-status"}
        role="status"
      >
        {outcome?.kind === "copied" && copiedMessage(content.context)}
        {outcome?.kind === "by-hand" && COPY_BY_HAND}
        {outcome?.kind === "too-large" && tooLargeMessage(outcome.length, content.context)}
      </p>
      {byHand !== null && (
        <label className="share-field">
          Link to this playground
          <input ref={field} type="text" readOnly value={byHand} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}

import { useEffect, useMemo, useRef } from "react";
import { formatSize } from "../../engine";
import { usePlayground } from "../playground/usePlayground";
import { PLAYGROUND_HREF } from "../routes";
import { decodeShare, type SharedPlayground } from "./shareCode";
import "./share.css";

const goToPlayground = () => window.location.replace(PLAYGROUND_HREF);

/**
 * Opens a shared Dockerfile and build context into the playground: at once when that loses nothing,
 * after asking when the playground holds the learner's own work, never when the link is broken.
 */
export function OpenSharedLink({ data }: { data: string }) {
  const decoded = useMemo(() => decodeShare(data), [data]);
  const { losesWork, replace } = usePlayground();
  const shared = decoded.ok ? decoded.shared : null;
  const ask = shared !== null && losesWork(shared);

  useEffect(() => {
    if (!shared || ask) return;
    replace(shared);
    goToPlayground();
  }, [shared, ask, replace]);

  if (!decoded.ok) return <BrokenLink message={decoded.message} />;
  if (!ask) {
    return (
      <main className="shared-link-page">
        <p role="status">Opening the shared Dockerfile in the playground…</p>
      </main>
    );
  }
  return (
    <SharedLinkQuestion
      shared={decoded.shared}
      onOpen={() => {
        replace(decoded.shared);
        goToPlayground();
      }}
    />
  );
}

/** A heading that takes the focus when the page opens, so a screen reader starts with it. */
function PageHeading({ id, children }: { id: string; children: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 id={id} ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}

function BrokenLink({ message }: { message: string }) {
  return (
    <main className="shared-link-page" aria-labelledby="shared-link-title">
      <PageHeading id="shared-link-title">This share link cannot be opened</PageHeading>
      <p>{message}</p>
      <p>Nothing was changed: your playground keeps its Dockerfile and build context.</p>
      <p>
        Ask whoever sent the link to copy it again with the Share button, or{" "}
        <a href={PLAYGROUND_HREF}>go to your playground</a>.
      </p>
    </main>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function SharedLinkQuestion({ shared, onOpen }: { shared: SharedPlayground; onOpen: () => void }) {
  const lines = shared.dockerfile === "" ? 0 : shared.dockerfile.replace(/\n$/, "").split("\n").length;
  const bytes = shared.context.reduce((sum, file) => sum + file.sizeBytes, 0);
  return (
    <main className="shared-link-page" aria-labelledby="shared-link-title">
      <PageHeading id="shared-link-title">Open the shared Dockerfile?</PageHeading>
      <p>
        This link holds a Dockerfile of {plural(lines, "line", "lines")} and a build context of{" "}
        {plural(shared.context.length, "file", "files")} ({formatSize(bytes)}). Opening it replaces your
        playground's text and build context, which you have changed; your version is not kept anywhere else.
      </p>
      <div className="shared-link-actions">
        <button type="button" className="shared-link-primary" onClick={onOpen}>
          Open the shared Dockerfile
        </button>
        <button type="button" onClick={goToPlayground}>
          Keep my playground
        </button>
      </div>
      <h2 id="shared-dockerfile-title">The shared Dockerfile</h2>
      <pre
        className="shared-link-preview"
        role="region"
        tabIndex={0}
        aria-labelledby="shared-dockerfile-title"
      >
        {shared.dockerfile}
      </pre>
      <h2>Its build context</h2>
      {shared.context.length === 0 ? (
        <p>No files.</p>
      ) : (
        <ul className="shared-link-files">
          {shared.context.map((file) => (
            <li key={file.path}>
              <code>{file.path}</code> {formatSize(file.sizeBytes)}
              {file.content === undefined && " (its size only)"}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

import { ResetButton } from "./ResetButton";
import { ExampleGallery } from "./playground/ExampleGallery";
import { usePlayground } from "./playground/usePlayground";
import { ShareLink } from "./share/ShareLink";
import "./playground/playground.css";

export function PlaygroundPane() {
  return (
    <article className="lesson" aria-labelledby="playground-title">
      <p className="eyebrow">Playground</p>
      <h1 id="playground-title">Your own Dockerfile</h1>
      <div className="prose">
        <p>
          Paste or write any Dockerfile, or open an example below. Stageplay reads it the way BuildKit does,
          and the panels on the right show its stages, what flows between them, and what the final image
          keeps.
        </p>
        <p>Everything stays in this browser: your text is saved as you type and nothing is sent anywhere.</p>
      </div>
      <div className="lesson-actions">
        <ResetButton documentId="playground" label="Restore the starter" what="both" />
      </div>
      <PlaygroundShareLink />
      <ExampleGallery />
    </article>
  );
}

/** The share link of the playground as it is now: its own subscription, as the text changes on every keystroke. */
function PlaygroundShareLink() {
  const { current } = usePlayground();
  return <ShareLink content={current} />;
}

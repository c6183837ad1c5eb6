import { useState } from "react";
import { EXAMPLES, type Example } from "../../content/examples";
import { ReplaceDialog } from "./ReplaceDialog";
import { samePlayground } from "./playgroundWork";
import { usePlayground } from "./usePlayground";

/** Built-in Dockerfiles with their build contexts, each opened into the playground with one button. */
export function ExampleGallery() {
  const { current, losesWork, replace } = usePlayground();
  const [asking, setAsking] = useState<Example | null>(null);
  const [opened, setOpened] = useState<string | null>(null);

  const open = (example: Example) => {
    replace(example);
    setOpened(example.title);
  };

  return (
    <section className="example-gallery" aria-labelledby="example-gallery-title">
      <h2 id="example-gallery-title">Examples</h2>
      <p className="muted">Each opens with the build context its COPY instructions read.</p>
      <p className="example-gallery-status" role="status">
        {opened && `Opened “${opened}”: its Dockerfile is in the editor and its files in the build context.`}
      </p>
      <ul className="example-list">
        {EXAMPLES.map((example) => {
          const here = samePlayground(current, example);
          return (
            <li key={example.id} className="example-item">
              <div className="example-heading">
                <h3>{example.title}</h3>
                <button
                  type="button"
                  aria-label={`Open ${example.title}`}
                  onClick={() => (losesWork(example) ? setAsking(example) : open(example))}
                >
                  Open
                </button>
              </div>
              {here && <p className="example-here">In the playground now</p>}
              <p>{example.summary}</p>
            </li>
          );
        })}
      </ul>
      {asking && (
        <ReplaceDialog
          incoming={`“${asking.title}”`}
          onAnswer={(yes) => {
            if (yes) open(asking);
            setAsking(null);
          }}
        />
      )}
    </section>
  );
}

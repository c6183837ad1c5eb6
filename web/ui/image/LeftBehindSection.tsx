import type { LeftBehindView } from "../../engine";
import { Size } from "./Size";
import { toolRole } from "./imageText";

/** What builder stages hold that the final image does not ship: the reason multistage builds exist. */
export function LeftBehindSection({
  entries,
  singleStage,
  finalTools,
}: {
  entries: readonly LeftBehindView[];
  singleStage: boolean;
  /** Tools the final image has itself: not left behind even when a builder has them too. */
  finalTools: ReadonlySet<string>;
}) {
  return (
    <section className="image-section" aria-labelledby="image-left-behind-title">
      <h3 id="image-left-behind-title">Left behind</h3>
      {entries.length === 0 ? (
        <p className="image-muted">
          {singleStage
            ? "A single-stage build: everything the build needed ships in the image, compilers and caches included."
            : "No builder stage outside the final image's own chain was built."}
        </p>
      ) : (
        entries.map((entry) => <LeftBehindEntry key={entry.stage} entry={entry} finalTools={finalTools} />)
      )}
    </section>
  );
}

function LeftBehindEntry({ entry, finalTools }: { entry: LeftBehindView; finalTools: ReadonlySet<string> }) {
  const tools = entry.tools.filter((tool) => !finalTools.has(tool.name));
  const shared = entry.groups.filter((g) => g.alsoInFinal).reduce((sum, g) => sum + g.bytes, 0);
  const left = entry.totalBytes - entry.shippedBytes - shared;
  const titleId = `left-behind-${entry.stage}`;
  return (
    <article className="left-behind" aria-labelledby={titleId}>
      <h4 id={titleId}>Stage {entry.displayName}</h4>
      <p>
        Holds <Size bytes={entry.totalBytes} />; the final image ships <Size bytes={entry.shippedBytes} /> of
        it.{" "}
        <strong>
          <Size bytes={Math.max(0, left)} /> stay behind.
        </strong>
      </p>
      <ul className="left-behind-groups">
        {entry.groups.map((group) => (
          <li key={group.label} className={group.alsoInFinal ? "image-muted" : undefined}>
            <span className="left-behind-group">
              {group.label}: <Size bytes={group.bytes} />
              {group.alsoInFinal && " (not extra)"}
            </span>
            {group.examples.length > 0 && (
              <span className="left-behind-examples">
                {group.examples.map((path) => (
                  <code key={path}>{path}</code>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      {tools.length > 0 && (
        <p>
          Tools that stay behind:{" "}
          {tools.map((tool, i) => (
            <span key={tool.name}>
              {i > 0 && ", "}
              <code>{tool.name}</code> ({toolRole(tool)})
            </span>
          ))}
        </p>
      )}
    </article>
  );
}

import { formatSize } from "../../engine";
import { groupSources, type ShowdownSource } from "./showdownSources";

interface Props {
  /** "A" or "B": names the side for assistive technology and ties its controls together. */
  side: string;
  sources: readonly ShowdownSource[];
  source: ShowdownSource;
  onPick: (id: string) => void;
}

/** One side of the showdown: what it shows, its Dockerfile as text and its build context. */
export function ShowdownSide({ side, sources, source, onPick }: Props) {
  const pickerId = `showdown-pick-${side}`;
  const titleId = `showdown-side-${side}`;
  return (
    <section className="showdown-side" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span className="showdown-side-letter">Side {side}:</span> {source.label}
      </h2>
      <div className="showdown-picker">
        <label htmlFor={pickerId}>Show on side {side}</label>
        <select id={pickerId} value={source.id} onChange={(e) => onPick(e.target.value)}>
          {groupSources(sources).map(({ group, sources: members }) => (
            <optgroup key={group} label={group}>
              {members.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <pre
        className="showdown-dockerfile"
        tabIndex={0}
        role="region"
        aria-label={`Dockerfile of ${source.label}`}
      >
        {source.dockerfile || "(empty)"}
      </pre>
      <div className="showdown-context">
        <h3>Build context</h3>
        {source.context && source.context.length > 0 ? (
          <ul>
            {source.context.map((file) => (
              <li key={file.path}>
                <code>{file.path}</code> <span className="muted">{formatSize(file.sizeBytes)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{source.contextNote ?? "No files."}</p>
        )}
      </div>
    </section>
  );
}

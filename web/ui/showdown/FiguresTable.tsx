import type { ShowdownFigures } from "../../engine";
import { figureRows } from "./figureRows";
import { InlineCode } from "../InlineCode";

interface Props {
  labels: readonly string[];
  figures: readonly ShowdownFigures[];
}

/** The figures of both sides as a table: one row per figure, with the notes that qualify it. */
export function FiguresTable({ labels, figures }: Props) {
  return (
    <div className="showdown-table-wrap" role="region" aria-labelledby="showdown-table-caption" tabIndex={0}>
      <table className="showdown-table">
        <caption id="showdown-table-caption">The figures side by side</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {labels.map((label, i) => (
              <th key={i} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figureRows(figures).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>
                  <span className="showdown-figure">{cell.text}</span>
                  {cell.notes.map((note, j) => (
                    <span key={j} className={`showdown-note${note.tone ? ` tone-${note.tone}` : ""}`}>
                      <InlineCode text={note.text} />
                    </span>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

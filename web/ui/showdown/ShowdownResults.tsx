import { sizeChart, timeChart } from "./chartBars";
import { FiguresChart } from "./FiguresChart";
import { FiguresTable } from "./FiguresTable";
import { InlineCode } from "../InlineCode";
import { readShowdown, type Contender } from "./readShowdown";
import type { FiguresState } from "./measureFigures";

interface Side {
  label: string;
  state: FiguresState;
}

const TONE_WORD = { bad: "Problem", warn: "Caution", good: "Good", info: "Note" } as const;

/** What the comparison says, in sentences, then as bar charts and as a table. */
export function ShowdownResults({ sides }: { sides: [Side, Side] }) {
  const [a, b] = distinctLabels(sides);
  const both =
    a.state.status === "ready" && b.state.status === "ready"
      ? ([a.state.figures, b.state.figures] as const)
      : null;
  const measuring = sides.some((side) => side.state.status === "measuring");
  return (
    <section className="showdown-results" aria-labelledby="showdown-results-title" aria-busy={measuring}>
      <h2 id="showdown-results-title">What the build would give</h2>
      {both ? (
        <Comparison a={{ label: a.label, figures: both[0] }} b={{ label: b.label, figures: both[1] }} />
      ) : (
        <Waiting sides={[a, b]} />
      )}
    </section>
  );
}

function Comparison({ a, b }: { a: Contender; b: Contender }) {
  const readings = readShowdown(a, b);
  return (
    <>
      <ul className="showdown-readings">
        {readings.map((reading, i) => (
          <li key={i} className={`showdown-reading tone-${reading.tone}`}>
            <span className="showdown-reading-tone">{TONE_WORD[reading.tone]}:</span>{" "}
            <InlineCode text={reading.text} />
          </li>
        ))}
      </ul>
      <div className="showdown-charts">
        <FiguresChart chart={sizeChart([a, b])} legend />
        <FiguresChart chart={timeChart([a, b])} legend={false} />
      </div>
      <FiguresTable labels={[`A: ${a.label}`, `B: ${b.label}`]} figures={[a.figures, b.figures]} />
      <p className="muted showdown-footnote">
        Sizes are uncompressed, as <code>docker images</code> prints them. A base image&apos;s contents and
        other big trees count as one file each. Build times are simulated for a first build without cache.
      </p>
    </>
  );
}

function Waiting({ sides }: { sides: { label: string; state: FiguresState }[] }) {
  return (
    <ul className="showdown-waiting" aria-live="polite">
      {sides.map(({ label, state }, i) => (
        <li key={i}>
          {label}:{" "}
          {state.status === "measuring"
            ? "measuring…"
            : state.status === "failed"
              ? `Stageplay could not measure it: ${state.message}`
              : state.status === "no-engine"
                ? "the simulator is not running, so there is nothing to measure."
                : "measured."}
        </li>
      ))}
    </ul>
  );
}

/** Both sides' names for sentences: the same source twice is told apart by its side. */
function distinctLabels([a, b]: [Side, Side]): [Side, Side] {
  if (a.label !== b.label) return [a, b];
  return [
    { ...a, label: `${a.label} (side A)` },
    { ...b, label: `${b.label} (side B)` },
  ];
}

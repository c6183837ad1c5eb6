// RUN --mount values are CSV (encoding/csv) of key=value fields (instructions/commands_runmount.go).
import type { Flag } from "../parse/types";

export interface MountField {
  /** Lower-cased, as BuildKit compares keys. */
  key: string;
  /** What follows the first `=`, or null when there is none. */
  value: string | null;
  /** The field as written, for messages. */
  raw: string;
}

/** Splits a `--mount` value into fields like Go's csv.Reader; returns its error text on malformed input. */
export function readMountFlag(text: string): { fields: MountField[]; error: string | null } {
  const raw: string[] = [];
  let i = 0;
  if (text === "") return { fields: [], error: "failed to parse csv mounts: EOF" };
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) {
          return {
            fields: [],
            error: `failed to parse csv mounts: parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`,
          };
        }
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ",") {
        return {
          fields: [],
          error: `failed to parse csv mounts: parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field`,
        };
      }
    } else {
      const end = text.indexOf(",", i);
      field = end < 0 ? text.slice(i) : text.slice(i, end);
      const quote = field.indexOf('"');
      if (quote >= 0) {
        return {
          fields: [],
          error: `failed to parse csv mounts: parse error on line 1, column ${i + quote + 1}: bare " in non-quoted-field`,
        };
      }
      i = end < 0 ? text.length : end;
    }
    raw.push(field);
    if (i >= text.length) break;
    i++; // the comma
    if (i >= text.length) {
      raw.push("");
      break;
    }
  }
  return {
    fields: raw.map((f) => {
      const eq = f.indexOf("=");
      return eq < 0
        ? { key: f.toLowerCase(), value: null, raw: f }
        : { key: f.slice(0, eq).toLowerCase(), value: f.slice(eq + 1), raw: f };
    }),
    error: null,
  };
}

export interface ReadMount {
  readonly fields: readonly MountField[];
  readonly error: string | null;
}

// The graph, the checks, the word lists and the simulator all read a RUN's mounts: read each flag once
// per parse (flags are made by each parse, so nothing outlives the analysis that read it).
const readFlags = new WeakMap<Flag, ReadMount>();

/** readMountFlag of a `--mount` flag's value (an empty one for a flag without a value), read once. */
export function readMountFlagOf(flag: Flag): ReadMount {
  let read = readFlags.get(flag);
  if (!read) readFlags.set(flag, (read = readMountFlag(flag.value ?? "")));
  return read;
}

/** The parts of a mount the graph needs. */
export interface MountSummary {
  from: string | null;
  source: string;
  target: string;
  type: string;
}

/** Picks `from`, `source`/`src`, `target`/`dst`/`destination` and `type` out of the fields. */
export function summarizeMount(fields: readonly MountField[]): MountSummary {
  const summary: MountSummary = { from: null, source: "", target: "", type: "bind" };
  for (const { key, value } of fields) {
    if (value === null) continue;
    if (key === "from") summary.from = value;
    else if (key === "source" || key === "src") summary.source = value;
    else if (key === "target" || key === "dst" || key === "destination") summary.target = value;
    else if (key === "type") summary.type = value.toLowerCase();
  }
  return summary;
}

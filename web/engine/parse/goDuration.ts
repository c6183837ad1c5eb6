// Go's time.ParseDuration, for HEALTHCHECK's --interval, --timeout, --start-period and
// --start-interval: BuildKit reports Go's own error text.
import { goQuote } from "./goQuote";

const UNIT_NANOS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  "\u00b5s": 1e3,
  "\u03bcs": 1e3,
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};
const MAX_NANOS = 2 ** 63 - 1;

/** Nanoseconds, or Go's error message. Precision beyond a float64 is not needed for the checks. */
export function parseGoDuration(text: string): { nanos: number } | { error: string } {
  const invalid = { error: "time: invalid duration " + goQuote(text) };
  let s = text;
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    s = s.slice(1);
  }
  if (s === "0") return { nanos: 0 };
  if (s === "") return invalid;
  let total = 0;
  while (s !== "") {
    const number = /^(\d*)(?:\.(\d*))?/.exec(s);
    const whole = number?.[1] ?? "";
    const fraction = number?.[2];
    if (!number || (whole === "" && !fraction)) return invalid;
    s = s.slice(number[0].length);
    const unitMatch = /^[^.0-9]*/.exec(s);
    const unit = unitMatch?.[0] ?? "";
    if (unit === "") return { error: "time: missing unit in duration " + goQuote(text) };
    s = s.slice(unit.length);
    const scale = UNIT_NANOS[unit];
    if (scale === undefined) {
      return { error: "time: unknown unit " + goQuote(unit) + " in duration " + goQuote(text) };
    }
    total += Number(`${whole || "0"}.${fraction ?? ""}`) * scale;
    if (total > MAX_NANOS) return invalid;
  }
  return { nanos: negative ? -total : total };
}

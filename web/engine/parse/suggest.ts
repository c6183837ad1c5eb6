// util/suggest: "did you mean …?" for a mistyped keyword, flag or option.

/** Levenshtein distance over code points (agext/levenshtein with default costs). */
export function levenshtein(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/**
 * The closest option at distance 2 or less, or null (suggest.WrapErrorMaybe). By default comparison
 * ignores case, as BuildKit does for instruction names, and the option comes back in the case the
 * user typed (all lower or all upper); `caseSensitive` compares and returns options as they are, as
 * for flags and mount keys. An exact match means the value was not mistyped: null. The first of
 * equally close options wins, where BuildKit's map order would pick any.
 */
export function suggest(value: string, options: readonly string[], caseSensitive = false): string | null {
  const lower = caseSensitive ? value : value.toLowerCase();
  // Keywords are short; a long word can never come within distance 2, so skip the quadratic work.
  let best: string | null = null;
  let bestDistance = 3;
  for (const option of options) {
    const candidate = caseSensitive ? option : option.toLowerCase();
    if (candidate === lower) return null;
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const distance = levenshtein(lower, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === null || caseSensitive) return best;
  if (value === value.toUpperCase() && value !== lower) return best.toUpperCase();
  return best;
}

/** BuildKit's suggestError text: the message, then ` (did you mean x?)` when an option is close. */
export function withSuggestion(
  message: string,
  value: string,
  options: readonly string[],
  caseSensitive = false,
): string {
  const match = suggest(value, options, caseSensitive);
  return match === null ? message : `${message} (did you mean ${match}?)`;
}

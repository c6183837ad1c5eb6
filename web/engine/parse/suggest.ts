// util/suggest: "did you mean …?" for a mistyped keyword.

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
 * The closest option at distance 2 or less, in the case the user typed (all lower or all upper),
 * or null. Comparison ignores case, as BuildKit's WrapError does for instruction names; the first of
 * equally close options wins, where BuildKit's map order would pick any.
 */
export function suggest(value: string, options: readonly string[]): string | null {
  const lower = value.toLowerCase();
  // Keywords are short; a long word can never come within distance 2, so skip the quadratic work.
  let best: string | null = null;
  let bestDistance = 3;
  for (const option of options) {
    const candidate = option.toLowerCase();
    if (candidate === lower) return null;
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const distance = levenshtein(lower, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  if (value === value.toUpperCase() && value !== lower) return best.toUpperCase();
  return best;
}

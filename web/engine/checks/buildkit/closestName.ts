import { levenshtein } from "../../parse/suggest";

/**
 * util/suggest.Search, case-sensitive: the option closest to `value` within edit distance 2, or
 * null when there is none or `value` is itself an option. Ties go to the earlier option.
 */
export function closestName(value: string, options: Iterable<string>): string | null {
  if (value === "") return null;
  let best: string | null = null;
  let bestDistance = 3;
  for (const option of options) {
    if (option === value) return null;
    if (Math.abs(option.length - value.length) >= bestDistance) continue;
    const distance = levenshtein(value, option);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

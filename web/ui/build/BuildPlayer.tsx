/** The simulated build as a BuildKit-style log, played back step by step. */
export function BuildPlayer() {
  return <section aria-label="Build player" />;
}

/** The stage diagram. */
export function DiagramView() {
  return <section aria-label="Stage diagram" />;
}

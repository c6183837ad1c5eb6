/** The image explorer: any stage's layers and files, the final image's size by origin, its start verdict. */
export function ImageExplorer() {
  return <section aria-label="Image explorer" />;
}

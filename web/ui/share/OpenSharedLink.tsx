/** Opens a shared Dockerfile and build context into the playground. */
export function OpenSharedLink({ data }: { data: string }) {
  return (
    <main className="not-found">
      <h1>Opening a shared Dockerfile ({data.length} characters)</h1>
    </main>
  );
}

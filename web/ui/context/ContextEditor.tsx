import type { ContextFile } from "../../engine";
import type { DocumentId } from "../../state/types";

interface Props {
  documentId: DocumentId;
  /** The context the document starts with, before the learner edits it. */
  startingContext: ContextFile[] | undefined;
}

/** The build context's files: what `COPY` and `ADD` can read. */
export function ContextEditor({ documentId, startingContext }: Props) {
  return (
    <p>
      {documentId}: {startingContext?.length ?? 0} files
    </p>
  );
}

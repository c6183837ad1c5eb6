import { formatSize } from "../../engine";

/** A size as `docker images` prints it; "≈" (read as "about") marks an estimate. */
export function Size({ bytes, estimated = false }: { bytes: number; estimated?: boolean }) {
  return (
    <span className="image-size">
      {estimated && (
        <>
          <span aria-hidden="true" title="an estimate">
            ≈
          </span>
          <span className="visually-hidden">about </span>
        </>
      )}
      {formatSize(bytes)}
    </span>
  );
}

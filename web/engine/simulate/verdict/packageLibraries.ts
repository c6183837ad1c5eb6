// Python packages built from source link a system library they need at run time, which a slim final
// image does not have unless its runtime package is installed there (learner question 8: psycopg2
// built against libpq-dev in the builder, then `libpq.so.5: cannot open shared object file`).
import { normalizeProjectName } from "../catalog";
import type { FileFact, FileNode } from "../types";
import type { ImageView } from "./imageView";
import { providesLibrary } from "./libraries";
import { code, failed, imageName, type Reason } from "./reason";

type PythonPackage = Extract<FileFact, { kind: "python-package" }>;

/** Source-built distributions and the library each loads; the -binary wheels bundle theirs. */
const NEEDS: Readonly<Record<string, { library: string; apt: string; apk: string }>> = {
  psycopg2: { library: "libpq.so.5", apt: "libpq5", apk: "libpq" },
  mysqlclient: { library: "libmariadb.so.3", apt: "libmariadb3", apk: "mariadb-connector-c" },
};

export function packageLibraryProblem(
  view: ImageView,
  node: FileNode,
  fact: PythonPackage,
  at: string,
): Reason | null {
  const needs = NEEDS[normalizeProjectName(fact.name)];
  if (!needs || providesLibrary(view, needs.library) !== "no") return null;
  const install =
    view.base?.packageManager === "apk"
      ? `apk add --no-cache ${needs.apk}`
      : `apt-get install -y --no-install-recommends ${needs.apt}`;
  return failed(
    "libc",
    `${fact.name} in ${at} was compiled against ${needs.library}, which ${imageName(view)} does not have: the build stage had the -dev package, this image has no runtime library.`,
    {
      runtimeError: `ImportError: ${needs.library}: cannot open shared object file: No such file or directory`,
      line: view.lineOf(node),
      fix: `Install the runtime library (not its -dev package) in this stage: ${code(`RUN ${install}`)}, or use the ${fact.name}-binary wheel.`,
    },
  );
}

// Python packages pip must compile here, and what that takes: psycopg2 and mysqlclient ship no
// wheels, so their build needs the database's -dev package and a C compiler. Without them pip
// stops with the package's own error (the -binary wheels need neither; learner question 8 is what
// happens at run time when the final stage lacks the runtime library).
import type { ShellState } from "../runState";

interface SourceBuild {
  /** Paths any of which shows the headers are installed (apt's and apk's -dev packages). */
  dev: readonly string[];
  devPackages: { apt: string; apk: string };
  error: string;
}

const SOURCE_BUILDS: Readonly<Record<string, SourceBuild>> = {
  psycopg2: {
    dev: [
      "/usr/lib/x86_64-linux-gnu/libpq-dev",
      "/usr/lib/libpq-dev",
      "/usr/lib/postgresql-dev",
      "/usr/bin/pg_config",
    ],
    devPackages: { apt: "libpq-dev", apk: "postgresql-dev" },
    error: "Error: pg_config executable not found.",
  },
  mysqlclient: {
    dev: [
      "/usr/lib/x86_64-linux-gnu/default-libmysqlclient-dev",
      "/usr/lib/x86_64-linux-gnu/libmariadb-dev",
      "/usr/lib/mariadb-dev",
      "/usr/bin/mysql_config",
    ],
    devPackages: { apt: "default-libmysqlclient-dev pkg-config", apk: "mariadb-dev pkgconf" },
    error: "Exception: Can not find valid pkg-config name.",
  },
};

/** The full Debian images are built on buildpack-deps, which has gcc and these -dev packages. */
function buildpackDeps(state: ShellState): boolean {
  return state.ctx.base?.contents.some((content) => content.name === "gcc") ?? false;
}

/** Why `pip install <name>` would fail to compile here, or null. */
export function sourceBuildProblem(
  state: ShellState,
  name: string,
): { error: string; fix: string; missing: string } | null {
  const build = SOURCE_BUILDS[name];
  if (!build || buildpackDeps(state) || state.ctx.base?.family === "unknown") return null;
  const apk = state.ctx.base?.packageManager === "apk";
  const install = (packages: string) =>
    apk ? `apk add --no-cache ${packages}` : `apt-get install -y --no-install-recommends ${packages}`;
  if (!build.dev.some((path) => state.fs.resolve(path))) {
    return {
      error: build.error,
      // What an earlier step Stageplay cannot follow may have installed.
      missing: build.dev[build.dev.length - 1] as string,
      fix: `${name} compiles from source: install ${apk ? build.devPackages.apk : build.devPackages.apt} and a compiler in the build stage (${install(`${apk ? build.devPackages.apk : build.devPackages.apt} ${apk ? "build-base" : "gcc"}`)}), or use the ${name}-binary wheel.`,
    };
  }
  if (!state.fs.resolve("/usr/bin/gcc")) {
    return {
      error: "error: command 'gcc' failed: No such file or directory",
      missing: "/usr/bin/gcc",
      fix: `Install a compiler in the build stage (${install(apk ? "build-base" : "gcc")}).`,
    };
  }
  return null;
}

// Whether a simple command installs a project's dependencies from its manifest (`npm ci`, `pip
// install -r requirements.txt`, `go mod download`…), and which files that install reads: the ones to
// copy before it so that it runs again only when they change.

export interface DependencyInstall {
  /** The command as a learner would name it, e.g. `npm ci`. */
  command: string;
  /** The manifest and lock files it reads, relative to the working directory. */
  manifests: string[];
}

const basename = (word: string) => word.slice(word.lastIndexOf("/") + 1);
const positional = (args: readonly string[]) => args.filter((arg) => !arg.startsWith("-"));

/** The requirements files of `pip install`'s `-r FILE`, `-rFILE`, `--requirement FILE` or `--requirement=FILE`. */
function requirementFiles(args: readonly string[]): string[] {
  const files: string[] = [];
  args.forEach((arg, i) => {
    const next = args[i + 1];
    if ((arg === "-r" || arg === "--requirement") && next) files.push(next);
    else if (arg.startsWith("--requirement=")) files.push(arg.slice("--requirement=".length));
    else if (arg.startsWith("-r") && arg.length > 2 && !arg.startsWith("--")) files.push(arg.slice(2));
  });
  return files;
}

function pipInstall(args: readonly string[], command: string): DependencyInstall | null {
  if (args[0] !== "install") return null;
  const files = requirementFiles(args);
  // Without `-r` pip installs named packages or the project itself, which needs its source.
  if (files.length === 0 || files.some((file) => file.includes("$"))) return null;
  return { command: `${command} install -r ${files.join(" -r ")}`, manifests: files };
}

export function dependencyInstall(words: readonly string[]): DependencyInstall | null {
  const [first, ...args] = words;
  if (first === undefined) return null;
  const tool = basename(first);
  switch (tool) {
    case "pip":
    case "pip3":
      return pipInstall(args, tool);
    case "python":
    case "python3":
      return args[0] === "-m" && args[1] === "pip" ? pipInstall(args.slice(2), `${tool} -m pip`) : null;
    case "uv":
      if (args[0] === "pip") return pipInstall(args.slice(1), "uv pip");
      return args[0] === "sync" ? { command: "uv sync", manifests: ["pyproject.toml", "uv.lock"] } : null;
    case "npm":
      if (args[0] === "ci") return { command: "npm ci", manifests: ["package.json", "package-lock.json"] };
      // `npm install express` adds a package the manifest may not list; bare `npm install` reads it.
      if ((args[0] === "install" || args[0] === "i") && positional(args).length === 1)
        return { command: "npm install", manifests: ["package.json", "package-lock.json"] };
      return null;
    case "yarn":
      if (positional(args).length === 0 || (args[0] === "install" && positional(args).length === 1))
        return { command: "yarn install", manifests: ["package.json", "yarn.lock"] };
      return null;
    case "pnpm":
      if ((args[0] === "install" || args[0] === "i") && positional(args).length === 1)
        return { command: "pnpm install", manifests: ["package.json", "pnpm-lock.yaml"] };
      return null;
    case "go":
      return args[0] === "mod" && args[1] === "download"
        ? { command: "go mod download", manifests: ["go.mod", "go.sum"] }
        : null;
    case "bundle":
      return args[0] === "install"
        ? { command: "bundle install", manifests: ["Gemfile", "Gemfile.lock"] }
        : null;
    case "mvn":
    case "mvnw": {
      const goal = args.find((arg) => /^dependency:(go-offline|resolve)$/.test(arg));
      return goal ? { command: `mvn ${goal}`, manifests: ["pom.xml"] } : null;
    }
    case "composer":
      return args[0] === "install"
        ? { command: "composer install", manifests: ["composer.json", "composer.lock"] }
        : null;
    case "poetry":
      return args[0] === "install"
        ? { command: "poetry install", manifests: ["pyproject.toml", "poetry.lock"] }
        : null;
    case "pipenv":
      return args[0] === "install" || args[0] === "sync"
        ? { command: `pipenv ${args[0]}`, manifests: ["Pipfile", "Pipfile.lock"] }
        : null;
    case "cargo":
      return args[0] === "fetch" ? { command: "cargo fetch", manifests: ["Cargo.toml", "Cargo.lock"] } : null;
    default:
      return null;
  }
}

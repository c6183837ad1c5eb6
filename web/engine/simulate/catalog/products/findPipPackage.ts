import { mb } from "../units";
import { catalogEstimate, estimate } from "../sources";
import { PIP_PACKAGES } from "./pipPackages";
import type { PipPackageFigure } from "./productTypes";

export interface PipPackageLookup {
  figure: PipPackageFigure;
  /** False only for packages the catalog has a figure for; their figures may still be estimates. */
  unknown: boolean;
  note: string;
}

// PEP 508: the name ends where extras, a version specifier, a URL or an environment marker start.
const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[|[<>=!~;@\s]|$)/;

/** PEP 503 normalisation: "Flask", "flask_sqlalchemy", "Flask.SQLAlchemy" all compare equal. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The project name of one `pip install` argument or requirements line, or null for options, paths and URLs. */
export function requirementName(argument: string): string | null {
  const text = argument.trim();
  if (text === "" || text.startsWith("-") || text.startsWith("#") || /^[./~]|:\/\//.test(text)) return null;
  if (/\.(whl|tar\.gz|zip)$/i.test(text)) return null;
  const match = NAME.exec(text);
  return match?.[1] ? normalizeProjectName(match[1]) : null;
}

function unknownPackage(name: string): PipPackageFigure {
  return {
    requirement: name,
    imports: [name.replace(/-/g, "_")],
    scripts: [],
    installed: estimate(
      mb(5),
      catalogEstimate("an unknown pure-Python package with dependencies, Flask-sized"),
      `${name} is not in the catalog; assumed about 5 MB with its dependencies, without compiled extensions.`,
    ),
    wheels: estimate(
      mb(1.5),
      catalogEstimate("wheels of a Flask-sized package"),
      "About a third of the installed size.",
    ),
    nativeExtensions: false,
  };
}

/**
 * What installing one requirement adds to site-packages. Never null for a package name: a package
 * the catalog lacks comes back as a flagged estimate, so the simulator can say it guessed.
 */
export function findPipPackage(argument: string): PipPackageLookup | null {
  const name = requirementName(argument);
  if (name === null) return null;
  const figure = PIP_PACKAGES.find((entry) => entry.requirement === name);
  if (figure) return { figure, unknown: false, note: "" };
  const guess = unknownPackage(name);
  return { figure: guess, unknown: true, note: guess.installed.note ?? "" };
}

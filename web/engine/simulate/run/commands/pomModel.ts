// The few facts of a pom.xml that decide what `mvn package` writes under target/: the project's
// own coordinates (not its parent's or a dependency's), its packaging and <build><finalName>, with
// ${…} expressions resolved as Maven does from the project, its <properties> and -D arguments.

/** The text of each element, by its path from the root (`project/build/finalName`); first wins. */
function elementTexts(xml: string): Map<string, string> {
  const texts = new Map<string, string>();
  const stack: string[] = [];
  let textStart = -1;
  const source = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  for (const tag of source.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [whole, closing, qualified, selfClosing] = tag;
    const name = (qualified ?? "").replace(/^.*:/, "");
    if (closing) {
      const path = stack.join("/");
      if (stack.at(-1) === name && textStart >= 0 && !texts.has(path))
        texts.set(path, source.slice(textStart, tag.index).trim());
      const open = stack.lastIndexOf(name);
      if (open >= 0) stack.length = open;
      textStart = -1;
    } else if (!selfClosing) {
      stack.push(name);
      textStart = tag.index + whole.length;
    }
  }
  return texts;
}

export type PomArtifact =
  /** The file `mvn package` writes, relative to the project directory. */
  | { kind: "file"; path: string; packaging: string }
  /** Packaging `pom`: nothing to package (an aggregator's modules build in their own target/). */
  | { kind: "none"; modules: boolean }
  /** A name or packaging Stageplay cannot resolve: a ${…} it does not know, a plugin's packaging. */
  | { kind: "unknown"; reason: string };

/** Packagings whose artifact is an archive with this extension. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  jar: "jar",
  war: "war",
  ear: "ear",
  ejb: "jar",
  "maven-plugin": "jar",
  bundle: "jar",
};

export interface PomFacts {
  artifactId: string | undefined;
  version: string | undefined;
  packaging: string;
  /** <build><finalName> as written, ${…} unresolved. */
  finalName: string | undefined;
  modules: boolean;
  /** Values for ${…}: project.*, the pom's <properties>. */
  properties: Map<string, string>;
}

export function readPom(xml: string): PomFacts {
  const texts = elementTexts(xml);
  const get = (path: string) => texts.get(`project/${path}`) || undefined;
  const artifactId = get("artifactId");
  const version = get("version") ?? get("parent/version");
  const groupId = get("groupId") ?? get("parent/groupId");
  const properties = new Map<string, string>();
  for (const [path, text] of texts) {
    const property = /^project\/properties\/([^/]+)$/.exec(path)?.[1];
    if (property) properties.set(property, text);
  }
  const project: Record<string, string | undefined> = {
    artifactId,
    version,
    groupId,
    name: get("name"),
    packaging: get("packaging") ?? "jar",
    "parent.version": get("parent/version"),
    "parent.groupId": get("parent/groupId"),
    "parent.artifactId": get("parent/artifactId"),
    "build.directory": "target",
  };
  for (const [key, value] of Object.entries(project)) {
    if (value === undefined) continue;
    properties.set(`project.${key}`, value);
    properties.set(`pom.${key}`, value);
    if (!key.includes(".")) properties.set(key, value);
  }
  return {
    artifactId,
    version,
    packaging: get("packaging") ?? "jar",
    finalName: get("build/finalName"),
    modules: [...texts.keys()].some((path) => path.startsWith("project/modules/")),
    properties,
  };
}

/** Resolves ${…} in `text`, properties referring to properties included; undefined when one is unknown. */
export function interpolate(
  text: string,
  properties: ReadonlyMap<string, string>,
  env: Readonly<Record<string, string | undefined>> = {},
): string | undefined {
  let value = text;
  for (let depth = 0; depth < 10 && value.includes("${"); depth++) {
    let unknown = false;
    value = value.replace(/\$\{([^}]+)\}/g, (_, key: string) => {
      const found = key.startsWith("env.") ? env[key.slice(4)] : properties.get(key);
      if (found === undefined) unknown = true;
      return found ?? "";
    });
    if (unknown) return undefined;
  }
  return value.includes("${") ? undefined : value;
}

/**
 * What `mvn package` makes for this pom: target/<finalName>.<extension>, finalName defaulting to
 * ${project.artifactId}-${project.version}. `userProperties` are the -Dkey=value arguments, which
 * win over the pom's <properties>.
 */
export function pomArtifact(
  facts: PomFacts,
  fallbackArtifactId: string,
  userProperties: ReadonlyMap<string, string> = new Map(),
  env: Readonly<Record<string, string | undefined>> = {},
): PomArtifact {
  if (facts.packaging === "pom") return { kind: "none", modules: facts.modules };
  const extension = EXTENSIONS[facts.packaging];
  if (!extension)
    return {
      kind: "unknown",
      reason: `packaging ${facts.packaging} is made by a plugin Stageplay does not model`,
    };
  const properties = new Map([...facts.properties, ...userProperties]);
  if (!properties.has("project.artifactId")) properties.set("project.artifactId", fallbackArtifactId);
  const written =
    facts.finalName ??
    `\${project.artifactId}-${facts.version === undefined ? "0.0.1-SNAPSHOT" : "${project.version}"}`;
  const name = interpolate(written, properties, env);
  if (name === undefined || name === "")
    return { kind: "unknown", reason: `the jar's name ${written} uses a property Stageplay cannot resolve` };
  return { kind: "file", path: `target/${name}.${extension}`, packaging: facts.packaging };
}

/** The -Dkey=value (and -D key=value) arguments of a mvn command line. */
export function userProperties(args: readonly string[]): Map<string, string> {
  const properties = new Map<string, string>();
  args.forEach((arg, index) => {
    const definition = arg === "-D" ? args[index + 1] : arg.startsWith("-D") ? arg.slice(2) : undefined;
    if (!definition) return;
    const equals = definition.indexOf("=");
    if (equals > 0) properties.set(definition.slice(0, equals), definition.slice(equals + 1));
    else properties.set(definition, "true");
  });
  return properties;
}

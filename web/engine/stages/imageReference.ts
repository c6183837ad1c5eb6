// Docker image references as github.com/distribution/reference's ParseNormalizedNamed reads them, so
// `FROM` fails with the same "invalid reference format" messages BuildKit prints.

/** A registry image reference, normalised the way Docker does (`alpine` → `docker.io/library/alpine`). */
export interface ImageReference {
  /** e.g. `docker.io` */
  domain: string;
  /** e.g. `library/alpine` */
  path: string;
  /** null when the reference has no tag (Docker then pulls `latest` unless a digest is given). */
  tag: string | null;
  digest: string | null;
  /** e.g. `docker.io/library/alpine:3.20`, with `:latest` added when neither tag nor digest is given. */
  normalized: string;
  /** The short name people write: `alpine:3.20`, `ghcr.io/o/r@sha256:…`. */
  familiar: string;
}

const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
const host = `(?:${domainName}|\\[(?:[a-fA-F0-9:]+)\\])`;
const domainAndPort = `${host}(?::[0-9]+)?`;
const tag = "[\\w][\\w.-]{0,127}";
const digestPattern = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePattern = `(?:${domainAndPort}/)?${remoteName}`;
const referenceRegExp = new RegExp(`^(${namePattern})(?::(${tag}))?(?:@(${digestPattern}))?$`);
const anchoredName = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const identifier = /^[a-f0-9]{64}$/;
const digestLengths: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** Parses an image reference as Docker does; returns Docker's error text on failure. */
export function parseImageReference(
  text: string,
): { ok: true; reference: ImageReference } | { ok: false; error: string } {
  if (identifier.test(text)) {
    return {
      ok: false,
      error: `invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`,
    };
  }
  const [domain, remainder] = splitDockerDomain(text);
  const colon = remainder.indexOf(":");
  const remote = colon > -1 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) {
    return { ok: false, error: `invalid reference format: repository name (${remote}) must be lowercase` };
  }
  const full = `${domain}/${remainder}`;
  const match = referenceRegExp.exec(full);
  if (!match) {
    if (referenceRegExp.test(full.toLowerCase())) {
      return { ok: false, error: "invalid reference format: repository name must be lowercase" };
    }
    return { ok: false, error: "invalid reference format" };
  }
  const name = match[1] as string;
  if (name.length > 255) return { ok: false, error: "repository name must not be more than 255 characters" };
  const digest = match[3] ?? null;
  if (digest !== null) {
    const error = validateDigest(digest);
    if (error) return { ok: false, error };
  }
  const nameMatch = anchoredName.exec(name);
  const refDomain = nameMatch?.[1] ?? "";
  const path = nameMatch?.[2] ?? name;
  const tagValue = match[2] ?? null;
  const suffix = (tagValue !== null ? `:${tagValue}` : "") + (digest !== null ? `@${digest}` : "");
  const normalized = `${refDomain}/${path}` + (tagValue === null && digest === null ? ":latest" : suffix);
  let familiarName = `${refDomain}/${path}`;
  if (refDomain === "docker.io")
    familiarName = path.startsWith("library/") && path.indexOf("/", 8) < 0 ? path.slice(8) : path;
  return {
    ok: true,
    reference: {
      domain: refDomain,
      path,
      tag: tagValue,
      digest,
      normalized,
      familiar: familiarName + suffix,
    },
  };
}

function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf("/");
  let domain: string;
  let remainder: string;
  const first = slash === -1 ? "" : name.slice(0, slash);
  if (slash === -1 || (!/[.:]/.test(first) && first !== "localhost" && first.toLowerCase() === first)) {
    domain = "docker.io";
    remainder = name;
  } else {
    domain = first;
    remainder = name.slice(slash + 1);
  }
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !remainder.includes("/")) remainder = "library/" + remainder;
  return [domain, remainder];
}

function validateDigest(digest: string): string | null {
  const colon = digest.indexOf(":");
  if (colon <= 0 || colon + 1 === digest.length) return "invalid checksum digest format";
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = digestLengths[algorithm];
  if (length === undefined) return "unsupported digest algorithm";
  if (encoded.length !== length) return "invalid checksum digest length";
  if (!/^[a-f0-9]+$/.test(encoded)) return "invalid checksum digest format";
  return null;
}

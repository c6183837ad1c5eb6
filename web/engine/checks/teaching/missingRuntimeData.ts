// What a small image lacks that a program needs at run time without knowing it at build time: CA
// certificates for TLS (scratch, debian-slim) and time zone data (scratch, alpine). Go and Rust
// binaries are hedged ("if it calls HTTPS") and only noted: the simulation has no facts about what
// they import, and a server that only listens never needs the certificates. A Python app's imports
// are read, as the verdict reads them: one that makes HTTPS calls gets a warning.
import type { Diagnostic } from "../../diagnostics/types";
import type { FileFact, FileNode } from "../../simulate/types";
import { imageName } from "../../simulate/verdict/reason";
import { doubtAbout, weighDoubt, finalImage, type FinalImage } from "./finalImage";
import { importedModules } from "./pythonApp";
import { code, teachingDiagnostic } from "./teachingDiagnostic";
import type { TeachingCheck, TeachingCheckInput } from "./types";

export const MISSING_CA_CERTIFICATES = "missing-ca-certificates";
export const MISSING_ZONEINFO = "missing-zoneinfo";

/** Python modules that verify TLS against the system's CA store (requests and httpx bring certifi's). */
const PYTHON_TLS = new Set(["ssl", "urllib3", "aiohttp"]);

type Elf = Extract<FileFact, { kind: "elf" }>;

/** Go and Rust programs the Dockerfile put into the image, with the line that did. */
function compiledPrograms(image: FinalImage): { node: FileNode; elf: Elf; line: number }[] {
  return image.stage.files.flatMap((node) => {
    if (node.origin.kind === "base") return [];
    const elf = node.facts.find(
      (fact): fact is Elf => fact.kind === "elf" && (fact.producer === "go" || fact.producer === "rust"),
    );
    const line = image.view.lineOf(node);
    return elf && line !== null ? [{ node, elf, line }] : [];
  });
}

function hasCertificates(image: FinalImage): boolean {
  return image.view.withFact("ca-certificates").length > 0;
}

function hasZoneinfo(image: FinalImage): boolean {
  if (image.view.withFact("zoneinfo").length > 0) return true;
  return image.view.withFact("python-package").some(({ fact }) => fact.imports.includes("tzdata"));
}

function certificateFix(image: FinalImage): string {
  const base = image.view.base;
  if (base?.packageManager === "apt")
    return `Install them in this stage: ${code("RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*")}.`;
  if (base?.packageManager === "apk")
    return `Install them in this stage: ${code("RUN apk add --no-cache ca-certificates")}.`;
  return `Copy them from the build stage (${code("COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/")}), or start from ${code("gcr.io/distroless/static-debian12")}, which has them.`;
}

function zoneFix(image: FinalImage, go: boolean): string {
  const base = image.view.base;
  const install =
    base?.packageManager === "apk"
      ? code("RUN apk add --no-cache tzdata")
      : base?.packageManager === "apt"
        ? code("RUN apt-get update && apt-get install -y --no-install-recommends tzdata")
        : code("COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo");
  return go
    ? `${install}, or embed the database in the binary with ${code('import _ "time/tzdata"')} (or ${code("-tags timetzdata")}).`
    : `${install}, or install the ${code("tzdata")} Python package.`;
}

function certificateFindings(input: TeachingCheckInput, image: FinalImage): Diagnostic[] {
  if (hasCertificates(image)) return [];
  const name = imageName(image.view);
  const python = importedModules(image).find(({ name: module }) => PYTHON_TLS.has(module));
  if (python) {
    const line = image.view.lineOf(python.source);
    if (line === null) return [];
    return [
      teachingDiagnostic(input, {
        rule: MISSING_CA_CERTIFICATES,
        severity: "warning",
        line,
        message: `${python.source.path} imports ${code(python.name)}, which checks servers against the system's CA certificates, but ${name} has none: HTTPS requests fail with ${code("ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate")}.`,
        fix: certificateFix(image),
        url: "https://docs.python.org/3/library/ssl.html#ssl.SSLContext.load_default_certs",
      }),
    ];
  }
  return compiledPrograms(image)
    .slice(0, 1)
    .map(({ node, elf, line }) =>
      teachingDiagnostic(input, {
        rule: MISSING_CA_CERTIFICATES,
        // Whether it makes outbound HTTPS calls is not something the simulation can know.
        severity: "info",
        line,
        message: `${node.path} is a ${elf.producer === "go" ? "Go" : "Rust"} program, and ${name} has no CA certificates (/etc/ssl/certs/ca-certificates.crt). A server that only answers requests does not need them; but if the program itself calls an HTTPS server, the request fails with ${code(elf.producer === "go" ? "tls: failed to verify certificate: x509: certificate signed by unknown authority" : "invalid peer certificate: UnknownIssuer")}.`,
        fix: certificateFix(image),
        url: "https://docs.docker.com/build/building/multi-stage/",
      }),
    );
}

function zoneFindings(input: TeachingCheckInput, image: FinalImage): Diagnostic[] {
  if (hasZoneinfo(image)) return [];
  const name = imageName(image.view);
  const source = importedModules(image).find(({ name: module }) => module === "zoneinfo")?.source;
  if (source) {
    const line = image.view.lineOf(source);
    if (line === null) return [];
    return [
      teachingDiagnostic(input, {
        rule: MISSING_ZONEINFO,
        severity: "warning",
        line,
        message: `${source.path} imports ${code("zoneinfo")}, which reads /usr/share/zoneinfo, but ${name} has no time zone data: ${code('ZoneInfo("America/New_York")')} fails with ${code("zoneinfo._common.ZoneInfoNotFoundError: 'No time zone found with key America/New_York'")}.`,
        fix: zoneFix(image, false),
        url: "https://docs.python.org/3/library/zoneinfo.html#data-sources",
      }),
    ];
  }
  return compiledPrograms(image)
    .filter(({ elf }) => elf.producer === "go")
    .slice(0, 1)
    .map(({ node, line }) =>
      teachingDiagnostic(input, {
        rule: MISSING_ZONEINFO,
        severity: "info",
        line,
        message: `${node.path} is a Go program, and ${name} has no time zone data (/usr/share/zoneinfo): if it loads a zone, ${code('time.LoadLocation("America/New_York")')} fails with ${code("unknown time zone America/New_York")}.`,
        fix: zoneFix(image, true),
        url: "https://pkg.go.dev/time/tzdata",
      }),
    );
}

export const missingRuntimeData: TeachingCheck = (input) => {
  const image = finalImage(input);
  if (!image) return [];
  const doubt = doubtAbout(image);
  return [...certificateFindings(input, image), ...zoneFindings(input, image)].map((diagnostic) =>
    weighDoubt(diagnostic, doubt),
  );
};

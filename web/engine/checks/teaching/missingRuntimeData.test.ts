import { describe, expect, it } from "vitest";
import { findings } from "./testing/teachingFindings";

const GO = { "main.go": "package main\nfunc main() {}\n", "go.mod": "module example.com/app\ngo 1.22\n" };

const goOn = (base: string, extra = "") =>
  `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM ${base}\nCOPY --from=build /app /app\n${extra}USER 65534\nENTRYPOINT ["/app"]\n`;

describe("missing-ca-certificates", () => {
  it("notes (not warns) at the COPY of a Go binary onto scratch, quoting Go's x509 error if it calls HTTPS", () => {
    const [finding, ...rest] = findings(goOn("scratch"), "missing-ca-certificates", GO);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("info");
    expect(finding?.message).toContain("if the program itself calls an HTTPS server");
    expect(finding?.range.start.line).toBe(7);
    expect(finding?.message).toContain("x509: certificate signed by unknown authority");
    expect(finding?.fix).toContain("/etc/ssl/certs/ca-certificates.crt");
  });

  it("tells a debian-slim image to install ca-certificates", () => {
    const [finding] = findings(goOn("debian:bookworm-slim"), "missing-ca-certificates", GO);
    expect(finding?.fix).toContain("apt-get install -y --no-install-recommends ca-certificates");
  });

  it("warns when a Python app that imports ssl runs on an image without certificates", () => {
    const dockerfile = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\nCOPY app.py /app/app.py\nCMD ["python3", "/app/app.py"]\n`;
    const [finding, ...rest] = findings(dockerfile, "missing-ca-certificates", {
      "app.py": "import ssl\nimport urllib.request\n",
    });
    expect(rest).toEqual([]);
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("CERTIFICATE_VERIFY_FAILED");
  });

  it("only notes a Go HTTP server on debian-slim, which may never call out over TLS", () => {
    const server = {
      ...GO,
      "main.go": 'package main\nimport "net/http"\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
    };
    const found = findings(goOn("debian:bookworm-slim"), "missing-ca-certificates", server);
    expect(found.map((d) => d.severity)).toEqual(["info"]);
  });

  it.each(["urllib3", "aiohttp"])(
    "warns when a Python app imports %s, which uses the system's CA store",
    (module) => {
      const dockerfile = `FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3 python3-${module} && rm -rf /var/lib/apt/lists/*\nCOPY app.py /app/app.py\nCMD ["python3", "/app/app.py"]\n`;
      const found = findings(dockerfile, "missing-ca-certificates", { "app.py": `import ${module}\n` });
      expect(found.map((d) => [d.severity, d.range.start.line])).toEqual([["warning", 3]]);
    },
  );

  it("stays quiet when the certificates are copied, or the base has them", () => {
    const copied = goOn(
      "scratch",
      "COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt\n",
    );
    expect(findings(copied, "missing-ca-certificates", GO)).toEqual([]);
    expect(
      findings(goOn("gcr.io/distroless/static-debian12:nonroot"), "missing-ca-certificates", GO),
    ).toEqual([]);
  });
});

describe("missing-zoneinfo", () => {
  it("notes a Go binary on scratch, which has no /usr/share/zoneinfo", () => {
    const [finding, ...rest] = findings(goOn("scratch"), "missing-zoneinfo", GO);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("info");
    expect(finding?.range.start.line).toBe(7);
    expect(finding?.message).toContain("unknown time zone America/New_York");
    expect(finding?.fix).toContain("time/tzdata");
  });

  it("warns when a Python app that imports zoneinfo runs on Alpine without tzdata", () => {
    const app = (packages: string) =>
      `FROM alpine:3.21\nRUN apk add --no-cache ${packages}\nCOPY app.py /app/app.py\nCMD ["python3", "/app/app.py"]\n`;
    const files = { "app.py": "from zoneinfo import ZoneInfo\nZoneInfo('America/New_York')\n" };
    const [finding, ...rest] = findings(app("python3"), "missing-zoneinfo", files);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.message).toContain("No time zone found with key America/New_York");
    expect(finding?.fix).toContain("apk add --no-cache tzdata");
    expect(findings(app("python3 tzdata"), "missing-zoneinfo", files)).toEqual([]);
  });

  it("stays quiet where the base has time zone data (distroless static)", () => {
    expect(findings(goOn("gcr.io/distroless/static-debian12:nonroot"), "missing-zoneinfo", GO)).toEqual([]);
  });
});

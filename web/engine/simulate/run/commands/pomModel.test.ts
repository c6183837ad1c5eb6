import { describe, expect, it } from "vitest";
import { interpolate, pomArtifact, readPom, userProperties } from "./pomModel";

const pom = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n${inner}\n</project>`;

const artifactOf = (inner: string, args: string[] = []) =>
  pomArtifact(readPom(pom(inner)), "src", userProperties(args));

describe("readPom", () => {
  it("reads the project's own coordinates, not its parent's or a dependency's", () => {
    const facts = readPom(
      pom(`<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>
  <artifactId>demo</artifactId>
  <dependencies><dependency><artifactId>lib</artifactId><version>9</version></dependency></dependencies>`),
    );
    expect(facts).toMatchObject({ artifactId: "demo", version: "3.3.0", packaging: "jar" });
    expect(facts.properties.get("project.groupId")).toBe("org.springframework.boot");
  });

  it("takes <finalName> from <build> only, not from a plugin's configuration or a profile", () => {
    const facts = readPom(
      pom(`<artifactId>hello</artifactId><version>1.0</version>
  <build>
    <plugins><plugin><artifactId>maven-assembly-plugin</artifactId><configuration><finalName>bundle</finalName></configuration></plugin></plugins>
  </build>
  <profiles><profile><build><finalName>other</finalName></build></profile></profiles>`),
    );
    expect(facts.finalName).toBeUndefined();
  });

  it("ignores comments, and reads <properties>", () => {
    const facts = readPom(
      pom(`<!-- <artifactId>old</artifactId> --><artifactId>hello</artifactId>
  <properties><app.name>greeter</app.name><java.version>21</java.version></properties>`),
    );
    expect(facts.artifactId).toBe("hello");
    expect(facts.properties.get("app.name")).toBe("greeter");
  });
});

describe("pomArtifact", () => {
  it("names the jar <finalName>.jar", () => {
    expect(
      artifactOf("<artifactId>x</artifactId><version>1</version><build><finalName>hello</finalName></build>"),
    ).toEqual({
      kind: "file",
      path: "target/hello.jar",
      packaging: "jar",
    });
  });

  it("defaults to artifactId-version.jar", () => {
    expect(artifactOf("<artifactId>hello</artifactId><version>1.0.0</version>")).toMatchObject({
      path: "target/hello-1.0.0.jar",
    });
  });

  it("resolves ${project.*} and the pom's properties in <finalName>", () => {
    expect(
      artifactOf(
        "<artifactId>hello</artifactId><version>1.0</version><build><finalName>${project.artifactId}</finalName></build>",
      ),
    ).toMatchObject({ path: "target/hello.jar" });
    expect(
      artifactOf(
        "<artifactId>hello</artifactId><version>1.0</version><properties><app.name>greeter</app.name></properties><build><finalName>${app.name}-${project.version}</finalName></build>",
      ),
    ).toMatchObject({ path: "target/greeter-1.0.jar" });
  });

  it("lets -D arguments set a property, as CI-friendly ${revision} versions use", () => {
    const inner =
      "<artifactId>hello</artifactId><version>${revision}</version><properties><revision>0.1-SNAPSHOT</revision></properties>";
    expect(artifactOf(inner)).toMatchObject({ path: "target/hello-0.1-SNAPSHOT.jar" });
    expect(artifactOf(inner, ["-B", "-Drevision=2.0", "package"])).toMatchObject({
      path: "target/hello-2.0.jar",
    });
  });

  it("follows <packaging>: a war is a .war, a pom packages nothing", () => {
    expect(
      artifactOf(
        "<artifactId>shop</artifactId><version>1</version><packaging>war</packaging><build><finalName>shop</finalName></build>",
      ),
    ).toEqual({
      kind: "file",
      path: "target/shop.war",
      packaging: "war",
    });
    expect(
      artifactOf(
        "<artifactId>parent</artifactId><packaging>pom</packaging><modules><module>api</module></modules>",
      ),
    ).toEqual({
      kind: "none",
      modules: true,
    });
  });

  it("does not guess a name it cannot resolve, or a plugin's packaging", () => {
    expect(
      artifactOf("<artifactId>x</artifactId><build><finalName>${ci.name}</finalName></build>").kind,
    ).toBe("unknown");
    expect(artifactOf("<artifactId>x</artifactId><packaging>docker</packaging>").kind).toBe("unknown");
  });
});

describe("interpolate", () => {
  it("resolves properties that refer to properties, and env.*", () => {
    const properties = new Map([
      ["a", "${b}-x"],
      ["b", "y"],
    ]);
    expect(interpolate("${a}.${env.TAG}", properties, { TAG: "7" })).toBe("y-x.7");
  });

  it("gives up on a cycle", () => {
    expect(interpolate("${a}", new Map([["a", "${a}"]]))).toBeUndefined();
  });
});

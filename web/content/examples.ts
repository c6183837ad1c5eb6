// Built-in Dockerfiles for the showdown and the playground's gallery, each with the small build context it copies. Every claim a
// title or summary makes (starts, would not start, smaller) is checked against the engine in
// examples.test.ts.
import type { ContextFile } from "./types";

export interface Example {
  id: string;
  title: string;
  summary: string;
  dockerfile: string;
  context: ContextFile[];
}

const encoder = new TextEncoder();

function file(path: string, content: string): ContextFile {
  return { path, content, sizeBytes: encoder.encode(content).length };
}

const FLASK_CONTEXT = [
  file(
    "app.py",
    `from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello from a container!\\n"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)
`,
  ),
  file("requirements.txt", "Flask==1.0.2\n"),
];

const GO_CONTEXT = [
  file("go.mod", "module example.com/hello\n\ngo 1.26\n"),
  file(
    "main.go",
    `package main

import (
	"fmt"
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "Hello from a container!")
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
`,
  ),
];

const NODE_CONTEXT = [
  file(
    "package.json",
    `{
  "name": "hello",
  "version": "1.0.0",
  "private": true,
  "main": "server.js",
  "scripts": { "start": "node server.js" },
  "dependencies": { "express": "^4.21.2" }
}
`,
  ),
  file(
    "server.js",
    `const express = require("express");

const app = express();
app.get("/", (req, res) => res.send("Hello from a container!\\n"));
app.listen(3000);
`,
  ),
];

const VITE_CONTEXT = [
  file(
    "package.json",
    `{
  "name": "hello-site",
  "version": "1.0.0",
  "private": true,
  "type": "module",
  "scripts": { "dev": "vite", "build": "vite build" },
  "devDependencies": { "vite": "^7.1.0" }
}
`,
  ),
  file(
    "index.html",
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Hello</title>
  </head>
  <body>
    <h1>Hello from a container!</h1>
    <script type="module" src="/src/main.js"></script>
  </body>
</html>
`,
  ),
  file(
    "src/main.js",
    `document.querySelector("h1").textContent += " Built with Vite.";
`,
  ),
];

const JAVA_CONTEXT = [
  file(
    "pom.xml",
    `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>hello</artifactId>
  <version>1.0.0</version>
  <packaging>jar</packaging>

  <properties>
    <maven.compiler.release>21</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>

  <build>
    <finalName>hello</finalName>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-jar-plugin</artifactId>
        <version>3.4.2</version>
        <configuration>
          <archive>
            <manifest>
              <mainClass>com.example.Hello</mainClass>
            </manifest>
          </archive>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
`,
  ),
  file(
    "src/main/java/com/example/Hello.java",
    `package com.example;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

public class Hello {
  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext("/", exchange -> {
      byte[] body = "Hello from a container!\\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }
}
`,
  ),
];

const RUST_CONTEXT = [
  file(
    "Cargo.toml",
    `[package]
name = "hello"
version = "0.1.0"
edition = "2021"

[dependencies]

[profile.release]
strip = true
`,
  ),
  file(
    "src/main.rs",
    `use std::io::{Read, Write};
use std::net::TcpListener;

fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("0.0.0.0:8080")?;
    for stream in listener.incoming() {
        let mut stream = stream?;
        let mut request = [0; 1024];
        stream.read(&mut request)?;
        stream.write_all(b"HTTP/1.1 200 OK\\r\\nContent-Length: 24\\r\\n\\r\\nHello from a container!\\n")?;
    }
    Ok(())
}
`,
  ),
];

const SITE_CONTEXT = [
  file(
    "site/index.html",
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hello</title>
    <link rel="stylesheet" href="style.css" />
  </head>
  <body>
    <h1>Hello from a container!</h1>
    <p>This page is served by nginx. <a href="about.html">About</a></p>
  </body>
</html>
`,
  ),
  file(
    "site/about.html",
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>About</title>
    <link rel="stylesheet" href="style.css" />
  </head>
  <body>
    <h1>About</h1>
    <p>Plain files, no build step: nginx serves them as they are.</p>
  </body>
</html>
`,
  ),
  file(
    "site/style.css",
    `body {
  font-family: system-ui, sans-serif;
  margin: 2rem auto;
  max-width: 40rem;
}
`,
  ),
];

export const EXAMPLES: readonly Example[] = [
  {
    id: "flask-regular",
    title: "Flask, regular image",
    summary: "One stage on python:3.12: everything the build used ships with the app.",
    dockerfile: `FROM python:3.12
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
EXPOSE 5000
CMD ["python", "app.py"]
`,
    context: FLASK_CONTEXT,
  },
  {
    id: "flask-multistage-as-published",
    title: "Flask, 'multistage' as often published",
    summary:
      "The builder installs Flask into the system site-packages, the final stage copies only /app: smaller because of its base, and it would not start.",
    dockerfile: `FROM python:3.12 AS builder
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .

FROM python:3.12-slim
WORKDIR /app
COPY --from=builder /app /app
EXPOSE 5000
CMD ["python", "app.py"]
`,
    context: FLASK_CONTEXT,
  },
  {
    id: "flask-multistage-venv",
    title: "Flask, multistage with a virtual environment",
    summary: "The builder installs into /opt/venv and the final stage copies that venv: it starts.",
    dockerfile: `FROM python:3.12 AS builder
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-slim
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY app.py .
USER nobody
EXPOSE 5000
CMD ["python", "app.py"]
`,
    context: FLASK_CONTEXT,
  },
  {
    id: "go-regular",
    title: "Go, regular image",
    summary: "Built and run on golang:1.26: the compiler and its caches ship with a small binary.",
    dockerfile: `FROM golang:1.26
WORKDIR /src
COPY go.mod ./
COPY main.go ./
RUN go build -o /usr/local/bin/hello .
EXPOSE 8080
CMD ["hello"]
`,
    context: GO_CONTEXT,
  },
  {
    id: "go-distroless",
    title: "Go, static binary on distroless",
    summary: "A static binary built in one stage, copied alone onto distroless: no shell, no compiler.",
    dockerfile: `FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod ./
COPY main.go ./
RUN CGO_ENABLED=0 go build -o /out/hello .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/hello /hello
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/hello"]
`,
    context: GO_CONTEXT,
  },
  {
    id: "go-scratch",
    title: "Go, static binary on scratch",
    summary:
      "The same binary, stripped, copied onto an empty base: the image holds one file and nothing else.",
    dockerfile: `FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod ./
COPY main.go ./
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/hello .

FROM scratch
COPY --from=build /out/hello /hello
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/hello"]
`,
    context: GO_CONTEXT,
  },
  {
    id: "node-regular",
    title: "Node, regular image",
    summary: "One stage on node:22: npm's cache and the compilers for native modules ship too.",
    dockerfile: `FROM node:22
WORKDIR /app
COPY package.json ./
RUN npm install
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
`,
    context: NODE_CONTEXT,
  },
  {
    id: "node-slim",
    title: "Node, dependencies copied onto node:22-slim",
    summary: "Production dependencies installed in one stage, copied with the app onto node:22-slim.",
    dockerfile: `FROM node:22 AS deps
WORKDIR /app
COPY package.json ./
RUN npm install --omit=dev

FROM node:22-slim
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY server.js package.json ./
USER node
EXPOSE 3000
CMD ["node", "server.js"]
`,
    context: NODE_CONTEXT,
  },
  {
    id: "node-nginx",
    title: "Node build, served by nginx",
    summary:
      "Vite builds the site on node:22; only its dist folder is copied into nginx:1.30-alpine: no Node.js, no node_modules.",
    dockerfile: `FROM node:22 AS build
WORKDIR /app
COPY package.json ./
RUN npm install
COPY index.html ./
COPY src ./src
RUN npm run build

FROM nginx:1.30-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
`,
    context: VITE_CONTEXT,
  },
  {
    id: "java-jre",
    title: "Java, JDK build, JRE runtime",
    summary: "Maven packages a jar on the JDK; eclipse-temurin:21-jre runs it without Maven, javac or ~/.m2.",
    dockerfile: `FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/hello.jar ./hello.jar
USER 10001
EXPOSE 8080
CMD ["java", "-jar", "hello.jar"]
`,
    context: JAVA_CONTEXT,
  },
  {
    id: "rust-musl-scratch",
    title: "Rust, static musl binary on scratch",
    summary: "cargo builds for musl on rust:1.98-alpine; the static binary starts alone on scratch.",
    dockerfile: `FROM rust:1.98-alpine AS build
WORKDIR /src
COPY Cargo.toml ./
COPY src ./src
RUN cargo build --release

FROM scratch
COPY --from=build /src/target/release/hello /hello
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/hello"]
`,
    context: RUST_CONTEXT,
  },
  {
    id: "static-site",
    title: "Static site, copied into nginx",
    summary:
      "Three plain files copied into nginx:1.30-alpine: a site with no build step needs no build stage.",
    dockerfile: `FROM nginx:1.30-alpine
COPY site/ /usr/share/nginx/html/
EXPOSE 80
`,
    context: SITE_CONTEXT,
  },
];

/** The comparison the showdown opens with when no lesson is chosen. */
export const SEED_PAIR = ["flask-regular", "flask-multistage-as-published"] as const;

export const exampleById = (id: string): Example | undefined => EXAMPLES.find((e) => e.id === id);

// Built-in Dockerfiles for the showdown, each with the small build context it copies. Every claim a
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
];

/** The comparison the showdown opens with when no lesson is chosen. */
export const SEED_PAIR = ["flask-regular", "flask-multistage-as-published"] as const;

export const exampleById = (id: string): Example | undefined => EXAMPLES.find((e) => e.id === id);

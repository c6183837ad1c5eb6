// What the playground holds before the learner changes it: a Go server built in one stage and copied
// alone onto distroless, with the build context its COPY instructions read.
import type { ContextFile } from "../../engine";

const encoder = new TextEncoder();

function file(path: string, content: string): ContextFile {
  return { path, content, sizeBytes: encoder.encode(content).length };
}

export const PLAYGROUND_STARTER = `# syntax=docker/dockerfile:1
# A playground: paste any Dockerfile here. This one builds a Go server in one stage
# and copies only the binary into a tiny final image.
FROM golang:1.26-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server .

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=build /out/server /server
USER 65532
ENTRYPOINT ["/server"]
`;

/** The build context the starter copies: a module with one dependency, so go.sum has something to pin. */
export const PLAYGROUND_CONTEXT: ContextFile[] = [
  file(
    "go.mod",
    `module example.com/server

go 1.26

require github.com/google/uuid v1.6.0
`,
  ),
  file(
    "go.sum",
    `github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
github.com/google/uuid v1.6.0/go.mod h1:TdyyZMSMkdRnuyKYDSuvIyk9g9IjXqfS9w2rwx5cPSo=
`,
  ),
  file(
    "main.go",
    `package main

import (
	"fmt"
	"log"
	"net/http"

	"github.com/google/uuid"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "Hello from a container! Request %s\\n", uuid.NewString())
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
`,
  ),
];

import type { ContextFile } from "../engine";
import { ResetButton } from "./ResetButton";

/** The build context the playground's example copies from. */
export const PLAYGROUND_CONTEXT: ContextFile[] = [];

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

export function PlaygroundPane() {
  return (
    <article className="lesson" aria-labelledby="playground-title">
      <p className="eyebrow">Playground</p>
      <h1 id="playground-title">Your own Dockerfile</h1>
      <div className="prose">
        <p>
          Paste or write any Dockerfile. Stageplay reads it the way BuildKit does, and the panels on the right
          show its stages, what flows between them, and what the final image keeps.
        </p>
        <p>Everything stays in this browser: your text is saved as you type and nothing is sent anywhere.</p>
      </div>
      <div className="lesson-actions">
        <ResetButton documentId="playground" label="Restore the example" />
      </div>
    </article>
  );
}

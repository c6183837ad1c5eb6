import { describe, expect, it } from "vitest";
import { findings, linesOf } from "./testing/teachingFindings";

const RULE = "secret-in-layer";
const NODE = {
  "package.json": '{"name":"app","dependencies":{"express":"4"}}',
  "package-lock.json": '{"lockfileVersion":3}',
  "server.js": "require('express')\n",
};
const WRITE = 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc';

const singleStage = (run: string) => `FROM node:22-alpine
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json ./
RUN ${run}
RUN rm -f .npmrc
COPY server.js .
USER node
CMD ["node", "server.js"]
`;

describe("secret-in-layer", () => {
  it("blames a RUN that writes a token ARG into a file of the final image's layers, though a later RUN deletes it", () => {
    const [finding, ...rest] = findings(singleStage(`${WRITE} && npm ci`), RULE, NODE);
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("warning");
    expect(finding?.range.start.line).toBe(5);
    expect(finding?.message).toContain("writes `$NPM_TOKEN` into /app/.npmrc");
    expect(finding?.message).toContain("even if a later RUN deletes the file");
    expect(finding?.fix).toContain("`RUN --mount=type=secret,id=npmrc,target=/app/.npmrc …`");
  });

  it("reads the other ways a shell writes a file: >>, tee, a heredoc, $HOME", () => {
    for (const run of [
      'echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" >> /root/.npmrc',
      'printf "%s" "$NPM_TOKEN" | tee .npmrc',
      'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > $HOME/.npmrc',
    ]) {
      expect(linesOf(findings(singleStage(run), RULE, NODE)), run).toEqual([5]);
    }
    const heredoc = `FROM node:22-alpine\nARG NPM_TOKEN\nRUN cat <<EOF > /root/.npmrc\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\nEOF\nUSER node\n`;
    expect(linesOf(findings(heredoc, RULE))).toEqual([3]);
  });

  it("blames a builder's write when a COPY --from ships the file", () => {
    const dockerfile = `FROM node:22-alpine AS build
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json ./
RUN ${WRITE} && npm ci

FROM node:22-alpine
COPY --from=build /app /app
USER node
CMD ["node", "/app/server.js"]
`;
    const [finding, ...rest] = findings(dockerfile, RULE, NODE);
    expect(rest).toEqual([]);
    expect(finding?.range.start.line).toBe(5);
    expect(finding?.message).toContain("the COPY --from on line 8 puts the file in the image as /app/.npmrc");
  });

  it("stays silent when the builder's file is not copied into the image", () => {
    const dockerfile = `FROM node:22-alpine AS build
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json ./
RUN ${WRITE} && npm ci

FROM node:22-alpine
COPY --from=build /app/node_modules /app/node_modules
USER node
`;
    expect(findings(dockerfile, RULE, NODE)).toEqual([]);
  });

  it("stays silent when the same RUN deletes the file, or a secret mount provides it", () => {
    expect(findings(singleStage(`${WRITE} && npm ci && rm -f .npmrc`), RULE, NODE)).toEqual([]);
    const mount = `FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci\nUSER node\n`;
    expect(findings(mount, RULE, NODE)).toEqual([]);
  });

  it("blames a secret mount's env value written to a file the layer keeps", () => {
    const dockerfile = `FROM node:22-alpine\nWORKDIR /app\nRUN --mount=type=secret,id=npm,env=NPM_TOKEN ${WRITE}\nUSER node\n`;
    const [finding] = findings(dockerfile, RULE);
    expect(finding?.range.start.line).toBe(3);
    expect(finding?.fix).toContain("delete it in the same RUN");
  });

  it("stays silent on names that do not look like secrets, and on values sent elsewhere", () => {
    const version = `FROM node:22-alpine\nARG APP_VERSION=1\nRUN echo "$APP_VERSION" > /version\nUSER node\n`;
    expect(findings(version, RULE)).toEqual([]);
    // BuildKit's own exception: a name with PUBLIC, FILE or VERSION is not a secret.
    const publicKey = `FROM node:22-alpine\nARG PUBLIC_KEY=abc\nRUN echo "$PUBLIC_KEY" > /key.pub\nUSER node\n`;
    expect(findings(publicKey, RULE)).toEqual([]);
    const header = `FROM alpine:3.21\nARG GITHUB_TOKEN\nRUN wget --header "Authorization: Bearer \${GITHUB_TOKEN}" -O /tmp/x https://example.com/x 2> /tmp/log\nUSER 1000\n`;
    expect(findings(header, RULE)).toEqual([]);
  });

  it("stays silent when the build never makes an image", () => {
    const dockerfile = `FROM node:22-alpine\nARG NPM_TOKEN\nCOPY missing.txt /\nRUN ${WRITE}\n`;
    expect(findings(dockerfile, RULE, NODE)).toEqual([]);
  });
});

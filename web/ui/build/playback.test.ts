import { describe, expect, it } from "vitest";
import { analyze, toView, type ContextFile } from "../../engine";
import { entriesAt, nextStop, playFrame, stageRows, stepPhase, stopAtOrBefore, timelineOf } from "./playback";

const CONTEXT: ContextFile[] = [
  { path: "go.mod", sizeBytes: 30, content: "module example.com/app\ngo 1.22\n" },
  { path: "main.go", sizeBytes: 40, content: "package main\nfunc main() {}\n" },
  { path: "package.json", sizeBytes: 60, content: '{"name":"web","dependencies":{"react":"^19.0.0"}}' },
];

const PARALLEL = `FROM golang:1.22 AS api
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /out/api .

FROM node:20 AS web
WORKDIR /web
COPY package.json ./
RUN npm install

FROM alpine:3.21
COPY --from=api /out/api /usr/local/bin/api
COPY --from=web /web/node_modules /srv/node_modules
CMD ["api"]
`;

const FAILING = `FROM node:20-alpine AS web
WORKDIR /app
COPY package.json ./
RUN npm run build

FROM golang:1.22 AS api
RUN go version

FROM alpine:3.21
COPY --from=web /app /app
`;

const viewOf = (source: string) => toView(analyze(source, { context: CONTEXT }));

describe("the timeline", () => {
  const view = viewOf(PARALLEL);
  const timeline = timelineOf(view);

  it("ends where the log ends, at the build's total time", () => {
    expect(timeline.endMs).toBe(view.times.buildkitMs);
    expect(timeline.stops[0]).toBe(0);
    expect(timeline.stops.at(-1)).toBe(timeline.endMs);
  });

  it("steps from not started to the start, then from one step boundary to the next", () => {
    expect(nextStop(timeline, null)).toBe(0);
    const second = nextStop(timeline, 0);
    expect(second).toBeGreaterThan(0);
    expect(view.steps.some((s) => s.startMs === second || s.endMs === second)).toBe(true);
    expect(nextStop(timeline, timeline.endMs)).toBe(timeline.endMs);
  });

  it("puts the stages that run side by side in rows that overlap in time, the copies after both", () => {
    const rows = stageRows(view);
    expect(rows.map((r) => r.name)).toEqual(["api", "web", "stage-2"]);
    const [api, web, final] = rows;
    expect(web!.startMs).toBeLessThan(api!.endMs);
    const copies = final!.steps.filter((s) => s.text.startsWith("COPY --from"));
    expect(copies[0]!.startMs).toBeGreaterThanOrEqual(Math.max(api!.endMs, web!.endMs));
  });
});

describe("playback", () => {
  const timeline = timelineOf(viewOf(PARALLEL));

  it("moves simulated time by real time times the speed, and stops at the end", () => {
    expect(playFrame(timeline, 0, 16, 10, false)).toEqual({ exactMs: 160, shownMs: 160, done: false });
    const last = playFrame(timeline, timeline.endMs - 10, 100, 10, false);
    expect(last).toEqual({ exactMs: timeline.endMs, shownMs: timeline.endMs, done: true });
  });

  it("counts a long pause between frames as a short one", () => {
    expect(playFrame(timeline, 0, 60_000, 1, false).exactMs).toBe(250);
  });

  it("under reduced motion shows the last step boundary reached, not the time in between", () => {
    const between = (timeline.stops[1]! + timeline.stops[2]!) / 2;
    const frame = playFrame(timeline, between, 0, 10, true);
    expect(frame.exactMs).toBe(between);
    expect(frame.shownMs).toBe(timeline.stops[1]);
    expect(stopAtOrBefore(timeline, timeline.endMs)).toBe(timeline.endMs);
  });
});

describe("the log at a position", () => {
  const view = viewOf(PARALLEL);

  it("is whole when nothing plays, and holds only the lines whose time has come when something does", () => {
    expect(entriesAt(view.log, null)).toBe(view.log);
    const atStart = entriesAt(view.log, 0);
    expect(atStart.length).toBeGreaterThan(0);
    expect(atStart.length).toBeLessThan(view.log.length);
    expect(atStart.every((e) => e.atMs === 0)).toBe(true);
    expect(entriesAt(view.log, view.times.buildkitMs)).toEqual(view.log);
  });
});

describe("a failing build", () => {
  const view = viewOf(FAILING);
  const timeline = timelineOf(view);
  const failing = view.steps.find((s) => s.text === "RUN npm run build")!;

  it("stops playing when the failing step fails, its error the last line", () => {
    expect(view.failure?.stepId).toBe(failing.id);
    expect(timeline.endMs).toBe(failing.endMs);
    const errors = view.log.filter((e) => e.kind === "error").map((e) => e.text);
    expect(errors.at(-1)).toMatch(/^ERROR: failed to solve: process .* exit code: 1$/);
    expect(view.log.at(-1)?.atMs).toBe(failing.endMs);
    expect(timeline.spanMs).toBeGreaterThan(timeline.endMs);
  });

  it("marks the failing step failed, the final stage's steps never run", () => {
    expect(stepPhase(failing, null, timeline, view.failure)).toBe("failed");
    expect(stepPhase(failing, failing.startMs, timeline, view.failure)).toBe("running");
    const copy = view.steps.find((s) => s.text.startsWith("COPY --from=web"))!;
    expect(stepPhase(copy, null, timeline, view.failure)).toBe("never");
  });
});

import { describe, expect, it } from "vitest";
import type { ContextFile } from "../../engine";
import { playgroundContent, samePlayground, wouldLoseWork, type PlaygroundContent } from "./playgroundWork";

const GO_MOD: ContextFile = { path: "go.mod", sizeBytes: 3, content: "m\n\n" };
const MAIN: ContextFile = { path: "main.go", sizeBytes: 13, content: "package main\n" };
const STARTER: PlaygroundContent = { dockerfile: "FROM golang\n", context: [GO_MOD, MAIN] };
const EXAMPLE: PlaygroundContent = { dockerfile: "FROM nginx\n", context: [] };
const AVAILABLE = [STARTER, EXAMPLE];

describe("the playground's content", () => {
  it("is the starter's where the learner has not edited", () => {
    expect(playgroundContent({ text: undefined, context: undefined }, STARTER)).toEqual(STARTER);
    expect(playgroundContent({ text: "FROM x\n", context: undefined }, STARTER)).toEqual({
      dockerfile: "FROM x\n",
      context: STARTER.context,
    });
  });

  it("is the same whatever the order of its files, and differs by one byte of text or a mode", () => {
    expect(samePlayground(STARTER, { ...STARTER, context: [MAIN, GO_MOD] })).toBe(true);
    expect(
      samePlayground(STARTER, { ...STARTER, context: [GO_MOD, { ...MAIN, content: "package mian\n" }] }),
    ).toBe(false);
    expect(samePlayground(STARTER, { ...STARTER, context: [GO_MOD, { ...MAIN, mode: 0o755 }] })).toBe(false);
    expect(samePlayground(STARTER, { ...STARTER, context: [GO_MOD] })).toBe(false);
    expect(samePlayground(STARTER, { ...STARTER, dockerfile: "FROM golang \n" })).toBe(false);
  });
});

describe("replacing the playground", () => {
  const edited: PlaygroundContent = { ...STARTER, dockerfile: "FROM golang\nRUN echo mine\n" };

  it("loses nothing when it holds the starter or an example, which can be opened again", () => {
    expect(wouldLoseWork(STARTER, EXAMPLE, AVAILABLE)).toBe(false);
    expect(wouldLoseWork(EXAMPLE, STARTER, AVAILABLE)).toBe(false);
  });

  it("loses nothing when what comes in is what it holds", () => {
    expect(wouldLoseWork(edited, { ...edited }, AVAILABLE)).toBe(false);
  });

  it("loses edited text", () => {
    expect(wouldLoseWork(edited, EXAMPLE, AVAILABLE)).toBe(true);
  });

  it("loses an edited context, even under the starter's text", () => {
    const context = {
      ...STARTER,
      context: [GO_MOD, MAIN, { path: "notes.txt", sizeBytes: 2, content: "hi" }],
    };
    expect(wouldLoseWork(context, EXAMPLE, AVAILABLE)).toBe(true);
    expect(wouldLoseWork(context, STARTER, AVAILABLE)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { copiedMessage, tooLargeMessage } from "./shareMessages";

describe("the share messages", () => {
  it("say the link was copied and what it holds", () => {
    expect(copiedMessage([{ path: "a", sizeBytes: 1, content: "a" }])).toMatch(/^Link copied\. .*\(1 file\)/);
    expect(copiedMessage([])).toContain("(0 files)");
  });

  it("say a link is too large, by how much, and which text files to remove", () => {
    const message = tooLargeMessage(23_456, [
      { path: "data.csv", sizeBytes: 41_000, content: "…" },
      { path: "model.bin", sizeBytes: 900_000_000 },
      { path: "app.py", sizeBytes: 1_200, content: "…" },
    ]);
    expect(message).toContain("23,456 characters long, and a share link holds at most 16,000");
    expect(message).toContain("the largest: data.csv (41kB), app.py (1.2kB)");
    expect(message).not.toContain("model.bin");
  });

  it("say to shorten the Dockerfile when the context holds no text files", () => {
    expect(tooLargeMessage(20_000, [{ path: "model.bin", sizeBytes: 9 }])).toMatch(/Shorten the Dockerfile/);
  });
});

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FLAG_HELP } from "../engine/language/hover/flagHelp";
import { KEYWORDS } from "../engine/parse/types";
import { COURSE } from "./course";
import { LESSON_FOR_TOPIC, lessonForTopic } from "./lessonTopics";

const textOf = (id: string) => readFileSync(resolve(__dirname, "../../lessons", id, "text.md"), "utf8");

describe("the lesson that teaches a hover's topic", () => {
  it("names the lesson with its course title", () => {
    expect(lessonForTopic("COPY --from")).toEqual({
      id: "your-first-multistage-build",
      title: "Your first multistage build",
    });
  });

  it("is none for a topic no lesson explains", () => {
    expect(lessonForTopic("ENTRYPOINT")).toBeNull();
    expect(lessonForTopic("toString")).toBeNull();
  });

  it("names only lessons of the course", () => {
    const ids = new Set(COURSE.lessons.map((lesson) => lesson.id));
    for (const [topic, id] of Object.entries(LESSON_FOR_TOPIC)) expect(ids, topic).toContain(id);
  });

  it("lists only topics a hover reports", () => {
    const topics = new Set<string>([...KEYWORDS, ...Object.keys(FLAG_HELP)]);
    for (const topic of Object.keys(LESSON_FOR_TOPIC)) expect(topics, topic).toContain(topic);
  });

  it("names lessons whose text speaks of the keyword and the flag", () => {
    for (const [topic, id] of Object.entries(LESSON_FOR_TOPIC)) {
      const [keyword, flag] = topic.split(" ");
      const text = textOf(id);
      expect(text, `${id} for ${topic}`).toMatch(new RegExp(`\\b${keyword}\\b`));
      if (flag) expect(text, `${id} for ${topic}`).toContain(flag);
    }
  });
});

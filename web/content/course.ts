// The course as the app sees it: loaded and validated at build time by coursePlugin.
import course from "virtual:stageplay-course";
import type { Course, Lesson } from "./types";

export const COURSE = course as Course;

export function findLesson(id: string): Lesson | undefined {
  return COURSE.lessons.find((lesson) => lesson.id === id);
}

export function lessonIndex(id: string): number {
  return COURSE.lessons.findIndex((lesson) => lesson.id === id);
}

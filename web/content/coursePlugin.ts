// A Vite plugin that serves the validated course as virtual modules:
// - `virtual:stageplay-course`: the course index (every lesson without its text), in the first load;
// - `virtual:stageplay-lesson-texts`: for each lesson id, a function that imports its text;
// - `virtual:stageplay-lesson-text/<id>`: one lesson's steps and hints, a chunk of its own.
// Invalid content fails `vite build` (and the dev server) with the file and field named.
import type { Plugin } from "vite";
import { join } from "node:path";
import { loadCourse } from "./loadCourse.ts";
import { courseIndex, lessonText } from "./shipCourse.ts";

const COURSE = "virtual:stageplay-course";
const TEXTS = "virtual:stageplay-lesson-texts";
const TEXT = "virtual:stageplay-lesson-text/";

export function coursePlugin(lessonsDir: string): Plugin {
  const ours = (id: string) => id === COURSE || id === TEXTS || id.startsWith(TEXT);
  return {
    name: "stageplay-course",
    resolveId: (id) => (ours(id) ? "\0" + id : null),
    load(resolved) {
      if (!resolved.startsWith("\0") || !ours(resolved.slice(1))) return null;
      const id = resolved.slice(1);
      this.addWatchFile(join(lessonsDir, "course.json"));
      const course = loadCourse(lessonsDir);
      if (id === COURSE) return `export default ${JSON.stringify(courseIndex(course))};`;
      if (id === TEXTS) {
        const entries = course.lessons.map(
          (lesson) =>
            `${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(TEXT + lesson.id)}).then((m) => m.default)`,
        );
        return `export default {\n${entries.join(",\n")}\n};`;
      }
      const lesson = course.lessons.find((l) => l.id === id.slice(TEXT.length));
      if (!lesson) throw new Error(`${id}: no lesson "${id.slice(TEXT.length)}" in the course`);
      return `export default ${JSON.stringify(lessonText(lesson))};`;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(lessonsDir)) return;
      for (const mod of ctx.server.moduleGraph.idToModuleMap.values())
        if (mod.id?.startsWith("\0virtual:stageplay-")) ctx.server.moduleGraph.invalidateModule(mod);
      ctx.server.ws.send({ type: "full-reload" });
      return [];
    },
  };
}

// A Vite plugin that serves the validated course as the virtual module `virtual:stageplay-course`.
// Invalid content fails `vite build` (and the dev server) with the file and field named.
import type { Plugin } from "vite";
import { join } from "node:path";
import { loadCourse } from "./loadCourse.ts";

const ID = "virtual:stageplay-course";
const RESOLVED = "\0" + ID;

export function coursePlugin(lessonsDir: string): Plugin {
  return {
    name: "stageplay-course",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(join(lessonsDir, "course.json"));
      const course = loadCourse(lessonsDir);
      return `export default ${JSON.stringify(course)};`;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(lessonsDir)) return;
      const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
      if (mod) {
        ctx.server.moduleGraph.invalidateModule(mod);
        ctx.server.ws.send({ type: "full-reload" });
      }
      return [];
    },
  };
}

// What a source file imports: from its `source` fact when the simulator attached one, else read from
// its text (the build context's files carry their content). null when neither is known.
import type { FileNode } from "../types";

type Language = "python" | "javascript";

const PYTHON_IMPORT =
  /^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)/gm;
const PYTHON_FROM = /^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import\b/gm;
const JS_SPECIFIERS = [
  /\brequire\(\s*["']([^"']+)["']\s*\)/g,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  /^\s*import\s+(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/gm,
  /^\s*export\s+[\w*{}\s,$]+\s+from\s+["']([^"']+)["']/gm,
];

function readPython(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PYTHON_IMPORT)) {
    for (const part of (match[1] ?? "").split(",")) names.push(part.trim().split(/\s+/)[0] ?? "");
  }
  for (const match of text.matchAll(PYTHON_FROM)) names.push(match[1] ?? "");
  return names.filter((name) => name !== "");
}

function readJavaScript(text: string): string[] {
  return JS_SPECIFIERS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => match[1] ?? ""),
  ).filter((name) => name !== "");
}

function languageOf(path: string): Language | null {
  if (path.endsWith(".py")) return "python";
  if (/\.[cm]?js$/.test(path)) return "javascript";
  return null;
}

export function sourceImports(node: FileNode, language: Language): string[] | null {
  const facts = node.facts.filter((fact) => fact.kind === "source" && fact.language === language);
  if (facts.length > 0) return facts.flatMap((fact) => (fact.kind === "source" ? fact.imports : []));
  if (node.content === undefined || languageOf(node.path) !== language) return null;
  return language === "python" ? readPython(node.content) : readJavaScript(node.content);
}

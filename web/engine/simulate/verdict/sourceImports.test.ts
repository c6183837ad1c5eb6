import { describe, expect, it } from "vitest";
import { facts, file } from "./testing/stageBuilder";
import { sourceImports } from "./sourceImports";

describe("sourceImports", () => {
  it("prefers the simulator's source fact", () => {
    const node = file("/app/app.py", { facts: [facts.pythonSource("flask")], content: "import django\n" });
    expect(sourceImports(node, "python")).toEqual(["flask"]);
  });

  it("reads Python's import and from-import lines from a file's text", () => {
    const content =
      "import os, sys as system\nfrom flask import Flask\nfrom . import models\n  import json\nx = 'import nothing'\n";
    expect(sourceImports(file("/app/app.py", { content }), "python")).toEqual([
      "os",
      "sys",
      "json",
      "flask",
      ".",
    ]);
  });

  it("reads require, static and dynamic imports from JavaScript", () => {
    const content = `const express = require("express");\nimport React from 'react';\nimport "./styles.css";\nexport { x } from "./x";\nawait import("node:fs");\n`;
    expect(sourceImports(file("/app/server.js", { content }), "javascript")).toEqual([
      "express",
      "node:fs",
      "react",
      "./styles.css",
      "./x",
    ]);
  });

  it("knows nothing about a file without a fact or text", () => {
    expect(sourceImports(file("/app/app.py"), "python")).toBeNull();
  });

  it("does not read a JavaScript file as Python", () => {
    expect(sourceImports(file("/app/app.js", { content: "import x" }), "python")).toBeNull();
  });
});

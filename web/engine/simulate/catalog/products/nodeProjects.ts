import { mb } from "../units";
import { measured, measuredLocally } from "../sources";
import type { Figure } from "../types";
import type { NodeProjectFigure } from "./productTypes";

/** npm projects built and sized with du ([M]). */
export const NODE_PROJECTS: readonly NodeProjectFigure[] = [
  {
    name: "vite-react",
    nodeModules: measured(mb(64.7), measuredLocally("create-vite 9.3 React 19 app, npm install")),
    productionNodeModules: measured(mb(8.36), measuredLocally("the same app, npm ci --omit=dev")),
    packageCount: 24,
    buildOutput: { path: "dist", size: measured(mb(0.276), measuredLocally("the same app, npm run build")) },
    npmCache: measured(mb(77.1), measuredLocally("~/.npm/_cacache after the install")),
  },
  {
    name: "create-react-app",
    nodeModules: measured(
      mb(256.8),
      measuredLocally("react-scripts 5.0.1 + React 18, npm install"),
      "850 top-level directories.",
    ),
    productionNodeModules: null,
    packageCount: null,
    buildOutput: null,
    npmCache: measured(mb(216), measuredLocally("~/.npm/_cacache after the install")),
  },
  {
    name: "express",
    nodeModules: measured(mb(2.89), measuredLocally("express 5.3.0, npm install")),
    productionNodeModules: measured(mb(2.89), measuredLocally("express 5.3.0 has no devDependencies")),
    packageCount: 68,
    buildOutput: null,
    npmCache: null,
  },
];

/** The parts of a Node.js distribution, which decide what a copied node needs beside it ([M], Node 20). */
export const NODE_DISTRIBUTION: Readonly<Record<"binary" | "npm" | "headers", Figure>> = {
  binary: measured(mb(98.9), measuredLocally("node 20 binary")),
  npm: measured(mb(19), measuredLocally("npm bundled with node 20")),
  headers: measured(mb(54), measuredLocally("node 20 include/ headers")),
};

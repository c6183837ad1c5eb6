import { mb } from "../units";
import { estimate, estimateIn } from "../sources";
import type { JarFigure } from "./productTypes";

export const JARS: readonly JarFigure[] = [
  {
    name: "spring-boot-3-web",
    size: estimate(
      mb(20),
      estimateIn("§3 Spring Boot"),
      "Tomcat embed + Spring core/web/webmvc + Jackson + logback.",
    ),
    javaFeature: 17,
  },
];

import { describe, expect, it } from "vitest";
import { settingsAfterRename } from "./settingsAfterRename";

describe("the build settings after a rename", () => {
  it("move the target to the stage's new name", () => {
    expect(settingsAfterRename({ target: "Build" }, { kind: "stage", from: "build", to: "compile" })).toEqual(
      {
        target: "compile",
      },
    );
  });

  it("keep a target that names another stage", () => {
    expect(
      settingsAfterRename({ target: "test" }, { kind: "stage", from: "build", to: "compile" }),
    ).toBeNull();
    expect(settingsAfterRename({}, { kind: "stage", from: "build", to: "compile" })).toBeNull();
  });

  it("carry a --build-arg over to the ARG's new name, in its place", () => {
    const settings = { buildArgs: { A: "1", VERSION: "3.21", Z: "2" } };
    const after = settingsAfterRename(settings, { kind: "arg", from: "VERSION", to: "GO_VERSION" });
    expect(after).toEqual({ buildArgs: { A: "1", GO_VERSION: "3.21", Z: "2" } });
    expect(Object.keys(after?.buildArgs ?? {})).toEqual(["A", "GO_VERSION", "Z"]);
  });

  it("leave build args that do not name the ARG", () => {
    expect(
      settingsAfterRename({ buildArgs: { A: "1" } }, { kind: "arg", from: "VERSION", to: "V" }),
    ).toBeNull();
  });
});

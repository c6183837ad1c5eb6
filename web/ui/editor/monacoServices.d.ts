// Two of Monaco's internal modules, which its published types leave out: the standalone editor's
// services, used to change a workbench setting that has no editor option.
declare module "monaco-editor/editor/standalone/browser/standaloneServices" {
  export const StandaloneServices: { get<T>(id: unknown): T };
}
declare module "monaco-editor/platform/configuration/common/configuration" {
  export const IConfigurationService: unknown;
}

// The catalog's public surface: base images, build products, and the lookup the simulator uses.
export type * from "./types";
export type * from "./products/productTypes";
export type { ImageFamily } from "./imageFamilies";
export { BASE_IMAGES, IMAGE_FAMILIES } from "./imageFamilies";
export { resolveBaseImage } from "./resolveBaseImage";
export { parseImageReference } from "./parseImageReference";
export { gb, kib, mb, mib } from "./units";
export {
  APK_BUILD_LOG,
  APK_INSTALLS,
  APT_INSTALLS,
  APT_META_PACKAGES,
  APT_PACKAGE_SIZES,
  APT_RECOMMENDS,
} from "./products/packageInstalls";
export { PIP_PACKAGES } from "./products/pipPackages";
export { findPipPackage, normalizeProjectName, requirementName } from "./products/findPipPackage";
export type { PipPackageLookup } from "./products/findPipPackage";
export { findPackageInstall } from "./products/findPackageInstall";
export { basePackages } from "./products/basePackages";
export type { BasePackages } from "./products/basePackages";
export { caBundleSize, zoneinfoSize } from "./baseImages/osFiles";
export type { PackageInstallLookup } from "./products/findPackageInstall";
export { NODE_DISTRIBUTION, NODE_PROJECTS } from "./products/nodeProjects";
export { BINARIES } from "./products/binaries";
export { JARS } from "./products/jars";
export { CACHES } from "./products/caches";
export { REFERENCE_CASES } from "./products/referenceCases";

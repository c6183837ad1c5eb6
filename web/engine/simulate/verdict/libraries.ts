// Whether an image has a shared library a program needs: a file of that name the build put in a
// library directory, or what the catalog knows the base ships.
import type { BaseImage } from "../catalog/types";
import type { ImageView } from "./imageView";
import { basename } from "./paths";

const LIBRARY_DIRS = /^\/(usr\/)?(local\/)?lib(64|32)?(\/|$)/;

// Libraries Debian's required packages bring (libgcc-s1, libstdc++6 via apt, zlib1g); distroless
// cc and the language images add libgcc_s and libstdc++ to base, which has only glibc and libssl3.
function baseShips(image: BaseImage, library: string): boolean | null {
  const name = library.replace(/\.so.*$/, "");
  const debianLike =
    image.os.distro === "debian" ||
    image.os.distro === "ubuntu" ||
    image.os.distro === "rhel" ||
    image.os.distro === "wolfi";
  if (image.family === "distroless") {
    const cc = image.id.includes("/cc-") || image.runtimes.length > 0;
    if (name === "libgcc_s" || name === "libstdc++" || name === "libgomp") return cc;
    if (name === "libssl" || name === "libcrypto") return true;
    return false;
  }
  if (image.libc.family === "none") return false;
  // Client libraries of databases: the full Debian images' buildpack-deps has their -dev packages
  // (so the libraries too); slim and Alpine images have none of them.
  if (["libpq", "libmariadb", "libmysqlclient"].includes(name)) {
    return debianLike && image.contents.some((content) => content.name === "gcc");
  }
  if (debianLike && ["libgcc_s", "libstdc++", "libz"].includes(name)) return true;
  if (image.os.distro === "alpine" && ["libgcc_s", "libstdc++"].includes(name))
    return image.runtimes.length > 0 ? true : null;
  return null;
}

export function providesLibrary(view: ImageView, library: string): "yes" | "no" | "unknown" {
  const extra = (view.env.LD_LIBRARY_PATH ?? "").split(":").filter((dir) => dir !== "");
  const copied = view
    .named(library)
    .some((node) => LIBRARY_DIRS.test(node.path) || extra.some((dir) => node.path.startsWith(`${dir}/`)));
  if (copied) return "yes";
  if (!view.base) return "no";
  const known = baseShips(view.base, basename(library));
  if (known === null) return "unknown";
  return known ? "yes" : "no";
}

import { mb } from "../units";
import { estimate, estimateIn, measured, measuredLocally } from "../sources";
import type { BinaryFigure } from "./productTypes";

const GO = "Go 1.19.8 net/http hello server";
const RUST = "rustc 1.95 std-only TCP server, --release";

/** Compiled executables ([M]) with what they need at run time (ldd). */
export const BINARIES: readonly BinaryFigure[] = [
  {
    name: "go-http-hello",
    toolchain: "go",
    size: measured(mb(6.46), measuredLocally(GO)),
    linkage: "static",
    libc: "none",
    neededLibraries: [],
    stripped: false,
    build: "CGO_ENABLED=0 go build",
  },
  {
    name: "go-http-hello",
    toolchain: "go",
    size: measured(mb(4.47), measuredLocally(GO)),
    linkage: "static",
    libc: "none",
    neededLibraries: [],
    stripped: true,
    build: 'CGO_ENABLED=0 go build -ldflags "-s -w"',
  },
  {
    name: "go-http-hello",
    toolchain: "go",
    size: measured(mb(6.5), measuredLocally(`${GO}, cgo on (golang:*-bookworm default)`)),
    linkage: "dynamic",
    libc: "glibc",
    neededLibraries: ["libc.so.6", "ld-linux-x86-64.so.2"],
    stripped: false,
    build: "go build (cgo on because gcc is installed)",
  },
  {
    name: "go-http-hello",
    toolchain: "go",
    size: estimate(mb(7.5), estimateIn("§3 Go"), "Go 1.22+ binaries are ~7–8 MB.", [mb(7), mb(8)]),
    linkage: "static",
    libc: "none",
    neededLibraries: [],
    stripped: false,
    build: "CGO_ENABLED=0 go build (Go 1.22+)",
  },
  {
    name: "rust-tcp-server",
    toolchain: "rust",
    size: measured(mb(4.35), measuredLocally(RUST)),
    linkage: "dynamic",
    libc: "glibc",
    neededLibraries: ["libgcc_s.so.1", "libc.so.6"],
    stripped: false,
    build: "cargo build --release (x86_64-unknown-linux-gnu)",
  },
  {
    name: "rust-tcp-server",
    toolchain: "rust",
    size: measured(mb(0.36), measuredLocally(RUST)),
    linkage: "dynamic",
    libc: "glibc",
    neededLibraries: ["libgcc_s.so.1", "libc.so.6"],
    stripped: true,
    build: "cargo build --release, stripped",
  },
  {
    name: "rust-web-server",
    toolchain: "rust",
    size: estimate(mb(6), estimateIn("§3 Rust"), "actix/axum servers are ~3–10 MB.", [mb(3), mb(10)]),
    linkage: "dynamic",
    libc: "glibc",
    neededLibraries: ["libgcc_s.so.1", "libc.so.6"],
    stripped: false,
    build: "cargo build --release (actix-web or axum)",
  },
];

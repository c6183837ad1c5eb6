// The modules a pip distribution can be imported as. The RUN interpreter knows them for the
// catalog's packages; for others it guesses the project name ("pillow"), which is often not the
// import name ("PIL"). Common mismatches are listed here; any other unknown package leaves the
// question open, which a verdict about a missing import must say.
import { findPipPackage, normalizeProjectName } from "../catalog";
import type { FileFact } from "../types";

type PythonPackage = Extract<FileFact, { kind: "python-package" }>;

const IMPORT_NAMES: Readonly<Record<string, readonly string[]>> = {
  pillow: ["PIL"],
  pyyaml: ["yaml"],
  "ruamel-yaml": ["ruamel"],
  "python-dotenv": ["dotenv"],
  "scikit-learn": ["sklearn"],
  "scikit-image": ["skimage"],
  "opencv-python": ["cv2"],
  "opencv-python-headless": ["cv2"],
  "opencv-contrib-python": ["cv2"],
  "psycopg2-binary": ["psycopg2"],
  "psycopg-binary": ["psycopg"],
  psycopg2: ["psycopg2"],
  pyjwt: ["jwt"],
  beautifulsoup4: ["bs4"],
  "python-dateutil": ["dateutil"],
  protobuf: ["google"],
  attrs: ["attr", "attrs"],
  mysqlclient: ["MySQLdb"],
  "python-multipart": ["multipart", "python_multipart"],
  pyzmq: ["zmq"],
  pymongo: ["pymongo", "bson", "gridfs"],
  grpcio: ["grpc"],
  "python-jose": ["jose"],
  pycryptodome: ["Crypto"],
  pyopenssl: ["OpenSSL"],
  setuptools: ["setuptools", "pkg_resources"],
  "email-validator": ["email_validator"],
  "python-slugify": ["slugify"],
  "discord-py": ["discord"],
  "faiss-cpu": ["faiss"],
  pyserial: ["serial"],
  "websocket-client": ["websocket"],
  "py-cpuinfo": ["cpuinfo"],
  "typing-extensions": ["typing_extensions"],
  "importlib-metadata": ["importlib_metadata"],
};

/** Every name the package can be imported as, as far as Stageplay knows. */
export function importNames(fact: PythonPackage): readonly string[] {
  const extra = IMPORT_NAMES[normalizeProjectName(fact.name)] ?? [];
  return [...fact.imports, ...extra];
}

/** Whether the package's import names are only a guess from its project name. */
export function importNamesGuessed(fact: PythonPackage): boolean {
  const name = normalizeProjectName(fact.name);
  return IMPORT_NAMES[name] === undefined && (findPipPackage(name)?.unknown ?? true);
}

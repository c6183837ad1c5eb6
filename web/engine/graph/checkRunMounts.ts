// RUN --mount as BuildKit reads it when it dispatches the stage (instructions/commands_runmount.go
// parseMount with an expander): each value expanded, then its key, type, sharing, mode/uid/gid,
// size and booleans checked, then the mount as a whole (validateMount). The parse-time half (CSV
// and a variable in from=) is collectEdges'.
import type { Range } from "../diagnostics/types";
import type { ExpandResult } from "../expand/types";
import { findFlags } from "../parse/findFlag";
import { goQuote } from "../parse/goQuote";
import { withSuggestion } from "../parse/suggest";
import type { Instruction } from "../parse/types";
import { readMountFlagOf, type MountField } from "./readMountFlag";
import { parseGoBool } from "../parse/goStrings";

const MOUNT_TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
const SHARING_MODES = ["shared", "private", "locked"];
const MOUNT_KEYS = [
  "type",
  "from",
  "source",
  "target",
  "readonly",
  "id",
  "sharing",
  "required",
  "size",
  "mode",
  "uid",
  "gid",
  "src",
  "dst",
  "destination",
  "ro",
  "rw",
  "readwrite",
  "env",
];
const UINT32_MAX = 0xffffffff;

export interface MountError {
  message: string;
  range: Range;
}

/**
 * The first error BuildKit's dispatch-time parseMount reports for the mounts of a RUN, at the flag,
 * or null. Mounts that already failed at parse time (bad CSV, a variable in from=) are left out:
 * BuildKit never gets to dispatch them, and collectEdges reports them.
 */
export function checkRunMounts(
  instruction: Instruction,
  expand: (text: string) => ExpandResult,
): MountError | null {
  if (instruction.keyword !== "RUN") return null;
  const mounts = findFlags(instruction, "mount").filter((flag) => flag.value !== null);
  const parsed = mounts.map((flag) => readMountFlagOf(flag));
  if (parsed.some(({ fields, error }) => error !== null || fields.some(hasVariableFrom))) return null;
  for (const [i, { fields }] of parsed.entries()) {
    const message = mountError(fields, expand);
    if (message !== null) return { message, range: (mounts[i] as (typeof mounts)[number]).range };
  }
  return null;
}

// parseMount's pre-dispatch check: `$` anywhere but last in from= is refused before expansion.
function hasVariableFrom(field: MountField): boolean {
  if (field.key !== "from" || field.value === null) return false;
  const dollar = field.value.indexOf("$");
  return dollar >= 0 && dollar !== field.value.length - 1;
}

interface Mount {
  type: string;
  from: string;
  source: string;
  target: string;
  id: string;
  sharing: string;
  mode: boolean;
  uid: boolean;
  gid: boolean;
}

function mountError(fields: readonly MountField[], expand: (text: string) => ExpandResult): string | null {
  const m: Mount = {
    type: "bind",
    from: "",
    source: "",
    target: "",
    id: "",
    sharing: "",
    mode: false,
    uid: false,
    gid: false,
  };
  const wrongType = (key: string) => `unexpected key '${key}' for mount type '${m.type}'`;
  for (const { key, value: raw, raw: field } of fields) {
    if (raw === null) {
      if (["readonly", "ro", "readwrite", "rw"].includes(key)) continue;
      if (key === "required") {
        if (m.type === "secret" || m.type === "ssh") continue;
        return wrongType(key);
      }
      return `invalid field '${field}' must be a key=value pair`;
    }
    const expanded = expand(raw);
    if (expanded.error) return expanded.error.message;
    const value = expanded.value;
    const invalidValue = `invalid value for ${key}: ${value}`;
    switch (key) {
      case "type": {
        const type = value.toLowerCase();
        if (!MOUNT_TYPES.includes(type)) {
          return withSuggestion(`unsupported mount type ${goQuote(value)}`, value, MOUNT_TYPES, true);
        }
        m.type = type;
        break;
      }
      case "from":
        m.from = value;
        break;
      case "source":
      case "src":
        m.source = value;
        break;
      case "target":
      case "dst":
      case "destination":
        m.target = value;
        break;
      case "readonly":
      case "ro":
      case "readwrite":
      case "rw":
        if (parseGoBool(value) === null) return invalidValue;
        break;
      case "required":
        if (m.type !== "secret" && m.type !== "ssh") return wrongType(key);
        if (parseGoBool(value) === null) return invalidValue;
        break;
      case "size":
        if (m.type !== "tmpfs") return wrongType(key);
        if (!isRamSize(value)) return invalidValue;
        break;
      case "id":
        m.id = value;
        break;
      case "sharing": {
        const sharing = value.toLowerCase();
        if (!SHARING_MODES.includes(sharing)) {
          return withSuggestion(`unsupported sharing value ${goQuote(value)}`, value, SHARING_MODES, true);
        }
        m.sharing = sharing;
        break;
      }
      case "mode":
        if (!isUint32(value, 8)) return `invalid value ${value} for mode`;
        m.mode = true;
        break;
      case "uid":
      case "gid":
        if (!isUint32(value, 10)) return `invalid value ${value} for ${key}`;
        m[key] = true;
        break;
      case "env":
        break;
      default:
        return withSuggestion(`unexpected key '${key}' in '${field}'`, key, MOUNT_KEYS, true);
    }
  }
  return validateMount(m);
}

// validateMount: what no single field can tell.
function validateMount(m: Mount): string | null {
  const fileInfoAllowed = m.type === "secret" || m.type === "ssh" || m.type === "cache";
  if (!fileInfoAllowed) {
    for (const key of ["mode", "uid", "gid"] as const) {
      if (m[key]) return `${key} not allowed for ${goQuote(m.type)} type mounts`;
    }
  }
  if (m.type === "secret") {
    if (m.from !== "") return "secret mount should not have a from";
    if (m.sharing !== "") return "secret mount should not define sharing";
    if (m.source === "" && m.target === "" && m.id === "") {
      return "invalid secret mount. one of source, target required";
    }
    if (m.source !== "" && m.id !== "") return "both source and id can't be set";
  }
  if (m.sharing !== "" && m.type !== "cache") return `invalid cache sharing set for ${m.type} mount`;
  return null;
}

/** strconv.ParseUint(value, base, 32) succeeds: digits of the base only, no sign or prefix. */
function isUint32(value: string, base: 8 | 10): boolean {
  if (!(base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(value)) return false;
  return parseInt(value, base) <= UINT32_MAX;
}

/** go-units RAMInBytes accepts it: a non-negative number, then optional k/m/g/t/p with b or ib, or b. */
function isRamSize(value: string): boolean {
  let sep = -1;
  for (let i = value.length - 1; i >= 0; i--) {
    if ("0123456789. ".includes(value[i] as string)) {
      sep = i;
      break;
    }
  }
  if (sep < 0) return false;
  const number = value[sep] === " " ? value.slice(0, sep) : value.slice(0, sep + 1);
  const suffix = value.slice(sep + 1).toLowerCase();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(number) || Number(number) < 0) return false;
  return /^([kmgtp](b|ib)?|b)?$/.test(suffix);
}

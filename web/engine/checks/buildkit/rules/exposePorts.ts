import { FIXES } from "../fixes";
import { MESSAGES } from "../ruleset";
import type { DispatchRule } from "../types";

/**
 * ExposeProtoCasing and ExposeInvalidFormat (dispatch), per port as BuildKit's parsePort reads it:
 * an uppercase protocol (`80/TCP`), and an IP address or host port (`127.0.0.1:80:80`, `5000:5000`).
 */
export function exposePorts(): DispatchRule {
  return ({ instruction, expand }, findings) => {
    if (instruction.keyword !== "EXPOSE") return;
    const at = { range: instruction.range, instruction };
    for (const word of instruction.args) {
      const expanded = expand(word.value);
      if (expanded.error) return;
      for (const port of expanded.words) {
        const { ip, hostPort, containerPort } = splitParts(port);
        const [number, protocolText] = containerPort.split("/") as [string, string?];
        const protocol = protocolText || "tcp";
        if (number === "") return; // BuildKit fails on this port before checking it.
        if (protocol !== protocol.toLowerCase()) {
          findings.push({
            rule: "ExposeProtoCasing",
            message: MESSAGES.ExposeProtoCasing(port),
            fix: FIXES.ExposeProtoCasing(port),
            ...at,
          });
        }
        if (ip !== "" || hostPort !== "") {
          findings.push({
            rule: "ExposeInvalidFormat",
            message: MESSAGES.ExposeInvalidFormat(port),
            fix: FIXES.ExposeInvalidFormat(containerPort, port),
            ...at,
          });
        }
      }
    }
  };
}

// nat.splitParts: [ip:]hostPort:containerPort, where an IPv6 address keeps its colons.
function splitParts(raw: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = raw.split(":");
  const n = parts.length;
  const containerPort = parts[n - 1] as string;
  if (n === 1) return { ip: "", hostPort: "", containerPort };
  if (n === 2) return { ip: "", hostPort: parts[0] as string, containerPort };
  return { ip: parts.slice(0, n - 2).join(":"), hostPort: parts[n - 2] as string, containerPort };
}

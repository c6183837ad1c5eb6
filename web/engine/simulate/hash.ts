// A fast, non-cryptographic string hash (cyrb53) for cache keys: stable across runs and platforms,
// 53 bits, so collisions are not a concern for one learner's builds.

/** Hashes `text` to 14 hex digits. */
export function hashText(text: string, seed = 0): string {
  const state = [0xdeadbeef ^ seed, 0x41c6ce57 ^ seed] as [number, number];
  mix(state, text);
  return digest(state);
}

function mix(state: [number, number], text: string): void {
  let [h1, h2] = state;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  state[0] = h1;
  state[1] = h2;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

function digest([h1, h2]: [number, number]): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // The 53-bit value (21 high bits, 32 low) in 14 hex digits, a byte at a time: a double's
  // toString(16) took as long as hashing the text.
  const high = 2097151 & h2;
  const low = h1 >>> 0;
  return (
    (BYTE_HEX[high >>> 16] as string) +
    BYTE_HEX[(high >>> 8) & 255] +
    BYTE_HEX[high & 255] +
    BYTE_HEX[low >>> 24] +
    BYTE_HEX[(low >>> 16) & 255] +
    BYTE_HEX[(low >>> 8) & 255] +
    BYTE_HEX[low & 255]
  );
}

/**
 * A cache key from its parts, which are joined unambiguously (`<length>:<part>|` each). The joined
 * text is hashed as it is read rather than built first: a build makes a key per step.
 */
export function cacheKeyOf(...parts: readonly string[]): string {
  const state = [0xdeadbeef, 0x41c6ce57] as [number, number];
  for (const part of parts) {
    mix(state, `${part.length}:`);
    mix(state, part);
    mix(state, "|");
  }
  return digest(state);
}

// Context files keep their text between keystrokes; V8 caches a string's own hash, so a Map lookup
// of the same string is cheap while hashing a large file again is not.
const contentHashes = new Map<string, string>();
const MAX_CACHED = 4096;

/** hashText of a file's content, remembered across analyses. */
export function hashContent(content: string): string {
  let hash = contentHashes.get(content);
  if (hash === undefined) {
    if (contentHashes.size >= MAX_CACHED) contentHashes.clear();
    hash = hashText(content);
    contentHashes.set(content, hash);
  }
  return hash;
}

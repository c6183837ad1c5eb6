// A fast, non-cryptographic string hash (cyrb53) for cache keys: stable across runs and platforms,
// 53 bits, so collisions are not a concern for one learner's builds.

/** Hashes `text` to 14 hex digits. */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return digest(h1, h2);
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));
const COLON = ":".charCodeAt(0);
const BAR = "|".charCodeAt(0);
const ZERO = "0".charCodeAt(0);

function digest(h1: number, h2: number): string {
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
 * A cache key from its parts, which are joined unambiguously: the hash of `<length>:<part>|` for
 * each, computed as the parts are read rather than on the joined text, with no allocation but the
 * result (a build makes a key per step).
 */
export function cacheKeyOf(...parts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as string;
    // The length's decimal digits, most significant first.
    let scale = 1;
    while (scale * 10 <= part.length) scale *= 10;
    for (; scale >= 1; scale /= 10) {
      const ch = ZERO + (Math.floor(part.length / scale) % 10);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ COLON, 2654435761);
    h2 = Math.imul(h2 ^ COLON, 1597334677);
    for (let i = 0; i < part.length; i++) {
      const ch = part.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ BAR, 2654435761);
    h2 = Math.imul(h2 ^ BAR, 1597334677);
  }
  return digest(h1, h2);
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

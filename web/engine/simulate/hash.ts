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
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, "0");
}

/** A cache key from its parts, which are joined unambiguously. */
export function cacheKeyOf(...parts: readonly string[]): string {
  let text = "";
  for (const part of parts) text += `${part.length}:${part}|`;
  return hashText(text);
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

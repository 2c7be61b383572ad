/**
 * A shuffle that is the same on the server and in the browser for one seed (the item id),
 * so hydration matches and every learner sees the same order.
 */

/** FNV-1a: a 32-bit hash of the seed text. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-spread generator of numbers in [0, 1). */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with the seeded generator. */
export function seededShuffle<T>(list: readonly T[], seed: string): T[] {
  const random = generator(hash(seed));
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A seeded shuffle that is never the original order (for lists of two or more). */
export function shuffledAwayFrom<T>(list: readonly T[], seed: string): T[] {
  const out = seededShuffle(list, seed);
  if (out.length > 1 && out.every((entry, i) => entry === list[i])) out.push(out.shift()!);
  return out;
}

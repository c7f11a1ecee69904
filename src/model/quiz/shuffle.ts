/**
 * Seeded shuffling: the same seed gives the same order, so that a retry (and a test) is stable, and a resumed
 * attempt finds its items where it left them.
 */

/** A 32-bit hash of `text` (FNV-1a), to turn any seed string into a PRNG state. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, good-enough PRNG returning numbers in [0, 1). */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `list` (Fisher–Yates), the same for the same `seed`. */
export function seededShuffle<T>(list: readonly T[], seed: string): T[] {
  const random = mulberry32(hashString(seed));
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A fresh seed for an attempt when the page gives none. */
export function randomSeed(): string {
  return Math.floor(Math.random() * 2 ** 32).toString(36);
}

/**
 * The seed of the attempt after `previous`: a retry reshuffles items and options, and a page that fixes the first
 * seed (tests, a stable demo) still gets the same sequence of orders.
 */
export function nextAttemptSeed(previous: string): string {
  return hashString(`${previous}:retry`).toString(36);
}

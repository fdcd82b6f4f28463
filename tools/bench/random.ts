// A small seeded PRNG (mulberry32) and the draws the benchmark generators need, so the same seed
// always produces the same corpus on every machine and Node version.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max]. */
  int(min: number, max: number): number
  /** True with the given probability. */
  chance(probability: number): boolean
  /** Any item, uniformly. */
  pick<T>(items: readonly T[]): T
  /** Item k comes up in proportion to 1 / (k + 1): a few items are common, most are rare. */
  zipf<T>(items: readonly T[]): T
  /** `count` distinct items (or all of them), drawn Zipf-like. */
  zipfSome<T>(items: readonly T[], count: number): T[]
}

/** A generator of the same sequence for the same seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  // Cumulative 1/(k+1) weights per list length, so a Zipf draw is a binary search.
  const zipfTables = new Map<number, number[]>()
  const zipfIndex = (length: number) => {
    let table = zipfTables.get(length)
    if (!table) {
      let sum = 0
      table = Array.from({ length }, (_, k) => (sum += 1 / (k + 1)))
      zipfTables.set(length, table)
    }
    const target = next() * (table[length - 1] ?? 0)
    let low = 0
    let high = length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if ((table[mid] ?? 0) < target) low = mid + 1
      else high = mid
    }
    return low
  }
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    zipf: (items) => items[zipfIndex(items.length)] as (typeof items)[number],
    zipfSome: (items, count) => {
      const picked = new Set<(typeof items)[number]>()
      while (picked.size < Math.min(count, items.length)) picked.add(random.zipf(items))
      return [...picked]
    },
  }
  return random
}

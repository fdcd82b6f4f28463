/**
 * "Did you mean": the known name an unknown one was most likely meant to be. Distance counts
 * inserted, deleted, replaced and swapped neighbouring letters (optimal string alignment), so
 * `titel` is one step from `title`, as an author sees it, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!
    const above = rows[i - 1]!
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1)
    }
  }
  return rows[a.length]![b.length]!
}

/** How far a name may be from a known one to count as its typo: one step for short names, two from five letters. */
function allowedDistance(name: string): number {
  return name.length <= 4 ? 1 : 2
}

/**
 * The known name `name` is a likely typo of (`tag` -> `tags`, `titel` -> `title`, `Catagories`
 * -> `categories`), or null when none is close or two are equally close.
 */
export function closestName(name: string, known: readonly string[]): string | null {
  const lower = name.toLowerCase()
  let best: string | null = null
  let bestDistance = Infinity
  let tie = false
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
      tie = false
    } else if (distance === bestDistance) {
      tie = true
    }
  }
  if (best === null || tie || (bestDistance === 0 && name === best)) return null
  return bestDistance <= allowedDistance(lower) ? best : null
}

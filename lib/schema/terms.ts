/**
 * Tags and categories as Jekyll accepts them: a YAML list, or one string split at spaces.
 * Within one post, spellings that differ only in case are kept once (the first wins).
 */
export function toTermList(value: unknown): string[] {
  let raw: unknown[]
  if (value === undefined || value === null) raw = []
  else if (typeof value === 'string') raw = value.split(/\s+/)
  else if (Array.isArray(value)) raw = value
  else raw = [value]

  const seen = new Set<string>()
  const terms: string[] = []
  for (const item of raw) {
    if (item === null || item === undefined) continue
    const term = String(item).normalize('NFC').trim().replace(/\s+/g, ' ')
    const key = termKey(term)
    if (term === '' || seen.has(key)) continue
    seen.add(key)
    terms.push(term)
  }
  return terms
}

/** Keys already computed: a blog has a few hundred spellings, looked up millions of times in a build. */
const termKeys = new Map<string, string>()

/** The identity of a term: case and Unicode form do not matter (AWS = aws). */
export function termKey(term: string): string {
  let key = termKeys.get(term)
  if (key === undefined) {
    key = term.normalize('NFC').trim().toLocaleLowerCase('en-US')
    termKeys.set(term, key)
  }
  return key
}

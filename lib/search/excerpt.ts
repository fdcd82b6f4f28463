/** A run of text, marked when it matched the query. */
export interface Segment {
  text: string
  mark: boolean
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A case-insensitive pattern for the matched terms, longest first so `istio` wins over `is`. */
function termPattern(terms: readonly string[]): RegExp | null {
  const unique = [...new Set(terms.filter((term) => term !== ''))].sort((a, b) => b.length - a.length)
  if (unique.length === 0) return null
  return new RegExp(unique.map(escapeRegExp).join('|'), 'giu')
}

/** Splits text into marked and unmarked runs wherever one of the terms occurs. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const pattern = termPattern(terms)
  if (pattern === null || text === '') return text === '' ? [] : [{ text, mark: false }]
  const segments: Segment[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    if (start > last) segments.push({ text: text.slice(last, start), mark: false })
    segments.push({ text: match[0], mark: true })
    last = start + match[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false })
  return segments
}

export interface ExcerptOptions {
  /** Characters shown before the first match, for context. */
  before: number
  /** Characters in the whole excerpt, about. */
  length: number
}

const DEFAULT_EXCERPT: ExcerptOptions = { before: 40, length: 160 }

/** Matches looked at when choosing where the excerpt starts; enough for any real post. */
const MAX_CANDIDATES = 200

/**
 * The match to centre the excerpt on: the first one whose window shows the most different terms,
 * so `Istio 인증` shows a passage with both words rather than the first `Istio` alone.
 */
function bestMatch(text: string, pattern: RegExp, windowLength: number): RegExpExecArray | null {
  const matches = [...text.matchAll(pattern)].slice(0, MAX_CANDIDATES)
  let best: RegExpExecArray | null = null
  let bestCount = 0
  for (const [i, match] of matches.entries()) {
    const seen = new Set<string>()
    for (const other of matches.slice(i)) {
      if (other.index >= match.index + windowLength) break
      seen.add(other[0].toLowerCase())
    }
    if (seen.size > bestCount) {
      best = match
      bestCount = seen.size
    }
  }
  return best
}

/**
 * A window of the text around the best match, cut at spaces and marked with `…` where it was
 * cut; the start of the text when only the title matched.
 */
export function makeExcerpt(
  text: string,
  terms: readonly string[],
  options: ExcerptOptions = DEFAULT_EXCERPT,
): Segment[] {
  const pattern = termPattern(terms)
  const first = pattern === null ? null : bestMatch(text, pattern, options.length - options.before)
  const matchAt = first?.index ?? 0
  const matchEnd = matchAt + (first?.[0].length ?? 0)
  let start = Math.max(0, matchAt - options.before)
  if (start > 0) {
    const space = text.indexOf(' ', start)
    start = space !== -1 && space < matchAt ? space + 1 : start
  }
  let end = Math.max(matchEnd, Math.min(text.length, start + options.length))
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end)
    end = space > matchEnd ? space : end
  }
  const window = text.slice(start, end)
  const segments = highlight(window, terms)
  if (start > 0) segments.unshift({ text: '… ', mark: false })
  if (end < text.length) segments.push({ text: ' …', mark: false })
  return segments
}

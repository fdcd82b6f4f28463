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

/**
 * A window of the text around the first match, cut at spaces and marked with `…` where it was
 * cut; the start of the text when only the title matched.
 */
export function makeExcerpt(text: string, terms: readonly string[], options: ExcerptOptions = DEFAULT_EXCERPT): Segment[] {
  const pattern = termPattern(terms)
  const first = pattern === null ? null : pattern.exec(text)
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

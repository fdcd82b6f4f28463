import { getTermBySlug, getTerms, type TermKind } from './content'
import { extraPageNumbers, pageUrl } from './posts'
import { POSTS_PER_PAGE } from './site'
import { EMPTY_LIST_PLACEHOLDER, termUrl } from './urls'

/**
 * Routes of the tag and category pages: `/tags/<slug>/` and `/tags/<slug>/page/N/`, as the
 * optional catch-all `[[...page]]` ([] for page 1, ['page', 'N'] after). Raw slugs, never encoded.
 */
export function termPageParams(kind: TermKind): { slug: string; page: string[] }[] {
  const terms = getTerms(kind)
  if (terms.length === 0) return [{ slug: EMPTY_LIST_PLACEHOLDER, page: [] }]
  return terms.flatMap((term) => [
    { slug: term.slug, page: [] },
    ...extraPageNumbers(term.posts.length, POSTS_PER_PAGE).map((n) => ({ slug: term.slug, page: ['page', String(n)] })),
  ])
}

/** Resolves the encoded route params of a term page; undefined when they name nothing. */
export function resolveTermPage(kind: TermKind, encodedSlug: string, page: string[] | undefined) {
  const term = getTermBySlug(kind, decodeURIComponent(encodedSlug))
  if (!term) return undefined
  const segments = page ?? []
  const number = segments.length === 0 ? 1 : segments.length === 2 && segments[0] === 'page' ? Number(segments[1]) : NaN
  const base = termUrl(kind, term.slug)
  if (!Number.isInteger(number) || number < 1) return undefined
  return { term, page: number, base, path: pageUrl(base, number) }
}

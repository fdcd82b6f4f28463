import { getTermBySlug, getTerms, type TermKind } from './content'
import { extraPageNumbers, pageUrl } from './posts'
import { POSTS_PER_PAGE } from './site'
import { termUrl } from './urls'

/** The slug of the placeholder route used when a blog has no tags (or no categories) at all. */
export const EMPTY_PLACEHOLDER = '_'

/**
 * Routes of the tag and category pages: `/tags/<slug>/` and `/tags/<slug>/page/N/`, as the
 * optional catch-all `[[...page]]` ([] for page 1, ['page', 'N'] after). Raw slugs, never encoded.
 */
export function termPageParams(kind: TermKind): { slug: string; page: string[] }[] {
  const terms = getTerms(kind)
  // A static export needs at least one route per dynamic segment; with no terms at all, one
  // placeholder route redirects to the (empty) index instead.
  if (terms.length === 0) return [{ slug: EMPTY_PLACEHOLDER, page: [] }]
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

import { getAuthorById, getAuthors, getPostsByAuthor, getTermBySlug, getTerms, type TermKind } from '../content'
import { pageNumberFromSegments, pageSegments, pageUrl } from '../content/posts'
import { POSTS_PER_PAGE } from '../config'
import { EMPTY_LIST_PLACEHOLDER, authorUrl, termUrl } from './urls'

/**
 * Routes of the paged lists of one tag, category or author: `/tags/<slug>/` and
 * `/tags/<slug>/page/N/`, as the optional catch-all `[[...page]]` wants them ([] for page 1,
 * ['page', 'N'] after). Raw slugs and ids, never encoded.
 */
export function termPageParams(kind: TermKind): { slug: string; page: string[] }[] {
  const terms = getTerms(kind)
  if (terms.length === 0) return [{ slug: EMPTY_LIST_PLACEHOLDER, page: [] }]
  return terms.flatMap((term) =>
    pageSegments(term.posts.length, POSTS_PER_PAGE).map((page) => ({ slug: term.slug, page })),
  )
}

/** Resolves the encoded route params of a term page; undefined when they name nothing. */
export function resolveTermPage(kind: TermKind, encodedSlug: string, page: string[] | undefined) {
  const term = getTermBySlug(kind, decodeURIComponent(encodedSlug))
  const number = pageNumberFromSegments(page)
  if (!term || number === null) return undefined
  const base = termUrl(kind, term.slug)
  return { term, page: number, base, path: pageUrl(base, number) }
}

/** `/authors/<id>/` and `/authors/<id>/page/N/`: an author who writes for years gets pages too. */
export function authorPageParams(): { id: string; page: string[] }[] {
  const authors = getAuthors()
  if (authors.length === 0) return [{ id: EMPTY_LIST_PLACEHOLDER, page: [] }]
  return authors.flatMap((author) =>
    pageSegments(getPostsByAuthor(author.id).length, POSTS_PER_PAGE).map((page) => ({ id: author.id, page })),
  )
}

/** Resolves the encoded route params of an author page; undefined when they name nothing. */
export function resolveAuthorPage(encodedId: string, page: string[] | undefined) {
  const author = getAuthorById(decodeURIComponent(encodedId))
  const number = pageNumberFromSegments(page)
  if (!author || number === null) return undefined
  const base = authorUrl(author.id)
  return { author, posts: getPostsByAuthor(author.id), page: number, base, path: pageUrl(base, number) }
}

/**
 * The old blog's list pages: `/tags.html#<tag>` and `/categories.html#<category>` (one long page
 * with an anchor per term) and `/authors-list.html`. Redirect files answer them, sending each
 * #fragment to its own page now and everything else to the index.
 */
import { getAuthors, getTerms, type TermKind } from '../content'
import type { LegacyRedirect } from './legacy-redirects'
import { authorUrl, termUrl } from './urls'

function fragmentsOf(entries: [string, string][]): Record<string, string> {
  const fragments: Record<string, string> = {}
  for (const [fragment, to] of entries) if (fragment !== '' && !(fragment in fragments)) fragments[fragment] = to
  return fragments
}

/** `/tags.html` or `/categories.html`: every term's name and slug lead to its page. */
export function termListRedirect(kind: TermKind): LegacyRedirect {
  const entries = getTerms(kind).flatMap((term): [string, string][] => [
    [term.name, termUrl(kind, term.slug)],
    [term.slug, termUrl(kind, term.slug)],
  ])
  return { from: `/${kind}.html`, to: `/${kind}/`, fragments: fragmentsOf(entries) }
}

/** `/authors-list.html`: an author's id or name leads to their page. */
export function authorListRedirect(): LegacyRedirect {
  const entries = getAuthors().flatMap((author): [string, string][] => [
    [author.id, authorUrl(author.id)],
    [author.name, authorUrl(author.id)],
  ])
  return { from: '/authors-list.html', to: '/authors/', fragments: fragmentsOf(entries) }
}

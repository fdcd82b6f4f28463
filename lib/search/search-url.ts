import { searchKo, type SearchMessages } from '../i18n/search'

/** Site-internal path of the search page; Next's router and links add the base path. */
export const SEARCH_PAGE_PATH = '/search/'

/** `/search/?q=...` for a query, or the bare search page when there is none. */
export function searchUrl(query: string): string {
  const trimmed = query.trim()
  return trimmed === '' ? SEARCH_PAGE_PATH : `${SEARCH_PAGE_PATH}?q=${encodeURIComponent(trimmed)}`
}

/**
 * What the results line says (and screen readers announce) for a query and its result count, in
 * the words of the page's language (lib/i18n/search.ts; Korean unless given).
 */
export function describeResults(
  query: string,
  count: number,
  words: Pick<SearchMessages, 'searchPrompt' | 'searchNoResults' | 'searchResults'> = searchKo,
): string {
  if (query.trim() === '') return words.searchPrompt
  if (count === 0) return words.searchNoResults
  return words.searchResults(query.trim(), count)
}

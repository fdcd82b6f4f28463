/** Site-internal path of the search page; Next's router and links add the base path. */
export const SEARCH_PAGE_PATH = '/search/'

/** `/search/?q=...` for a query, or the bare search page when there is none. */
export function searchUrl(query: string): string {
  const trimmed = query.trim()
  return trimmed === '' ? SEARCH_PAGE_PATH : `${SEARCH_PAGE_PATH}?q=${encodeURIComponent(trimmed)}`
}

/** What the results line says (and screen readers announce) for a query and its result count. */
export function describeResults(query: string, count: number): string {
  if (query.trim() === '') return '찾을 낱말을 입력하세요.'
  if (count === 0) return '검색 결과가 없습니다'
  return `‘${query.trim()}’ 검색 결과 ${count}건`
}

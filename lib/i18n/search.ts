/**
 * The search page's words, part of each language's table (messages.ts takes them in) but kept in
 * this file of their own: the search page's box and results are a client component, and this is
 * all of the interface's words its browser code carries. It imports nothing, so no setting
 * (lib/config.ts reads process.env) reaches the browser.
 */
const ko = {
  /** The search page's title and heading, the header's search link, the box's button. */
  search: '검색',
  /** The accessible names of the search forms: the search page's and the header's. */
  searchPosts: '글 검색',
  searchBlog: '블로그 검색',
  /** The box's label (for screen readers) and placeholder. */
  searchQuery: '검색어',
  searchPlaceholder: '검색어 입력',
  /** The results line, which screen readers announce as the reader types. */
  searchLoading: '검색 색인을 불러오는 중입니다…',
  searchFailed: '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
  searchPrompt: '찾을 낱말을 입력하세요.',
  searchNoResults: '검색 결과가 없습니다',
  searchResults: (query: string, count: number) => `‘${query}’ 검색 결과 ${count}건`,
} as const

/** The search words' table: the Korean one's keys, each text a string, each function of the same arguments. */
export type SearchMessages = {
  readonly [K in keyof typeof ko]: (typeof ko)[K] extends string ? string : (typeof ko)[K]
}

const en: SearchMessages = {
  search: 'Search',
  searchPosts: 'Search posts',
  searchBlog: 'Search the blog',
  searchQuery: 'Search terms',
  searchPlaceholder: 'Search posts',
  searchLoading: 'Loading the search index…',
  searchFailed: 'The search index could not be loaded. Please try again in a moment.',
  searchPrompt: 'Type a word to search for.',
  searchNoResults: 'No results',
  searchResults: (query, count) => `${count} ${count === 1 ? 'result' : 'results'} for ‘${query}’`,
}

export const SEARCH_MESSAGES: Readonly<Record<string, SearchMessages>> = { ko, en }

/** The search words for `language` ('ko', 'en'), or the Korean ones for a language without a table. */
export function searchMessagesFor(language: string): SearchMessages {
  return Object.hasOwn(SEARCH_MESSAGES, language) ? SEARCH_MESSAGES[language]! : ko
}

/** Each language's search words, for its table in messages.ts. */
export { ko as searchKo, en as searchEn }

import { Suspense } from 'react'
import { SearchField } from '@/components/search/search-field'
import { SearchResults } from '@/components/search/search-results'
import { buildPageMetadata } from '@/lib/site/metadata'
import { SEARCH_INDEX_PATH } from '@/lib/search/index-file'
import { SEARCH_PAGE_PATH } from '@/lib/search/search-url'
import { site, withBasePath } from '@/lib/config'

// Results depend on the reader's query, so search engines should not index this page itself.
export const metadata = {
  ...buildPageMetadata({ title: '검색', path: SEARCH_PAGE_PATH }),
  robots: { index: false, follow: true },
}

const action = withBasePath(SEARCH_PAGE_PATH)

/** A static shell: the query is read in the browser (`?q=`), where the index is searched. */
export default function SearchPage() {
  return (
    <section className="search-page">
      <h1>검색</h1>
      <noscript>
        <p className="search-status">검색은 자바스크립트가 켜져 있어야 쓸 수 있습니다.</p>
      </noscript>
      <Suspense
        fallback={
          <SearchField action={action} label="글 검색" inputId="search-page-query" className="search-field--page" />
        }
      >
        <SearchResults action={action} indexUrl={withBasePath(SEARCH_INDEX_PATH)} linkBase={site.basePath} />
      </Suspense>
    </section>
  )
}

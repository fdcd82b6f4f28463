import { Suspense } from 'react'
import { SearchField } from '@/components/search/search-field'
import { SearchResults } from '@/components/search/search-results'
import { buildPageMetadata } from '@/lib/site/metadata'
import { SEARCH_INDEX_PATH } from '@/lib/search/index-file'
import { SEARCH_PAGE_PATH } from '@/lib/search/search-url'
import { site, siteLanguage, withBasePath } from '@/lib/config'
import { t } from '@/lib/i18n'

// Results depend on the reader's query, so search engines should not index this page itself.
export const metadata = {
  ...buildPageMetadata({ title: t.search, path: SEARCH_PAGE_PATH }),
  robots: { index: false, follow: true },
}

const action = withBasePath(SEARCH_PAGE_PATH)

/** A static shell: the query is read in the browser (`?q=`), where the index is searched. */
export default function SearchPage() {
  return (
    <section className="search-page">
      <h1>{t.search}</h1>
      <noscript>
        <p className="search-status">{t.searchNoScript}</p>
      </noscript>
      <Suspense
        fallback={
          <SearchField
            action={action}
            label={t.searchPosts}
            words={t}
            inputId="search-page-query"
            className="search-field--page"
          />
        }
      >
        {/* The results' words come from lib/i18n/search.ts in the browser, by this language. */}
        <SearchResults
          action={action}
          indexUrl={withBasePath(SEARCH_INDEX_PATH)}
          linkBase={site.basePath}
          language={siteLanguage}
        />
      </Suspense>
    </section>
  )
}

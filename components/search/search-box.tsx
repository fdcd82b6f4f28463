import type { ComponentPropsWithRef } from 'react'
import { t } from '@/lib/i18n'
import { SearchField } from './search-field'

/**
 * The header's search box: a plain GET form to /search/?q=. Its first focus downloads the index
 * into the browser's cache (components/enhance/search-warm-up.ts reads `data-index-url`), so the
 * search page finds it there. A server component: the header costs no client JavaScript.
 */
export function SearchBox({ action, indexUrl }: { action: string; indexUrl: string }) {
  const inputProps: ComponentPropsWithRef<'input'> & { 'data-index-url': string } = { 'data-index-url': indexUrl }
  return (
    <SearchField
      action={action}
      label={t.searchBlog}
      words={t}
      inputId="site-search"
      className="search-field--header"
      inputProps={inputProps}
    />
  )
}

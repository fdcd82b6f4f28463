'use client'

import { useRouter } from 'next/navigation'
import type { ComponentPropsWithRef, FormEvent } from 'react'
import { loadSearchEngine } from '@/lib/search/load-index'
import { searchUrl } from '@/lib/search/search-url'
import { SearchField } from './search-field'

/** The header's search box: warms the index when focused, opens /search/?q= on submit. */
export function SearchBox({ action, indexUrl }: { action: string; indexUrl: string }) {
  const router = useRouter()

  function warmUp() {
    // The search page reports a failure; here a failed warm-up only means it will try again there.
    loadSearchEngine(indexUrl).catch(() => undefined)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const query = new FormData(event.currentTarget).get('q')
    router.push(searchUrl(typeof query === 'string' ? query : ''))
  }

  // The index URL is also in the markup for the light pages' script (lib/light/leaves.ts).
  const inputProps: ComponentPropsWithRef<'input'> & { 'data-index-url': string } = { onFocus: warmUp, 'data-index-url': indexUrl }
  return <SearchField action={action} label="블로그 검색" inputId="site-search" className="search-field--header" inputProps={inputProps} onSubmit={submit} />
}

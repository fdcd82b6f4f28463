'use client'

import { useSearchParams } from 'next/navigation'
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react'
import { searchMessagesFor } from '@/lib/i18n/search'
import { describeResults } from '@/lib/search/search-url'
import { SearchField } from './search-field'
import { SearchHitList } from './search-hit-list'
import { useSearchEngine } from './use-search-engine'

/**
 * The search page's box and results, searching as the reader types. While a Korean syllable is
 * still being composed (compositionstart..compositionend) nothing happens: searching or touching
 * the URL mid-syllable would show results for `쿠버네티ㅅ` and can garble the input. Its words are
 * those of `language` (the page's, from the server) in lib/i18n/search.ts: the browser gets no more
 * of the interface's table than that.
 */
export function SearchResults({
  action,
  indexUrl,
  linkBase,
  language,
}: {
  action: string
  indexUrl: string
  linkBase: string
  language: string
}) {
  const words = searchMessagesFor(language)
  const urlQuery = useSearchParams().get('q') ?? ''
  const [query, setQuery] = useState(urlQuery)
  const inputRef = useRef<HTMLInputElement>(null)
  const state = useSearchEngine(indexUrl)

  // A new ?q= from elsewhere (the header box) wins, but never over what the reader is typing here.
  useEffect(() => {
    const input = inputRef.current
    if (input === null || document.activeElement === input) return
    input.value = urlQuery
    setQuery(urlQuery)
  }, [urlQuery])

  // Arriving with no query (the header's search link): the box is ready for typing.
  useEffect(() => {
    if (urlQuery === '') inputRef.current?.focus()
    // Only on arrival: later queries come from this box.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  function search(value: string) {
    setQuery(value)
    // Next.js keeps useSearchParams in step with the native history API; no navigation, no refetch.
    window.history.replaceState(
      null,
      '',
      value.trim() === '' ? window.location.pathname : `?q=${encodeURIComponent(value.trim())}`,
    )
  }

  function change(event: ChangeEvent<HTMLInputElement>) {
    if ((event.nativeEvent as InputEvent).isComposing) return
    search(event.currentTarget.value)
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    search(inputRef.current?.value ?? '')
  }

  const hits = useMemo(() => (state.status === 'ready' ? state.engine.search(query) : []), [state, query])
  let message: string
  if (state.status === 'loading') message = words.searchLoading
  else if (state.status === 'failed') message = words.searchFailed
  else message = describeResults(query, hits.length, words)

  return (
    <>
      <SearchField
        action={action}
        label={words.searchPosts}
        words={words}
        inputId="search-page-query"
        defaultValue={urlQuery}
        className="search-field--page"
        inputProps={{ ref: inputRef, onChange: change, onCompositionEnd: (event) => search(event.currentTarget.value) }}
        onSubmit={submit}
      />
      <p className="search-status" role="status">
        {message}
      </p>
      {hits.length > 0 && <SearchHitList hits={hits} linkBase={linkBase} />}
    </>
  )
}

'use client'

import { useEffect, useState } from 'react'
import type { SearchEngine } from '@/lib/search/engine'
import { loadSearchEngine } from '@/lib/search/load-index'

export type SearchEngineState = { status: 'loading' } | { status: 'ready'; engine: SearchEngine } | { status: 'failed' }

/** Loads the search engine once the component is on screen, and tells where it is. */
export function useSearchEngine(indexUrl: string): SearchEngineState {
  const [state, setState] = useState<SearchEngineState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    loadSearchEngine(indexUrl).then(
      (engine) => live && setState({ status: 'ready', engine }),
      () => live && setState({ status: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [indexUrl])
  return state
}

import { isSearchIndexFile } from './index-file'
import type { SearchEngine } from './engine'

let pending: Promise<SearchEngine> | undefined

/**
 * The search engine over the index at `indexUrl` (with the base path), fetched and built once
 * per page life. The engine code (MiniSearch) is its own chunk, so a page that never searches
 * downloads neither it nor the index. A failed load is forgotten, so the next try fetches again.
 */
export function loadSearchEngine(indexUrl: string): Promise<SearchEngine> {
  pending ??= (async () => {
    const [response, engine] = await Promise.all([fetch(indexUrl), import('./engine')])
    if (!response.ok) throw new Error(`${indexUrl}: HTTP ${response.status}`)
    const data: unknown = await response.json()
    if (!isSearchIndexFile(data)) throw new Error(`${indexUrl}: not a search index this page can read`)
    return engine.createSearchEngineInSlices(data)
  })()
  pending.catch(() => {
    pending = undefined
  })
  return pending
}

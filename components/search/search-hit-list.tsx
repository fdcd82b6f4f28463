import type { SearchHit } from '@/lib/search/engine'
import { HighlightedText } from './highlighted-text'

/**
 * Search results: linked title, Korean date and an excerpt, with the matches marked. Links are
 * plain page loads under `linkBase` (the base path, which the browser bundle cannot read itself).
 */
export function SearchHitList({ hits, linkBase }: { hits: readonly SearchHit[]; linkBase: string }) {
  return (
    <ol className="search-hits">
      {hits.map((hit) => (
        <li key={hit.url}>
          <article className="search-hit">
            <h2 className="search-hit__title">
              <a href={`${linkBase}${hit.url}`}>
                <HighlightedText segments={hit.titleSegments} />
              </a>
            </h2>
            <p className="search-hit__meta">
              <time dateTime={hit.date}>{hit.dateLabel}</time>
            </p>
            <p className="search-hit__excerpt">
              <HighlightedText segments={hit.excerpt} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  )
}

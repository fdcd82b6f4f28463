import Link from 'next/link'
import type { SearchHit } from '@/lib/search/engine'
import { HighlightedText } from './highlighted-text'

/**
 * Search results: linked title, Korean date and an excerpt, with the matches marked. With
 * `plainLinksBase` (light pages: the base path) results are plain links, full page loads.
 */
export function SearchHitList({ hits, plainLinksBase }: { hits: readonly SearchHit[]; plainLinksBase?: string | undefined }) {
  return (
    <ol className="search-hits">
      {hits.map((hit) => (
        <li key={hit.url}>
          <article className="search-hit">
            <h2 className="search-hit__title">
              {plainLinksBase === undefined ? (
                <Link href={hit.url}>
                  <HighlightedText segments={hit.titleSegments} />
                </Link>
              ) : (
                <a href={`${plainLinksBase}${hit.url}`}>
                  <HighlightedText segments={hit.titleSegments} />
                </a>
              )}
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

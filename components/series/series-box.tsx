import { SiteLink } from '@/components/layout/site-link'
import type { Post, Series } from '@/lib/content'
import type { SeriesPosition } from '@/lib/content/series'
import { seriesUrl } from '@/lib/site/urls'

/** "3편 중 2편": every published part of the series, the current one marked, with neighbours. */
export function SeriesBox({ position }: { position: SeriesPosition<Post> & { series: Series } }) {
  const { series, parts, index, previous, next } = position
  return (
    <nav className="series-box" aria-labelledby="series-box-title">
      <p className="series-box__eyebrow">
        시리즈 · {parts.length}편 중 {index}편
      </p>
      <p id="series-box-title" className="series-box__title">
        <SiteLink href={seriesUrl(series.id)}>{series.title}</SiteLink>
      </p>
      <ol className="series-box__parts">
        {parts.map((part, i) =>
          i + 1 === index ? (
            <li key={part.slug} aria-current="page" className="series-box__current">
              {part.title}
            </li>
          ) : (
            <li key={part.slug}>
              <SiteLink href={part.url}>{part.title}</SiteLink>
            </li>
          ),
        )}
      </ol>
      <p className="series-box__steps">
        {previous ? (
          <SiteLink href={previous.url} rel="prev">
            ← 이전 편: {previous.title}
          </SiteLink>
        ) : (
          <span />
        )}
        {next ? (
          <SiteLink href={next.url} rel="next">
            다음 편: {next.title} →
          </SiteLink>
        ) : (
          <span />
        )}
      </p>
    </nav>
  )
}

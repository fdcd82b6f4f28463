import { SiteLink } from '@/components/layout/site-link'
import type { Post, Series } from '@/lib/content'
import type { SeriesPosition } from '@/lib/content/series'
import { seriesUrl } from '@/lib/site/urls'
import { t } from '@/lib/i18n'

type Position = SeriesPosition<Post> & { series: Series }

/**
 * "Series · Part 2 of 3 ▾" (`seriesPosition`): one line above the text that opens to every published part of the
 * series, the current one marked. A <details>, so it opens without JavaScript.
 */
export function SeriesBox({ position }: { position: Position }) {
  const { series, parts, index } = position
  return (
    <nav className="series-box" aria-label={series.title}>
      <details>
        <summary className="series-box__summary">
          <span className="series-box__eyebrow">{t.seriesPosition(index, parts.length)}</span>
          <span className="series-box__name" aria-hidden="true">
            {series.title}
          </span>
          <span className="series-box__chevron" aria-hidden="true">
            ▾
          </span>
        </summary>
        <p className="series-box__title">
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
      </details>
    </nav>
  )
}

/** The previous and next part at the end of the text, where a reader of a series goes on. */
export function SeriesSteps({ position }: { position: Position }) {
  const { series, previous, next } = position
  if (!previous && !next) return null
  return (
    <nav className="series-steps" aria-label={t.seriesSteps(series.title)}>
      {previous ? (
        <SiteLink className="series-steps__previous" href={previous.url} rel="prev">
          <span className="series-steps__label">{t.previousPart}</span> <span>{previous.title}</span>
        </SiteLink>
      ) : (
        <span />
      )}
      {next ? (
        <SiteLink className="series-steps__next" href={next.url} rel="next">
          <span className="series-steps__label">{t.nextPart}</span> <span>{next.title}</span>
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  )
}

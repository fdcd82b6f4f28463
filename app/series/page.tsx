import { SiteLink } from '@/components/layout/site-link'
import { getSeriesList, getSeriesParts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { seriesUrl } from '@/lib/site/urls'
import { t } from '@/lib/i18n'

export const metadata = buildPageMetadata({
  title: t.series,
  description: t.seriesDescription,
  path: '/series/',
})

export default function SeriesIndexPage() {
  const list = getSeriesList()
  return (
    <>
      <h1 className="page-title">{t.series}</h1>
      <p className="page-lead">{t.seriesLead(list.length)}</p>
      <ul className="card-list">
        {list.map((series) => (
          <li key={series.id} className="card">
            <h2 className="card__title">
              <SiteLink href={seriesUrl(series.id)}>{series.title}</SiteLink>
            </h2>
            {series.description && <p className="card__text">{series.description}</p>}
            <p className="card__meta">{t.seriesParts(getSeriesParts(series.id).length)}</p>
          </li>
        ))}
      </ul>
      {list.length === 0 && <p className="empty">{t.seriesEmpty}</p>}
    </>
  )
}

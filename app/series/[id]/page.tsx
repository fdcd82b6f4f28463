import { SiteLink } from '@/components/layout/site-link'
import { notFound } from 'next/navigation'
import { EmptyListPlaceholder } from '@/components/layout/redirect-notice'
import { PostDate } from '@/components/post/post-date'
import { CardPicture } from '@/components/post/card-picture'
import { postSummary } from '@/lib/content/summary'
import { getSeriesById, getSeriesList, getSeriesParts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { EMPTY_LIST_PLACEHOLDER, seriesUrl } from '@/lib/site/urls'
import { exportedParams } from '@/lib/site/export-scope'
import { t } from '@/lib/i18n'

export const dynamicParams = false

export function generateStaticParams() {
  const list = getSeriesList()
  return exportedParams(list.length > 0 ? list.map((series) => ({ id: series.id })) : [{ id: EMPTY_LIST_PLACEHOLDER }])
}

type Props = { params: Promise<{ id: string }> }

async function findSeries(params: Props['params']) {
  const { id } = await params
  const series = getSeriesById(decodeURIComponent(id))
  const parts = series ? getSeriesParts(series.id) : []
  return series && parts.length > 0 ? { series, parts } : undefined
}

export async function generateMetadata({ params }: Props) {
  const found = await findSeries(params)
  if (!found) return {}
  return buildPageMetadata({
    title: t.seriesPageTitle(found.series.title),
    description: found.series.description,
    path: seriesUrl(found.series.id),
    feed: { title: `${found.series.title} (RSS)`, path: seriesUrl(found.series.id) },
  })
}

export default async function SeriesPage({ params }: Props) {
  const found = await findSeries(params)
  if (!found && (await params).id === EMPTY_LIST_PLACEHOLDER)
    return <EmptyListPlaceholder to="/series/" label={t.seriesList} />
  if (!found) notFound()
  const { series, parts } = found
  return (
    <>
      <p className="page-eyebrow">
        <SiteLink href="/series/">{t.series}</SiteLink>
      </p>
      <h1 className="page-title">{series.title}</h1>
      {series.description && <p className="page-lead">{series.description}</p>}
      <ol className="series-parts">
        {parts.map((post, i) => (
          <li key={post.slug} className="card card--picture">
            {/* Only the first part's picture is on the first screen. */}
            <CardPicture post={post} className="card__image" eager={i === 0} />
            <p className="card__meta">
              {t.seriesPart(i + 1)} · <PostDate iso={post.publishedAt} />
            </p>
            <h2 className="card__title">
              <SiteLink href={post.url}>{post.title}</SiteLink>
            </h2>
            <p className="card__text">{postSummary(post)}</p>
          </li>
        ))}
      </ol>
    </>
  )
}

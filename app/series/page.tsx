import { SiteLink } from '@/components/layout/site-link'
import { getSeriesList, getSeriesParts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { seriesUrl } from '@/lib/site/urls'

export const metadata = buildPageMetadata({
  title: '시리즈',
  description: '여러 편으로 이어지는 글 모음',
  path: '/series/',
})

export default function SeriesIndexPage() {
  const list = getSeriesList()
  return (
    <>
      <h1 className="page-title">시리즈</h1>
      <p className="page-lead">여러 편으로 이어지는 글 {list.length}개</p>
      <ul className="card-list">
        {list.map((series) => (
          <li key={series.id} className="card">
            <h2 className="card__title">
              <SiteLink href={seriesUrl(series.id)}>{series.title}</SiteLink>
            </h2>
            {series.description && <p className="card__text">{series.description}</p>}
            <p className="card__meta">{getSeriesParts(series.id).length}편</p>
          </li>
        ))}
      </ul>
      {list.length === 0 && <p className="empty">아직 시리즈가 없습니다.</p>}
    </>
  )
}

import { notFound } from 'next/navigation'
import { RedirectNotice } from '@/components/layout/redirect-notice'
import { PagedPostList } from '@/components/post/paged-post-list'
import { getPublishedPosts } from '@/lib/content'
import { buildPageMetadata } from '@/lib/site/metadata'
import { extraPageNumbers, pageUrl } from '@/lib/content/posts'
import { POSTS_PER_PAGE } from '@/lib/config'
import { exportedParams } from '@/lib/site/export-scope'
import { t } from '@/lib/i18n'

export const dynamicParams = false

/** Pages 2..N, plus /page/1/ as a redirect to / (static export needs at least one route here). */
export function generateStaticParams() {
  return exportedParams(
    [1, ...extraPageNumbers(getPublishedPosts().length, POSTS_PER_PAGE)].map((page) => ({ page: String(page) })),
  )
}

type Props = { params: Promise<{ page: string }> }

export async function generateMetadata({ params }: Props) {
  const page = Number((await params).page)
  if (page === 1) return buildPageMetadata({ title: t.latest, path: '/' })
  return buildPageMetadata({ title: t.latestPage(page), path: pageUrl('/', page) })
}

export default async function LatestPostsPage({ params }: Props) {
  const page = Number((await params).page)
  if (page === 1) return <RedirectNotice to="/" label={t.latestFirstPage} />
  if (!Number.isInteger(page) || page < 2) notFound()
  return (
    <>
      <h1 className="page-title">{t.latestPage(page)}</h1>
      <PagedPostList posts={getPublishedPosts()} base="/" page={page} />
    </>
  )
}

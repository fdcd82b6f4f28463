import { notFound } from 'next/navigation'
import { AuthorProfile } from '@/components/author/author-profile'
import { EmptyListPlaceholder } from '@/components/layout/redirect-notice'
import { PagedPostList } from '@/components/post/paged-post-list'
import { buildPageMetadata } from '@/lib/site/metadata'
import { authorPageParams, resolveAuthorPage } from '@/lib/site/term-pages'
import { EMPTY_LIST_PLACEHOLDER } from '@/lib/site/urls'
import { exportedParams } from '@/lib/site/export-scope'
import { t } from '@/lib/i18n'

export const dynamicParams = false

export function generateStaticParams() {
  return exportedParams(authorPageParams())
}

type Props = { params: Promise<{ id: string; page?: string[] }> }

export async function generateMetadata({ params }: Props) {
  const { id, page } = await params
  const resolved = resolveAuthorPage(id, page)
  if (!resolved) return {}
  const { author } = resolved
  const suffix = resolved.page > 1 ? t.pageSuffix(resolved.page) : ''
  return buildPageMetadata({
    title: `${t.authorPageTitle(author.name)}${suffix}`,
    description: author.bio ?? t.authorPageDescription(author.name),
    path: resolved.path,
    feed: { title: `${author.name} (RSS)`, path: resolved.base },
  })
}

export default async function AuthorPage({ params }: Props) {
  const { id, page } = await params
  const resolved = resolveAuthorPage(id, page)
  if (!resolved && id === EMPTY_LIST_PLACEHOLDER) return <EmptyListPlaceholder to="/authors/" label={t.authorList} />
  if (!resolved) notFound()
  const { author, posts } = resolved
  return (
    <>
      <AuthorProfile author={author} />
      <h2 className="section-title">
        {t.authorPostCount(posts.length)}
        {resolved.page > 1 && <span className="page-title__page">{t.pageSuffix(resolved.page)}</span>}
      </h2>
      <PagedPostList posts={posts} base={resolved.base} page={resolved.page} headingLevel={3} />
    </>
  )
}

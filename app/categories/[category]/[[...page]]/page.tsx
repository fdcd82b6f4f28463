import { notFound } from 'next/navigation'
import { EmptyListPlaceholder } from '@/components/layout/redirect-notice'
import { TermPosts } from '@/components/taxonomy/term-posts'
import { buildPageMetadata } from '@/lib/site/metadata'
import { resolveTermPage, termPageParams } from '@/lib/site/term-pages'
import { EMPTY_LIST_PLACEHOLDER } from '@/lib/site/urls'
import { exportedParams } from '@/lib/site/export-scope'
import { t } from '@/lib/i18n'

export const dynamicParams = false

export function generateStaticParams() {
  return exportedParams(termPageParams('categories').map(({ slug, page }) => ({ category: slug, page })))
}

type Props = { params: Promise<{ category: string; page?: string[] }> }

export async function generateMetadata({ params }: Props) {
  const { category, page } = await params
  const resolved = resolveTermPage('categories', category, page)
  if (!resolved) return {}
  const suffix = resolved.page > 1 ? t.pageSuffix(resolved.page) : ''
  return buildPageMetadata({
    title: `${t.termPageTitle.categories(resolved.term.name)}${suffix}`,
    description: t.termPageDescription.categories(resolved.term.name, resolved.term.posts.length),
    path: resolved.path,
    feed: { title: `${resolved.term.name} (RSS)`, path: resolved.base },
  })
}

export default async function CategoryPage({ params }: Props) {
  const { category, page } = await params
  const resolved = resolveTermPage('categories', category, page)
  if (!resolved && category === EMPTY_LIST_PLACEHOLDER)
    return <EmptyListPlaceholder to="/categories/" label={t.termList.categories} />
  if (!resolved) notFound()
  return <TermPosts kind="categories" term={resolved.term} page={resolved.page} base={resolved.base} />
}

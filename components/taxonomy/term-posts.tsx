import { SiteLink } from '@/components/layout/site-link'
import { PagedPostList } from '@/components/post/paged-post-list'
import type { Post, TermKind } from '@/lib/content'
import type { Term } from '@/lib/content/taxonomy'
import { t } from '@/lib/i18n'

/** The posts of one tag or category, ten per page. */
export function TermPosts({
  kind,
  term,
  page,
  base,
}: {
  kind: TermKind
  term: Term<Post>
  page: number
  base: string
}) {
  return (
    <>
      <p className="page-eyebrow">
        <SiteLink href={`/${kind}/`}>{t.termTitle[kind]}</SiteLink>
      </p>
      <h1 className="page-title">
        {kind === 'tags' ? `#${term.name}` : term.name}
        {page > 1 && <span className="page-title__page">{t.pageSuffix(page)}</span>}
      </h1>
      <p className="page-lead">{t.postCount(term.posts.length)}</p>
      <PagedPostList posts={term.posts} base={base} page={page} />
    </>
  )
}

import { SiteLink } from '@/components/layout/site-link'
import { PagedPostList } from '@/components/post/paged-post-list'
import type { Post, TermKind } from '@/lib/content'
import type { Term } from '@/lib/content/taxonomy'
import { TERM_LABELS } from '@/lib/site/urls'

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
  const label = TERM_LABELS[kind]
  return (
    <>
      <p className="page-eyebrow">
        <SiteLink href={`/${kind}/`}>{label.title}</SiteLink>
      </p>
      <h1 className="page-title">
        {kind === 'tags' ? `#${term.name}` : term.name}
        {page > 1 && <span className="page-title__page"> ({page}페이지)</span>}
      </h1>
      <p className="page-lead">글 {term.posts.length}개</p>
      <PagedPostList posts={term.posts} base={base} page={page} />
    </>
  )
}

import { PostBody } from '@/components/post/post-body'
import type { Page } from '@/lib/content'

/** A standalone page (about, contact ...): its title and the same prose styles as posts. */
export function StaticPage({ page }: { page: Page }) {
  return (
    <article className="post">
      <header className="post__header">
        <h1 className="post__title">{page.title}</h1>
      </header>
      <PostBody html={page.body.html} />
    </article>
  )
}

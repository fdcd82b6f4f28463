import type { Post } from '@/lib/content'
import { t } from '@/lib/i18n'
import { PostCard } from './post-card'

/**
 * Post cards in a grid (one column on phones), or a friendly line when there is nothing yet.
 * `featureFirst` shows the first post large across the grid (the newest, on the home page).
 * Only the first card's picture is on the first screen; the others load lazily.
 */
export function PostList({
  posts,
  headingLevel = 2,
  featureFirst = false,
}: {
  posts: readonly Post[]
  headingLevel?: 2 | 3
  featureFirst?: boolean
}) {
  if (posts.length === 0) return <p className="empty">{t.noPosts}</p>
  return (
    <ol className="post-list">
      {posts.map((post, i) => (
        <li key={post.slug} className={featureFirst && i === 0 ? 'post-list__featured' : undefined}>
          <PostCard post={post} headingLevel={headingLevel} featured={featureFirst && i === 0} eager={i === 0} />
        </li>
      ))}
    </ol>
  )
}

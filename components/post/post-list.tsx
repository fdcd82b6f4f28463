import type { Post } from '@/lib/content'
import { PostCard } from './post-card'

/** A list of post cards, or a friendly line when there is nothing yet. */
export function PostList({ posts, headingLevel = 2 }: { posts: readonly Post[]; headingLevel?: 2 | 3 }) {
  if (posts.length === 0) return <p className="empty">아직 글이 없습니다.</p>
  return (
    <ol className="post-list">
      {posts.map((post) => (
        <li key={post.slug}>
          <PostCard post={post} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}

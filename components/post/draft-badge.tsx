import type { Post } from '@/lib/content'

/** Marks a draft or scheduled post; only `npm run dev` ever shows such posts. */
export function DraftBadge({ post, now = new Date() }: { post: Post; now?: Date }) {
  const scheduled = Date.parse(post.publishedAt) > now.getTime()
  if (!post.isDraft && !scheduled) return null
  return <span className="draft-badge">{post.isDraft ? '초안 · 배포되지 않음' : '예약 · 아직 배포되지 않음'}</span>
}

import type { Post } from '@/lib/content'
import { t } from '@/lib/i18n'

/** Marks a draft or scheduled post; only `npm run dev` ever shows such posts. */
export function DraftBadge({ post, now = new Date() }: { post: Post; now?: Date }) {
  const scheduled = Date.parse(post.publishedAt) > now.getTime()
  if (!post.isDraft && !scheduled) return null
  return <span className="draft-badge">{post.isDraft ? t.draft : t.scheduled}</span>
}

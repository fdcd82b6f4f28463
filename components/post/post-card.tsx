import Link from 'next/link'
import type { Post } from '@/lib/content'
import { TermLinks } from '../taxonomy/term-links'
import { DraftBadge } from './draft-badge'
import { PostByline } from './post-byline'

/** One post in a list: title, description, byline and tags. */
export function PostCard({ post, headingLevel = 2 }: { post: Post; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="post-card">
      <Heading className="post-card__title">
        <Link href={post.url}>{post.title}</Link>
      </Heading>
      <DraftBadge post={post} />
      {post.description && <p className="post-card__description">{post.description}</p>}
      <PostByline post={post} />
      <TermLinks kind="tags" terms={post.tagList} />
    </article>
  )
}

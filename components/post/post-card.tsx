import { SiteLink } from '@/components/layout/site-link'
import type { Post } from '@/lib/content'
import { coverSrc } from '@/lib/site/cover'
import { SOCIAL_IMAGE_SIZE } from '@/lib/site/social-image'
import { TermLinks } from '../taxonomy/term-links'
import { DraftBadge } from './draft-badge'
import { PostByline } from './post-byline'
import './post-card.css'

/**
 * One post in a list: cover (when the post has one), title, description, byline and tags.
 * Without a cover the card is text alone, with nothing left empty where a picture would be.
 */
export function PostCard({ post, headingLevel = 2 }: { post: Post; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const cover = coverSrc(post.image)
  return (
    <article className={cover ? 'post-card post-card--cover' : 'post-card'}>
      <div className="post-card__text">
        <Heading className="post-card__title">
          <SiteLink href={post.url}>{post.title}</SiteLink>
        </Heading>
        <DraftBadge post={post} />
        {post.description && <p className="post-card__description">{post.description}</p>}
        <PostByline post={post} />
        <TermLinks kind="tags" terms={post.tagList} />
      </div>
      {cover && (
        // Decorative: the title beside it says what the post is. The box keeps its shape while loading.
        <img className="post-card__cover" src={cover} alt="" width={SOCIAL_IMAGE_SIZE.width} height={SOCIAL_IMAGE_SIZE.height} loading="lazy" decoding="async" />
      )}
    </article>
  )
}

import { Fragment } from 'react'
import { AuthorAvatar } from '@/components/author/author-avatar'
import { SiteLink } from '@/components/layout/site-link'
import { getPostAuthors, type Post } from '@/lib/content'
import { postSummary } from '@/lib/content/summary'
import { formatReadingTime } from '@/lib/site/format'
import { authorUrl } from '@/lib/site/urls'
import { TermLinks } from '../taxonomy/term-links'
import { CardPicture } from './card-picture'
import { DraftBadge } from './draft-badge'
import { PostDate } from './post-date'
import './post-card.css'

/**
 * One post in a list: picture, title, summary, authors with their avatars, date and tags. The
 * title's link covers the whole card (CSS), so the picture needs no link of its own. `eager`
 * loads the picture at once: only for cards on the first screen.
 */
export function PostCard({
  post,
  headingLevel = 2,
  featured = false,
  eager = false,
}: {
  post: Post
  headingLevel?: 2 | 3
  featured?: boolean
  eager?: boolean
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const authors = getPostAuthors(post)
  const summary = postSummary(post)
  return (
    <article className={featured ? 'post-card post-card--featured' : 'post-card'}>
      <CardPicture post={post} className="post-card__picture" eager={eager} priority={featured} />
      <div className="post-card__text">
        <DraftBadge post={post} />
        <Heading className="post-card__title">
          <SiteLink className="post-card__link" href={post.url}>
            {post.title}
          </SiteLink>
        </Heading>
        {summary && <p className="post-card__description">{summary}</p>}
        <div className="post-card__meta">
          {authors.length > 0 && (
            <span className="post-card__authors">
              {authors.map(({ name, author }, i) => (
                <Fragment key={author?.id ?? name}>
                  {i > 0 && <span className="sr-only">, </span>}
                  <AuthorAvatar name={name} author={author} />
                  {author ? (
                    <SiteLink className="post-byline__author" href={authorUrl(author.id)} rel="author">
                      {name}
                    </SiteLink>
                  ) : (
                    <span className="post-byline__author">{name}</span>
                  )}
                </Fragment>
              ))}
            </span>
          )}
          <span className="post-card__when">
            <PostDate iso={post.publishedAt} />
            <span aria-hidden="true"> · </span>
            {formatReadingTime(post.readingMinutes)}
          </span>
        </div>
        <TermLinks kind="tags" terms={post.tagList} />
      </div>
    </article>
  )
}

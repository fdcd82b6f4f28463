import { SiteLink } from '@/components/layout/site-link'
import { Fragment } from 'react'
import { formatReadingTime } from '@/lib/site/format'
import { getPostAuthors, type Post } from '@/lib/content'
import { authorUrl } from '@/lib/site/urls'
import { PostDate } from './post-date'

/**
 * Date, authors (each linked when registered) and reading time of a post, in one line. Several
 * authors are joined with a comma ("박승필, 손다연"); the middle dot already separates the parts.
 */
export function PostByline({ post }: { post: Post }) {
  const authors = getPostAuthors(post)
  return (
    <p className="post-byline">
      <PostDate iso={post.publishedAt} />
      {authors.length > 0 && (
        <>
          <span aria-hidden="true"> · </span>
          {authors.map(({ name, author }, i) => (
            <Fragment key={author?.id ?? name}>
              {i > 0 && ', '}
              {author ? (
                <SiteLink className="post-byline__author" href={authorUrl(author.id)} rel="author">
                  {name}
                </SiteLink>
              ) : (
                <span className="post-byline__author">{name}</span>
              )}
            </Fragment>
          ))}
        </>
      )}
      <span aria-hidden="true"> · </span>
      <span>{formatReadingTime(post.readingMinutes)}</span>
    </p>
  )
}

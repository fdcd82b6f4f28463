import { SiteLink } from '@/components/layout/site-link'
import { formatReadingTime } from '@/lib/format'
import { getAuthorDisplayName, getPostAuthor, type Post } from '@/lib/content'
import { authorUrl } from '@/lib/urls'
import { PostDate } from './post-date'

/** Date, author (linked when registered) and reading time of a post, in one line. */
export function PostByline({ post }: { post: Post }) {
  const author = getPostAuthor(post)
  const name = getAuthorDisplayName(post)
  return (
    <p className="post-byline">
      <PostDate iso={post.publishedAt} />
      {name !== null && (
        <>
          <span aria-hidden="true"> · </span>
          {author ? (
            <SiteLink className="post-byline__author" href={authorUrl(author.id)} rel="author">
              {name}
            </SiteLink>
          ) : (
            <span className="post-byline__author">{name}</span>
          )}
        </>
      )}
      <span aria-hidden="true"> · </span>
      <span>{formatReadingTime(post.readingMinutes)} 읽기</span>
    </p>
  )
}

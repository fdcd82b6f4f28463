import { formatReadingTime } from '@/lib/format'
import { getAuthorDisplayName, type Post } from '@/lib/content'
import { PostDate } from './post-date'

/** Date, author and reading time of a post, in one line. */
export function PostByline({ post }: { post: Post }) {
  const author = getAuthorDisplayName(post)
  return (
    <p className="post-byline">
      <PostDate iso={post.publishedAt} />
      {author !== null && (
        <>
          <span aria-hidden="true"> · </span>
          <span className="post-byline__author">{author}</span>
        </>
      )}
      <span aria-hidden="true"> · </span>
      <span>{formatReadingTime(post.readingMinutes)} 읽기</span>
    </p>
  )
}

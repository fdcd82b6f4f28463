import type { Post } from '@/lib/content'
import { paginate } from '@/lib/content/posts'
import { POSTS_PER_PAGE } from '@/lib/config'
import { Pagination } from './pagination'
import { PostList } from './post-list'

/** Page N of a list of posts rooted at `base` (`/`, `/tags/aws/`), with its pagination links. */
export function PagedPostList({
  posts,
  base,
  page,
  headingLevel,
  featureFirst = false,
}: {
  posts: readonly Post[]
  base: string
  page: number
  headingLevel?: 2 | 3
  featureFirst?: boolean
}) {
  const { items, totalPages } = paginate(posts, page, POSTS_PER_PAGE)
  return (
    <>
      <PostList posts={items} headingLevel={headingLevel} featureFirst={featureFirst && page === 1} />
      <Pagination base={base} page={page} totalPages={totalPages} />
    </>
  )
}

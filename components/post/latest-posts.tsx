import { getPublishedPosts } from '@/lib/content'
import { paginate } from '@/lib/posts'
import { POSTS_PER_PAGE } from '@/lib/site'
import { Pagination } from './pagination'
import { PostList } from './post-list'

/** Page N of all published posts, newest first. */
export function LatestPosts({ page }: { page: number }) {
  const { items, totalPages } = paginate(getPublishedPosts(), page, POSTS_PER_PAGE)
  return (
    <>
      <PostList posts={items} />
      <Pagination base="/" page={page} totalPages={totalPages} />
    </>
  )
}

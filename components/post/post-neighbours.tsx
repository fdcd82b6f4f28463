import Link from 'next/link'
import type { Post } from '@/lib/content'

/** Links to the newer and older post of the whole blog, by date. */
export function PostNeighbours({ older, newer }: { older: Post | null; newer: Post | null }) {
  if (!older && !newer) return null
  return (
    <nav className="post-neighbours" aria-label="이전 글과 다음 글">
      {older ? (
        <Link className="post-neighbours__older" href={older.url}>
          <span className="post-neighbours__label">이전 글</span>
          <span>{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link className="post-neighbours__newer" href={newer.url}>
          <span className="post-neighbours__label">다음 글</span>
          <span>{newer.title}</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

import { SiteLink } from '@/components/layout/site-link'
import type { Post } from '@/lib/content'
import { t } from '@/lib/i18n'

/** One side of the pair, or an empty cell that keeps the other side in its column. */
function Neighbour({ post, side, label }: { post: Post | null; side: 'older' | 'newer'; label: string }) {
  if (!post) return <span />
  return (
    <SiteLink className={`post-neighbours__${side}`} href={post.url}>
      <span className="post-neighbours__label">{label}</span>
      <span>{post.title}</span>
    </SiteLink>
  )
}

/** Links to the newer and older post of the whole blog, by date. */
export function PostNeighbours({ older, newer }: { older: Post | null; newer: Post | null }) {
  if (!older && !newer) return null
  return (
    <nav className="post-neighbours" aria-label={t.neighbours}>
      <Neighbour post={older} side="older" label={t.olderPost} />
      <Neighbour post={newer} side="newer" label={t.newerPost} />
    </nav>
  )
}

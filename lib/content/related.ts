import { termKey } from '../schema/terms'

export interface Relatable {
  slug: string
  series?: string | undefined
  tagList: readonly string[]
}

interface Scored<T> {
  candidate: T
  sameSeries: number
  shared: number
  order: number
}

/** Same series first, then more shared tags, then the newer post (earlier in the list). */
function ranksBefore<T>(a: Scored<T>, b: Scored<T>): boolean {
  return a.sameSeries !== b.sameSeries ? a.sameSeries > b.sameSeries : a.shared !== b.shared ? a.shared > b.shared : a.order < b.order
}

/**
 * Up to `limit` posts related to `post`: same series first, then by the number of shared tags.
 * `candidates` must already be the published posts, newest first, which also breaks ties.
 * One pass that keeps only the best `limit` so far: every post page calls this over every post,
 * so sorting all candidates would make a build quadratic in a costly way (minutes at 5,000 posts).
 */
export function selectRelated<T extends Relatable>(candidates: readonly T[], post: Relatable, limit = 3): T[] {
  const tags = new Set(post.tagList.map(termKey))
  const best: Scored<T>[] = []
  candidates.forEach((candidate, order) => {
    if (candidate.slug === post.slug) return
    const sameSeries = post.series !== undefined && candidate.series === post.series ? 1 : 0
    let shared = 0
    for (const tag of candidate.tagList) if (tags.has(termKey(tag))) shared += 1
    if (sameSeries === 0 && shared === 0) return
    const entry = { candidate, sameSeries, shared, order }
    if (best.length === limit && !ranksBefore(entry, best[limit - 1] as Scored<T>)) return
    let at = best.length
    while (at > 0 && ranksBefore(entry, best[at - 1] as Scored<T>)) at -= 1
    best.splice(at, 0, entry)
    if (best.length > limit) best.pop()
  })
  return best.map((entry) => entry.candidate)
}

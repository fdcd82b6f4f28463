import { termKey } from './terms'

export interface Relatable {
  slug: string
  series?: string | undefined
  tagList: readonly string[]
}

/**
 * Up to `limit` posts related to `post`: same series first, then by the number of shared tags.
 * `candidates` must already be the published posts, newest first, which also breaks ties.
 */
export function selectRelated<T extends Relatable>(candidates: readonly T[], post: Relatable, limit = 3): T[] {
  const tags = new Set(post.tagList.map(termKey))
  const scored = candidates
    .filter((candidate) => candidate.slug !== post.slug)
    .map((candidate, order) => {
      const sameSeries = post.series !== undefined && candidate.series === post.series ? 1 : 0
      const shared = candidate.tagList.filter((tag) => tags.has(termKey(tag))).length
      return { candidate, sameSeries, shared, order }
    })
    .filter((entry) => entry.sameSeries > 0 || entry.shared > 0)
  scored.sort((a, b) => b.sameSeries - a.sameSeries || b.shared - a.shared || a.order - b.order)
  return scored.slice(0, limit).map((entry) => entry.candidate)
}

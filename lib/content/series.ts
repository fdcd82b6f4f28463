import type { Listed } from './posts'

export interface SeriesPart extends Listed {
  series?: string | undefined
  seriesOrder?: number | undefined
}

/**
 * The parts of one series in reading order: `seriesOrder` first (parts without one come after),
 * then publication time, then slug. Never sorts the input in place.
 */
export function orderSeriesParts<T extends SeriesPart>(posts: readonly T[], seriesId: string): T[] {
  return posts
    .filter((post) => post.series === seriesId)
    .sort(
      (a, b) =>
        (a.seriesOrder ?? Number.POSITIVE_INFINITY) - (b.seriesOrder ?? Number.POSITIVE_INFINITY) ||
        Date.parse(a.publishedAt) - Date.parse(b.publishedAt) ||
        (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    )
}

export interface SeriesPosition<T> {
  parts: T[]
  /** 1-based position of the current post. */
  index: number
  previous: T | null
  next: T | null
}

/** Where a post stands in its series, with its neighbours; null if it is not part of one. */
export function locateInSeries<T extends SeriesPart>(posts: readonly T[], post: T): SeriesPosition<T> | null {
  if (!post.series) return null
  const parts = orderSeriesParts(posts, post.series)
  const at = parts.findIndex((p) => p.slug === post.slug)
  if (at === -1) return null
  return { parts, index: at + 1, previous: parts[at - 1] ?? null, next: parts[at + 1] ?? null }
}

import { selectAdjacent, type Listed } from './posts'
import { selectRelated, type Relatable } from './related'

/**
 * What a post page offers after the text, without repeating its series box: the newer and older
 * post of the blog and up to three related posts, all chosen among the posts outside the post's
 * series (the series box and its steps already link every part). `published` is newest first.
 */
export function readingNext<T extends Relatable & Listed>(published: readonly T[], post: T, seriesParts: readonly { slug: string }[] = []) {
  const inSeries = new Set(seriesParts.map((part) => part.slug))
  const others = published.filter((candidate) => candidate.slug === post.slug || !inSeries.has(candidate.slug))
  const { older, newer } = selectAdjacent<T>(others, post.slug)
  return { older, newer, related: selectRelated(others, post) }
}

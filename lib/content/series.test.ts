import { describe, expect, it } from 'vitest'
import { locateInSeries, orderSeriesParts } from './series'

import type { SeriesPart } from './series'

const part = (slug: string, publishedAt: string, seriesOrder?: number, series = 'kubecon'): SeriesPart => ({
  slug,
  publishedAt,
  isDraft: false,
  series,
  seriesOrder,
})

describe('orderSeriesParts', () => {
  it('orders by date by default', () => {
    const posts = [part('k3', '2019-12-06T03:00:00+09:00'), part('k1', '2019-12-06T01:00:00+09:00'), part('k2', '2019-12-06T02:00:00+09:00')]
    expect(orderSeriesParts(posts, 'kubecon').map((p) => p.slug)).toEqual(['k1', 'k2', 'k3'])
  })

  it('lets seriesOrder override dates, and puts parts without one last', () => {
    const posts = [
      part('late-but-first', '2020-05-01T00:00:00+09:00', 1),
      part('no-order', '2019-01-01T00:00:00+09:00'),
      part('second', '2019-06-01T00:00:00+09:00', 2),
      part('other-series', '2019-01-01T00:00:00+09:00', 1, 'other'),
    ]
    expect(orderSeriesParts(posts, 'kubecon').map((p) => p.slug)).toEqual(['late-but-first', 'second', 'no-order'])
  })
})

describe('locateInSeries', () => {
  const posts = [part('k1', '2019-12-06T01:00:00+09:00'), part('k2', '2019-12-06T02:00:00+09:00'), part('k3', '2019-12-06T03:00:00+09:00')]

  it('gives the position and both neighbours', () => {
    const position = locateInSeries(posts, posts[1]!)
    expect(position?.index).toBe(2)
    expect(position?.parts).toHaveLength(3)
    expect(position?.previous?.slug).toBe('k1')
    expect(position?.next?.slug).toBe('k3')
  })

  it('has no previous part for the first and no next for the last', () => {
    expect(locateInSeries(posts, posts[0]!)?.previous).toBeNull()
    expect(locateInSeries(posts, posts[2]!)?.next).toBeNull()
  })

  it('is null for a post outside any series', () => {
    expect(locateInSeries(posts, { slug: 'x', publishedAt: '2019-01-01T00:00:00+09:00', isDraft: false })).toBeNull()
  })
})

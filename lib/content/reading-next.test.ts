import { describe, expect, it } from 'vitest'
import { readingNext } from './reading-next'

const post = (slug: string, tags: string[], series?: string) => ({ slug, tagList: tags, series, publishedAt: '2020-01-01T00:00:00+09:00', isDraft: false })

// Newest first, as getPublishedPosts returns them.
const published = [post('d', ['k8s']), post('p3', ['k8s'], 's'), post('p2', ['k8s'], 's'), post('c', ['aws']), post('p1', ['k8s'], 's'), post('b', ['k8s'])]
const parts = published.filter((p) => p.series === 's').reverse()

describe('readingNext', () => {
  it('skips the parts of the series for older, newer and related posts', () => {
    const next = readingNext(published, published[2]!, parts)
    expect(next.newer?.slug).toBe('d')
    expect(next.older?.slug).toBe('c')
    expect(next.related.map((p) => p.slug)).toEqual(['d', 'b'])
  })

  it('keeps the whole blog for a post outside any series', () => {
    const next = readingNext(published, published[3]!)
    expect(next.newer?.slug).toBe('p2')
    expect(next.older?.slug).toBe('p1')
  })

  it('offers nothing when the series is the whole blog', () => {
    const onlySeries = published.filter((p) => p.series === 's')
    expect(readingNext(onlySeries, onlySeries[1]!, parts)).toEqual({ older: null, newer: null, related: [] })
  })
})

import { describe, expect, it } from 'vitest'
import { extraPageNumbers, pageNumberFromSegments, pageSegments, pageUrl, paginate, selectAdjacent, selectPublished, type Listed } from './posts'

const post = (slug: string, publishedAt: string, isDraft = false): Listed => ({ slug, publishedAt, isDraft })
const options = { now: new Date('2024-01-01T00:00:00+09:00'), includeDrafts: false, includeFuture: false }

describe('selectPublished', () => {
  it('orders newest first and breaks ties by slug, whatever the input order', () => {
    const posts = [
      post('kubecon-1', '2019-12-06T01:00:00+09:00'),
      post('b-same-time', '2019-12-06T03:00:00+09:00'),
      post('a-same-time', '2019-12-06T03:00:00+09:00'),
      post('kubecon-2', '2019-12-06T02:00:00+09:00'),
    ]
    const expected = ['a-same-time', 'b-same-time', 'kubecon-2', 'kubecon-1']
    expect(selectPublished(posts, options).map((p) => p.slug)).toEqual(expected)
    expect(selectPublished([...posts].reverse(), options).map((p) => p.slug)).toEqual(expected)
  })

  it('compares instants, not strings, across offsets', () => {
    const posts = [post('utc', '2019-12-05T17:30:00Z'), post('seoul', '2019-12-06T02:00:00+09:00')]
    expect(selectPublished(posts, options).map((p) => p.slug)).toEqual(['utc', 'seoul'])
  })

  it('leaves out drafts and future posts unless asked', () => {
    const posts = [post('draft', '2020-01-01T00:00:00+09:00', true), post('future', '2030-01-01T00:00:00+09:00'), post('live', '2020-01-01T00:00:00+09:00')]
    expect(selectPublished(posts, options).map((p) => p.slug)).toEqual(['live'])
    expect(selectPublished(posts, { ...options, includeDrafts: true, includeFuture: true }).map((p) => p.slug)).toEqual(['future', 'draft', 'live'])
  })

  it('does not sort the input in place', () => {
    const posts = [post('old', '2019-01-01T00:00:00+09:00'), post('new', '2020-01-01T00:00:00+09:00')]
    selectPublished(posts, options)
    expect(posts.map((p) => p.slug)).toEqual(['old', 'new'])
  })
})

describe('pagination', () => {
  it('cuts pages of ten and says how many there are', () => {
    const items = Array.from({ length: 23 }, (_, i) => i)
    expect(paginate(items, 1, 10)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, totalPages: 3 })
    expect(paginate(items, 3, 10).items).toEqual([20, 21, 22])
    expect(paginate([], 1, 10).totalPages).toBe(1)
  })

  it('routes pages 2..N under /page/N/', () => {
    expect(extraPageNumbers(23, 10)).toEqual([2, 3])
    expect(extraPageNumbers(10, 10)).toEqual([])
    expect(pageUrl('/', 1)).toBe('/')
    expect(pageUrl('/', 2)).toBe('/page/2/')
    expect(pageUrl('/tags/aws/', 3)).toBe('/tags/aws/page/3/')
  })

  it('gives the [[...page]] segments of every page and reads them back', () => {
    expect(pageSegments(23, 10)).toEqual([[], ['page', '2'], ['page', '3']])
    expect(pageSegments(0, 10)).toEqual([[]])
    expect(pageNumberFromSegments(undefined)).toBe(1)
    expect(pageNumberFromSegments(['page', '3'])).toBe(3)
    for (const wrong of [['page'], ['page', '0'], ['page', '2.5'], ['page', 'x'], ['pages', '2'], ['page', '2', 'x']]) {
      expect(pageNumberFromSegments(wrong)).toBeNull()
    }
  })
})

describe('selectAdjacent', () => {
  it('finds the older and newer neighbour', () => {
    const list = [post('c', '2019-12-06T03:00:00+09:00'), post('b', '2019-12-06T02:00:00+09:00'), post('a', '2019-12-06T01:00:00+09:00')]
    expect(selectAdjacent(list, 'b')).toEqual({ older: list[2], newer: list[0] })
    expect(selectAdjacent(list, 'c')).toEqual({ older: list[1], newer: null })
    expect(selectAdjacent(list, 'zzz')).toEqual({ older: null, newer: null })
  })
})

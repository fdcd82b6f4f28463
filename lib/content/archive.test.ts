import { describe, expect, it } from 'vitest'
import { groupByYearMonth } from './archive'

describe('groupByYearMonth', () => {
  it('groups newest-first posts by year and month in Seoul time', () => {
    const posts = [
      { slug: 'jan', publishedAt: '2020-01-05T10:00:00+09:00' },
      // 2019-12-31 16:00 UTC is already 2020-01-01 in Seoul.
      { slug: 'new-year', publishedAt: '2019-12-31T16:00:00Z' },
      { slug: 'dec', publishedAt: '2019-12-06T01:00:00+09:00' },
      { slug: 'nov', publishedAt: '2019-11-20T01:00:00+09:00' },
    ]
    const years = groupByYearMonth(posts, 'Asia/Seoul')
    expect(years.map((y) => [y.year, y.months.map((m) => [m.month, m.posts.map((p) => p.slug)])])).toEqual([
      ['2020', [['01', ['jan', 'new-year']]]],
      ['2019', [['12', ['dec']], ['11', ['nov']]]],
    ])
  })
})

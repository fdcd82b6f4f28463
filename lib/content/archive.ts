import { toZonedYearMonth } from '../schema/dates'

export interface ArchiveMonth<P> {
  month: string
  posts: P[]
}

export interface ArchiveYear<P> {
  year: string
  months: ArchiveMonth<P>[]
}

/** Posts (newest first) grouped by year and month in the blog's time zone, keeping their order. */
export function groupByYearMonth<P extends { publishedAt: string }>(posts: readonly P[], timeZone: string): ArchiveYear<P>[] {
  const years: ArchiveYear<P>[] = []
  for (const post of posts) {
    const { year, month } = toZonedYearMonth(post.publishedAt, timeZone)
    let y = years[years.length - 1]
    if (!y || y.year !== year) {
      y = { year, months: [] }
      years.push(y)
    }
    let m = y.months[y.months.length - 1]
    if (!m || m.month !== month) {
      m = { month, posts: [] }
      y.months.push(m)
    }
    m.posts.push(post)
  }
  return years
}

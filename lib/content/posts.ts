/**
 * Pure selectors over posts. Every list, page, feed, sitemap and index goes through
 * `selectPublished`, so "published" is defined exactly once.
 */
export interface Listed {
  slug: string
  publishedAt: string
  isDraft: boolean
}

export interface PublishOptions {
  /** The build's clock; posts dated after it are scheduled, not published. */
  now: Date
  /** `npm run dev` shows drafts (with a badge) so authors can preview them. */
  includeDrafts: boolean
  /** `BUILD_FUTURE=1` publishes scheduled posts early. */
  includeFuture: boolean
}

/** Newest first; the same date falls back to the slug so the order never depends on file order. */
export function compareNewestFirst(a: Listed, b: Listed): number {
  const byDate = Date.parse(b.publishedAt) - Date.parse(a.publishedAt)
  if (byDate !== 0) return byDate
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
}

/** Published posts, newest first. Never sorts the input in place. */
export function selectPublished<T extends Listed>(posts: readonly T[], options: PublishOptions): T[] {
  const nowMs = options.now.getTime()
  return posts
    .filter((post) => options.includeDrafts || !post.isDraft)
    .filter((post) => options.includeFuture || Date.parse(post.publishedAt) <= nowMs)
    .sort(compareNewestFirst)
}

export interface Page<T> {
  items: T[]
  /** 1-based. */
  page: number
  totalPages: number
}

/** One page of a list; page numbers start at 1 and an empty list still has page 1. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const start = (page - 1) * perPage
  return { items: items.slice(start, start + perPage), page, totalPages }
}

/** The list page numbers that need a route of their own (2..N; page 1 lives at the list's root). */
export function extraPageNumbers(itemCount: number, perPage: number): number[] {
  const totalPages = Math.max(1, Math.ceil(itemCount / perPage))
  return Array.from({ length: totalPages - 1 }, (_, i) => i + 2)
}

/** `[[...page]]` route segments of a paged list: [] for page 1, then ['page', '2'], ['page', '3']... */
export function pageSegments(itemCount: number, perPage: number): string[][] {
  return [[], ...extraPageNumbers(itemCount, perPage).map((n) => ['page', String(n)])]
}

/** The page number `[[...page]]` segments name (1 for none), or null when they name no page. */
export function pageNumberFromSegments(segments: readonly string[] | undefined): number | null {
  const parts = segments ?? []
  if (parts.length === 0) return 1
  const number = parts.length === 2 && parts[0] === 'page' ? Number(parts[1]) : Number.NaN
  return Number.isInteger(number) && number >= 1 ? number : null
}

/** The URL of page N of a list whose first page is `base` (`/`, `/tags/aws/`). */
export function pageUrl(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`
}

/** The post before (older) and after (newer) the given one in a newest-first list. */
export function selectAdjacent<T extends Listed>(published: readonly T[], slug: string): { older: T | null; newer: T | null } {
  const index = published.findIndex((post) => post.slug === slug)
  if (index === -1) return { older: null, newer: null }
  return { older: published[index + 1] ?? null, newer: published[index - 1] ?? null }
}

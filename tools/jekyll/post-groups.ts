import { termKey } from '../../lib/schema/terms'
import type { IndexedPost } from './convert-post'

/** Published posts sharing a publication time: `[time, file, file ...]`, for the report (lists break the tie by URL). */
export function groupSameTime(posts: readonly IndexedPost[], contentLabel: string): string[][] {
  const byTime = new Map<string, string[]>()
  for (const post of posts) {
    if (post.draft || post.publishedAt === null) continue
    byTime.set(post.publishedAt, [...(byTime.get(post.publishedAt) ?? []), `${contentLabel}/posts/${post.fileName}`])
  }
  return [...byTime.entries()]
    .filter(([, group]) => group.length > 1)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([time, group]) => [time, ...group])
}

/** Spellings of one tag that differ only in case (`AWS`, `aws`): the blog shows them as one tag. */
export function groupTagVariants(posts: readonly IndexedPost[]): string[][] {
  const spellings = new Map<string, Set<string>>()
  for (const post of posts) {
    if (post.draft) continue
    for (const tag of post.tags) spellings.set(termKey(tag), (spellings.get(termKey(tag)) ?? new Set()).add(tag))
  }
  return [...spellings.values()].filter((set) => set.size > 1).map((set) => [...set].sort())
}

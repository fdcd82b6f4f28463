/**
 * Contentlayer's output as `next dev` imports it (lib/content/index.ts), so that an edited post reloads
 * the open page at once. It imports each type's one `_index.json` (all its documents), the files
 * Contentlayer's own production barrel imports, rather than its development barrel (one module per
 * document, named after the post's file): Turbopack 16.4 panics when it names a chunk after a
 * module whose path holds Hangul at the wrong byte ("is not a char boundary"), and Jekyll file
 * names are often Hangul.
 */
import type { Author, Page, Post, Series } from 'contentlayer/generated'
import authors from '@/.contentlayer/generated/Author/_index.json' with { type: 'json' }
import pages from '@/.contentlayer/generated/Page/_index.json' with { type: 'json' }
import posts from '@/.contentlayer/generated/Post/_index.json' with { type: 'json' }
import series from '@/.contentlayer/generated/Series/_index.json' with { type: 'json' }

export const allPosts = posts as unknown as Post[]
export const allAuthors = authors as unknown as Author[]
export const allSeries = series as unknown as Series[]
export const allPages = pages as unknown as Page[]

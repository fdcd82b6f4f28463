/**
 * What `next dev` adds to reading Contentlayer's output (lib/content/index.ts): an import of the
 * stamp Contentlayer rewrites after each generation (lib/content/generated-files.ts). Next reloads
 * a module whose import changed, and the open page with it, so an edited post shows at once. The
 * documents themselves are read from their files, as in a build: imported, the whole blog's JSON
 * (30 MB at 1,000 posts) went through the bundler after every edit, which took minutes.
 */
import generation from '@/.contentlayer/generation.json' with { type: 'json' }
import { readGenerated } from './generated-files'

export const generatedAt: string = generation.generatedAt
export const { allPosts, allAuthors, allSeries, allPages } = readGenerated()

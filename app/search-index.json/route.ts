import { getPublishedPosts } from '@/lib/content'
import { buildSearchIndexFile } from '@/lib/search/build-index'
import { siteLanguage } from '@/lib/config'

// Written once at build time into out/search-index.json (lib/search/index-file.ts SEARCH_INDEX_PATH).
export const dynamic = 'force-static'

/** The search index: published posts only, as every other list. */
export function GET() {
  // Cut by the edition's language (English stems its words).
  return Response.json(buildSearchIndexFile(getPublishedPosts(), siteLanguage))
}

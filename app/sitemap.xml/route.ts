import {
  getAuthors,
  getPages,
  getPostsByAuthor,
  getPublishedPosts,
  getSeriesList,
  getSeriesParts,
  getTerms,
} from '@/lib/content'
import { absoluteUrl } from '@/lib/config'
import { renderSitemap, type SitemapEntry } from '@/lib/site/sitemap'
import { authorUrl, seriesUrl, termUrl } from '@/lib/site/urls'
import { languageAlternates } from '@/lib/site/editions'

export const dynamic = 'force-static'

function newest(posts: readonly { publishedAt: string; updatedAt?: string | undefined }[]): string | undefined {
  return posts
    .map((post) => post.updatedAt ?? post.publishedAt)
    .sort()
    .at(-1)
}

function entry(path: string, lastModified?: string, alternates?: Record<string, string>): SitemapEntry {
  return { url: absoluteUrl(path), lastModified, alternates }
}

/** A page every edition has at the same path (the home, the lists' indexes), with its counterparts. */
function shared(path: string, lastModified?: string): SitemapEntry {
  return entry(path, lastModified, languageAlternates(undefined, path))
}

/** Every public page: posts with their last modification, every list page, standalone pages. */
export function GET(): Response {
  const posts = getPublishedPosts()
  const entries = [
    shared('/', newest(posts)),
    ...posts.map((post) => entry(post.url, post.updatedAt ?? post.publishedAt, languageAlternates(post))),
    shared('/tags/'),
    ...getTerms('tags').map((term) => entry(termUrl('tags', term.slug), newest(term.posts))),
    shared('/categories/'),
    ...getTerms('categories').map((term) => entry(termUrl('categories', term.slug), newest(term.posts))),
    shared('/series/'),
    ...getSeriesList().map((series) => entry(seriesUrl(series.id), newest(getSeriesParts(series.id)))),
    shared('/authors/'),
    ...getAuthors().map((author) => entry(authorUrl(author.id), newest(getPostsByAuthor(author.id)))),
    shared('/archive/', newest(posts)),
    shared('/subscribe/'),
    ...getPages().map((page) => entry(page.url)),
  ]
  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}

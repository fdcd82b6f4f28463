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

export const dynamic = 'force-static'

function newest(posts: readonly { publishedAt: string; updatedAt?: string | undefined }[]): string | undefined {
  return posts
    .map((post) => post.updatedAt ?? post.publishedAt)
    .sort()
    .at(-1)
}

function entry(path: string, lastModified?: string): SitemapEntry {
  return { url: absoluteUrl(path), lastModified }
}

/** Every public page: posts with their last modification, every list page, standalone pages. */
export function GET(): Response {
  const posts = getPublishedPosts()
  const entries = [
    entry('/', newest(posts)),
    ...posts.map((post) => entry(post.url, post.updatedAt ?? post.publishedAt)),
    entry('/tags/'),
    ...getTerms('tags').map((term) => entry(termUrl('tags', term.slug), newest(term.posts))),
    entry('/categories/'),
    ...getTerms('categories').map((term) => entry(termUrl('categories', term.slug), newest(term.posts))),
    entry('/series/'),
    ...getSeriesList().map((series) => entry(seriesUrl(series.id), newest(getSeriesParts(series.id)))),
    entry('/authors/'),
    ...getAuthors().map((author) => entry(authorUrl(author.id), newest(getPostsByAuthor(author.id)))),
    entry('/archive/', newest(posts)),
    entry('/subscribe/'),
    ...getPages().map((page) => entry(page.url)),
  ]
  return new Response(renderSitemap(entries), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}

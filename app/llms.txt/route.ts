import { getPublishedPosts } from '@/lib/content'
import { toZonedDay } from '@/lib/schema/dates'
import { feedPath } from '@/lib/site/feeds'
import { absoluteUrl, site } from '@/lib/config'
import { llmsTxt } from '@/lib/site/llms-txt'
import { twinPath } from '@/lib/site/markdown-twin'

// /llms.txt: the blog and each post's Markdown twin for tools and agents (lib/site/llms-txt.ts).
export const dynamic = 'force-static'

export function GET() {
  const text = llmsTxt({
    name: site.name,
    description: site.description,
    home: absoluteUrl('/'),
    posts: getPublishedPosts().map((post) => ({
      title: post.title,
      twinUrl: absoluteUrl(twinPath(post.url)),
      description: post.description,
      date: toZonedDay(new Date(post.publishedAt), site.timeZone),
    })),
    feed: absoluteUrl(feedPath({ path: '/' }, 'rss')),
    sitemap: absoluteUrl('/sitemap.xml'),
  })
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}

import { getPublishedPosts } from '@/lib/content'
import { postAuthorLinks } from '@/lib/site/seo'
import { absoluteUrl, site } from '@/lib/config'
import { markdownTwin } from '@/lib/site/markdown-twin'

// Each post's Markdown twin at /<slug>/index.md (lib/site/markdown-twin.ts).
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return getPublishedPosts().map((post) => ({ slug: post.slug }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = decodeURIComponent((await params).slug)
  const post = getPublishedPosts().find((candidate) => candidate.slug === slug)
  if (post === undefined) return new Response('Not found', { status: 404 })
  const text = markdownTwin({
    title: post.title,
    publishedAt: post.publishedAt,
    authors: postAuthorLinks(post).map((author) => author.name),
    tags: post.tagList,
    canonical: absoluteUrl(post.url),
    body: post.body.raw,
    siteRoot: `${site.url}${site.basePath}`,
  })
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } })
}

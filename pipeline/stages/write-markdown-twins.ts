// Build step (pipeline/index.ts runs it after the Next export): each published post's Markdown twin
// at `<post>/index.md` (lib/site/markdown-twin.ts). Written here rather than by a Next route: a
// twin is the post's own text with a short header, and as a route it was one more prerender task
// per post, about a seventh of the export's time.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { getPublishedPosts } from '../../lib/content'
import { absoluteUrl, site } from '../../lib/config'
import { readExportOnly } from '../../lib/site/export-scope'
import { markdownTwin, twinPath } from '../../lib/site/markdown-twin'
import { postAuthorLinks } from '../../lib/site/seo'

/** Writes every published post's twin into an export folder (a partial build: the posts it renders again); returns how many. */
export function writeMarkdownTwins(exportDir: string, only: ReadonlySet<string> | null = readExportOnly()): number {
  const posts = getPublishedPosts().filter((post) => only === null || only.has(post.slug))
  for (const post of posts) {
    const text = markdownTwin({
      title: post.title,
      publishedAt: post.publishedAt,
      authors: postAuthorLinks(post).map((author) => author.name),
      tags: post.tagList,
      canonical: absoluteUrl(post.url),
      body: post.body.raw,
      siteRoot: `${site.url}${site.basePath}`,
    })
    // The post's folder, as Next wrote it: the slug as it is, not percent-encoded.
    const file = path.join(exportDir, ...twinPath(post.url).split('/').filter(Boolean))
    if (!file.startsWith(`${exportDir}${path.sep}`))
      throw new Error(`${post.url}: Markdown 사본이 내보낸 폴더 밖을 가리킵니다`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  return posts.length
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const exportDir = path.resolve(process.argv[2] ?? 'out')
  console.log(`✓ Markdown 사본 ${writeMarkdownTwins(exportDir)}개`)
}

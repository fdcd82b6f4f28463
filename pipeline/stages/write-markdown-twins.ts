// Build stage: each published post's Markdown twin at `<post>/index.md` (lib/site/markdown-twin.ts).
// Written here rather than by a Next route: a twin is the post's own text with a short header, and
// as a route it was one more prerender task per post, about a seventh of the export's time.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { sitePathOf, type Post } from '../../lib/content'
import { absoluteUrl, siteRoot } from '../../lib/config'
import { rewriteBundleSource } from '../../lib/markdown/bundle-source'
import { bundleOfPost } from '../../lib/schema/bundles'
import { markdownTwin, twinPath } from '../../lib/site/markdown-twin'
import { postAuthorLinks } from '../../lib/site/seo'

/** Writes the twins of these posts into an export folder; returns how many. */
export function writeMarkdownTwins(exportDir: string, posts: readonly Post[], contentDir: string): number {
  for (const post of posts) {
    // Each edition's posts under its folder (`/en/<post>/`); a site path in a post is read from the site's root.
    const sitePath = sitePathOf(post)
    const text = markdownTwin({
      title: post.title,
      publishedAt: post.publishedAt,
      authors: postAuthorLinks(post).map((author) => author.name),
      tags: post.tagList,
      canonical: absoluteUrl(sitePath),
      // A folder post's own files by their published address, made absolute below like any site path.
      body: rewriteBundleSource(post.body.raw, bundleOfPost(post._raw.sourceFilePath, post.slug, contentDir)),
      siteRoot,
    })
    // The post's folder, as Next wrote it: the slug as it is, not percent-encoded.
    const file = path.join(exportDir, ...twinPath(sitePath).split('/').filter(Boolean))
    if (!file.startsWith(`${exportDir}${path.sep}`))
      throw new Error(`${sitePath}: Markdown 사본이 내보낸 폴더 밖을 가리킵니다`)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  return posts.length
}

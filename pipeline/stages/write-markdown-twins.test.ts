import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteRoot } from '../../lib/config'
import { rewriteBundleSource } from '../../lib/markdown/bundle-source'
import { renderPost } from '../../lib/markdown/pipeline'
import { postBundle } from '../../lib/schema/bundles'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { markdownTwin } from '../../lib/site/markdown-twin'
import { scanPage, scanText } from './link-check'

/** Every post file of a content folder: `<name>.md`, or `<name>/index.md` for a post kept as a folder. */
function postFiles(content: string): string[] {
  const posts = path.join(content, 'posts')
  return readdirSync(posts).map((name) => {
    const file = path.join(posts, name)
    return statSync(file).isDirectory() ? path.join(file, 'index.md') : file
  })
}

/**
 * The build's link check reads the pages, not the twins (pipeline/stages/link-check.ts): every link
 * of a twin to this site must be a link of its page, so that a broken one is reported at the page.
 * Checked on every post of the blog and of the test site (raw HTML, folder posts, hostile and legacy
 * markup), with the readers the link check uses, the page rendered by the real pipeline.
 */
describe('Markdown twins link only where their page links', () => {
  const contents = ['content', path.join('e2e', 'fixtures', 'content')]
  const files = contents.flatMap((content) => postFiles(content).map((file) => ({ content, file })))
  const page = `${siteRoot}/a-post/`
  let checked = 0

  it.each(files)('$file', async ({ content, file }) => {
    const text = readFileSync(file, 'utf8')
    const parsed = parseFrontMatter(text)
    if (!parsed.ok) throw new Error(`${file}: front matter`)
    const bundle = postBundle(file, text, content)
    const twin = markdownTwin({
      title: 'Title',
      publishedAt: '2020-01-01T00:00:00+09:00',
      authors: [],
      tags: [],
      canonical: page,
      body: rewriteBundleSource(parsed.value.body, bundle),
      siteRoot,
    })
    // What a static host serves: `/kubecon-2` and `/kubecon-2/` are the same page.
    const resolve = (link: string, base: string) => {
      try {
        const url = new URL(link, base)
        url.pathname = url.pathname.replace(/\/$/, '')
        return url.href
      } catch {
        return link
      }
    }
    const pageLinks = new Set(scanPage((await renderPost(text, bundle)).html).links.map((link) => resolve(link, page)))
    const twinLinks = scanText(twin)
      .links.slice(1)
      .map((link) => resolve(link, `${page}index.md`))
      // `#part` in a twin names a place in the twin itself, which has no ids to check.
      .filter((link) => link.startsWith(`${siteRoot}/`) && !link.startsWith(`${page}index.md`))
    expect(twinLinks.filter((link) => !pageLinks.has(link))).toEqual([])
    checked += twinLinks.length
  })

  it('checked links of this site', () => {
    expect(files.length).toBeGreaterThan(20)
    expect(checked).toBeGreaterThan(20)
  })
})

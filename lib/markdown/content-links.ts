import { parseFrontMatter } from '../schema/front-matter'
import { parsePermalink } from '../schema/pages'
import { DEFAULT_RESERVED_NAMES } from '../schema/reserved-names'
import { derivePostSlug } from '../schema/slug'
import { toTermList } from '../schema/terms'
import type { ContentSources, Diagnostic } from '../schema/validate-content'
import { checkBodyLinks, type LinkTargets } from './source-links'

/**
 * `npm run check`'s link check: every post's internal links and #anchors, resolved against the
 * content itself. `renderedIds` holds the body ids of each post the render check rendered, by file.
 */
export function checkContentLinks(
  sources: ContentSources,
  renderedIds: ReadonlyMap<string, ReadonlySet<string>>,
  ownOrigins: readonly string[],
  /** Posts already reported with an error (one too deeply nested to parse among them): their links wait. */
  skip: ReadonlySet<string> = new Set(),
): Diagnostic[] {
  const slugs = new Map<string, string>()
  const ids = new Map<string, ReadonlySet<string>>()
  const paths = new Set<string>()
  const posts: { path: string; slug: string; body: string; bodyStartLine: number }[] = []
  for (const file of sources.posts) {
    const name = file.path.split('/').pop() ?? file.path
    if (!name.endsWith('.md')) continue
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok) continue
    const fm = parsed.value
    const slug = derivePostSlug(name, typeof fm.data.slug === 'string' ? fm.data.slug : undefined)
    if (slug === '') continue
    slugs.set(slug.toLowerCase(), slug)
    const rendered = renderedIds.get(file.path)
    if (rendered) ids.set(slug, rendered)
    for (const old of toTermList(fm.data.redirect_from)) paths.add(old.normalize('NFC'))
    if (!skip.has(file.path)) posts.push({ path: file.path, slug, body: fm.body, bodyStartLine: fm.bodyStartLine })
  }
  for (const file of sources.pages ?? []) {
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok || typeof parsed.value.data.permalink !== 'string') continue
    const route = parsePermalink(parsed.value.data.permalink)
    if (route === null) continue
    slugs.set(route.slug.toLowerCase(), route.slug)
    if (route.legacyPath !== null) paths.add(route.legacyPath)
  }
  const targets: LinkTargets = {
    slugs,
    ids,
    paths,
    reserved: sources.reservedNames ?? DEFAULT_RESERVED_NAMES,
    publicFileExists: sources.publicFileExists,
    ownOrigins,
  }
  return posts.flatMap((post) =>
    checkBodyLinks(post.body, post.bodyStartLine, post.slug, targets).map((problem): Diagnostic => ({
      severity: 'error',
      file: post.path,
      field: 'body',
      ...problem,
    })),
  )
}

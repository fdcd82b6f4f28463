/**
 * The build's link check reads the exported HTML (`serverless-image/index.html`); an author fixes
 * Markdown. This maps each broken link of an exported page back to the post or page it was
 * rendered from, and to the line of that file where the link is written.
 */
import type { BrokenLink } from './link-check'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { parsePermalink } from '../../lib/schema/pages'
import { derivePostSlug, postFileName } from '../../lib/schema/slug'
import type { SourceFile } from '../../lib/schema/validate-content'

/** Exported page file (`kubecon-1/index.html`) -> the Markdown file it was rendered from. */
export function indexSources(posts: readonly SourceFile[], pages: readonly SourceFile[] = []): Map<string, SourceFile> {
  const index = new Map<string, SourceFile>()
  for (const file of posts) {
    const parsed = parseFrontMatter(file.text)
    const slugField = parsed.ok && typeof parsed.value.data.slug === 'string' ? parsed.value.data.slug : undefined
    const slug = derivePostSlug(postFileName(file.path), slugField)
    if (slug !== '') index.set(`${slug}/index.html`.normalize('NFC'), file)
  }
  for (const file of pages) {
    const parsed = parseFrontMatter(file.text)
    const permalink = parsed.ok ? parsed.value.data.permalink : undefined
    const route = typeof permalink === 'string' ? parsePermalink(permalink) : null
    if (route !== null) index.set(`${route.slug}/index.html`.normalize('NFC'), file)
  }
  return index
}

function decoded(text: string): string {
  try {
    return decodeURI(text).normalize('NFC')
  } catch {
    return text
  }
}

/** How the author may have written the link the export holds: with or without base path, encoded or not, just the #fragment. */
function spellings(link: string, basePath: string): string[] {
  const withoutBase = basePath !== '' && link.startsWith(`${basePath}/`) ? link.slice(basePath.length) : link
  const hash = withoutBase.indexOf('#')
  const fragment = hash === -1 ? null : withoutBase.slice(hash)
  const all = [
    link,
    withoutBase,
    decoded(link),
    decoded(withoutBase),
    ...(fragment ? [fragment, decoded(fragment)] : []),
  ]
  const trimmed = all.flatMap((text) => (text.length > 1 && text.endsWith('/') ? [text, text.slice(0, -1)] : [text]))
  return [...new Set(trimmed)].sort((a, b) => b.length - a.length)
}

/**
 * Where a broken link of the export is written: the source file and the 1-based line that holds
 * it, or the file alone (line null) when the link was not found as written, or null when the page
 * is not a post's or a page's (a list page the site builds itself).
 */
export function locateBrokenLink(
  broken: BrokenLink,
  index: ReadonlyMap<string, SourceFile>,
  basePath: string,
): { file: string; line: number | null } | null {
  const source = index.get(broken.page.normalize('NFC'))
  if (source === undefined) return null
  const lines = source.text.normalize('NFC').split(/\r?\n/)
  for (const spelling of spellings(broken.link, basePath)) {
    const at = lines.findIndex(
      (line) =>
        line.includes(`(${spelling}`) ||
        line.includes(`"${spelling}`) ||
        line.includes(`'${spelling}`) ||
        line.includes(`: ${spelling}`),
    )
    if (at !== -1) return { file: source.path, line: at + 1 }
  }
  return { file: source.path, line: null }
}

import { parseFrontMatter } from '../../lib/schema/front-matter'
import { parsePermalink } from '../../lib/schema/pages'
import { slugifyPretty } from '../../lib/schema/slug'
import type { SourceFile } from '../../lib/schema/validate-content'
import { indexPage } from './convert-page'
import { pageUrl } from './permalink'
import { formatYamlValue, setFrontMatterFields } from './front-matter'

/** A page of a folder (`pages/contact.md`) made ready for the page importer, with its old and new URLs. */
export interface FolderPage {
  /** The file, path unchanged, its `permalink` set to the URL it gets here (or its old URL when it cannot be imported). */
  page: SourceFile
  /** The URL Jekyll wrote the page at (`/pages/contact.html`). */
  oldUrl: string
  /** The page's URL here (`/contact/`), or null when the page importer will skip and report it. */
  url: string | null
}

/**
 * Pages Jekyll published from folders other than `_` folders (`pages/contact.md`, `company/hiring.md`)
 * that are neither a folder's index page nor a list page the blog's own lists answer (`isListPage`).
 * The blog's pages live at one-level URLs, so each becomes the page `/<last segment of its old URL>/`
 * (the folder joined in, `/pages-contact/`, when that name is taken) and its old URL a redirect there.
 * A page the importer cannot import (a Liquid template) keeps its old URL as permalink, so that the
 * report names the address that is left without an answer.
 */
export function folderPages(
  files: readonly SourceFile[],
  prettyPages: boolean,
  isListPage: (file: SourceFile) => boolean,
  taken: (slug: string) => boolean,
  /** Whether the old build left Jekyll's Liquid output for a file (its path in the site). */
  computed: (path: string) => boolean = () => false,
): FolderPage[] {
  const result: FolderPage[] = []
  const used = new Set<string>()
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    if (isListPage(file)) continue
    // Jekyll reads front matter with Windows line ends too.
    const text = file.text.replace(/\r\n?/g, '\n')
    const parsed = parseFrontMatter(text)
    if (!parsed.ok) continue
    const oldUrl = pageUrl(file.path, parsed.value.data, prettyPages)
    const asOld: SourceFile = {
      path: file.path,
      text: setFrontMatterFields(text, { permalink: formatYamlValue(oldUrl) }),
    }
    if (parsePermalink(oldUrl) !== null) {
      // A one-level permalink (`/hiring/`) is a URL the blog's pages can have as it is.
      result.push({ page: asOld, oldUrl, url: null })
      continue
    }
    const segments = oldUrl
      .replace(/\/index\.html?$/, '/')
      .replace(/\.html?$/, '')
      .split('/')
      .filter((segment) => segment !== '')
    const decoded = segments.map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
    const last = slugifyPretty(decoded.at(-1) ?? file.path)
    let slug =
      last !== '' && !taken(last.toLowerCase()) && !used.has(last.toLowerCase())
        ? last
        : slugifyPretty(decoded.join('-'))
    for (let n = 2; taken(slug.toLowerCase()) || used.has(slug.toLowerCase()); n += 1)
      slug = `${slugifyPretty(decoded.join('-'))}-${n}`
    const page = { path: file.path, text: setFrontMatterFields(text, { permalink: formatYamlValue(`/${slug}/`) }) }
    if ('skip' in indexPage(page, prettyPages, false, computed(file.path))) {
      // Templates and the like: the page importer skips them and reports the old URL left unanswered.
      result.push({ page: asOld, oldUrl, url: null })
      continue
    }
    used.add(slug.toLowerCase())
    result.push({ page, oldUrl, url: `/${slug}/` })
  }
  return result
}

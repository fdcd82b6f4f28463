import { slugifyPretty } from './slug'

/** Where a standalone page (about, contact ...) lives, worked out from its Jekyll `permalink`. */
export interface PageRoute {
  /** The one path segment of the page, e.g. `contact`. */
  slug: string
  /** The site-internal URL it renders at, e.g. `/contact/`. */
  url: string
  /** The old URL that needs a redirect file because no folder answers it (`/contact.html`), else null. */
  legacyPath: string | null
}

/**
 * Reads a page permalink as Jekyll wrote it. `/about/`, `/about` and `/about/index.html` render at
 * `/about/` (static hosts answer the latter two from that folder); `/contact.html` renders at
 * `/contact/` and keeps its old URL through a redirect file. Anything deeper is not a page route.
 */
export function parsePermalink(permalink: string): PageRoute | null {
  const match = /^\/([^/?#]+?)(\/|\/index\.html|\.html?)?$/.exec(permalink.trim())
  if (!match) return null
  const [, segment = '', ending = ''] = match
  let slug: string
  try {
    slug = decodeURIComponent(segment).normalize('NFC')
  } catch {
    return null
  }
  // A segment that slugify would change cannot be written as an exported folder name safely.
  if (slug === '' || slugifyPretty(slug) !== slug) return null
  // `/feed.xml` is a file of another kind, not a page that could render as a folder.
  if (ending === '' && /\.[a-z0-9]+$/i.test(slug)) return null
  const isFile = ending === '.html' || ending === '.htm'
  return { slug, url: `/${slug}/`, legacyPath: isFile ? `/${slug}${ending}` : null }
}

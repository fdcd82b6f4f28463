import { parse } from 'yaml'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { slugifyPretty } from '../../lib/schema/slug'
import type { SourceFile } from '../../lib/schema/validate-content'
import { formatYamlValue, repairFrontMatter, setFrontMatterFields, type LineNote } from './front-matter'
import { defaultsFor, readDefaultSets } from './front-matter-defaults'

/**
 * Collections other than posts that Jekyll wrote pages for (`output: true` in `_config.yml`):
 * `_team/eric.md` at `/team/eric/`, project pages, authors. The blog has no collections, so each
 * document becomes a page of its own at `/<collection>-<name>/`, and its old URL a redirect there.
 */
export interface CollectionDocument {
  /** The document rewritten as a page of the old site (`_pages/team-eric.md`), for the page importer. */
  page: SourceFile
  /** The URL Jekyll wrote the document at, decoded (`/team/eric/`). */
  oldUrl: string
  /** The page's URL here (`/team-eric/`). */
  url: string
  /** The document's own path (`_team/eric.md`), by which the old build's Liquid output names it. */
  source: string
  /** What its front matter needed to be read as Jekyll read it (a key written twice), on the page's lines. */
  fixes: LineNote[]
}

/** Names of the collections with `output: true` and their permalink templates, from `_config.yml`. */
export function outputCollections(config: string | null): { name: string; permalink: string | null }[] {
  if (config === null) return []
  let data: { collections?: unknown } | null
  try {
    data = parse(config.replace(/\r\n?/g, '\n')) as { collections?: unknown } | null
  } catch {
    return []
  }
  const collections = data?.collections
  if (collections === null || typeof collections !== 'object' || Array.isArray(collections)) return []
  return Object.entries(collections as Record<string, unknown>)
    .filter(([name, value]) => name !== 'posts' && typeof value === 'object' && value !== null)
    .filter(([, value]) => (value as { output?: unknown }).output === true)
    .map(([name, value]) => {
      const permalink = (value as { permalink?: unknown }).permalink
      return { name, permalink: typeof permalink === 'string' ? permalink : null }
    })
}

/**
 * The URL template of a collection's documents: the collection's own `permalink`, else Jekyll 4's
 * default, `/:collection/:path` with the ending of the site's `permalink` style: a slash for
 * `pretty` and for a pattern ending in `/` (`/blog/:year/:title/` gives `/slides/deck/`), the
 * extension for `date`, `ordinal`, `weekdate`, `none` and a pattern ending in `:output_ext`, nothing else.
 */
export function collectionTemplate(config: string | null, own: string | null): string {
  if (own !== null) return own
  let style = 'date'
  try {
    const data = parse((config ?? '').replace(/\r\n?/g, '\n')) as { permalink?: unknown } | null
    if (typeof data?.permalink === 'string' && data.permalink.trim() !== '') style = data.permalink.trim()
  } catch {
    // A _config.yml that does not parse is reported elsewhere; Jekyll's default style stands.
  }
  if (style === 'pretty') return '/:collection/:path/'
  if (['date', 'ordinal', 'weekdate', 'none'].includes(style)) return '/:collection/:path:output_ext'
  if (style.endsWith('/')) return '/:collection/:path/'
  if (style.endsWith(':output_ext')) return '/:collection/:path:output_ext'
  return '/:collection/:path'
}

/**
 * The URL Jekyll 4 gave a collection document: its own `permalink`, else the collection's, else
 * `/:collection/:path:output_ext`; `:path` is the path inside the collection without its
 * extension, `:name` and `:title` the file name (or `slug`) made URL-safe as Jekyll's default slugify does.
 */
export function collectionUrl(
  collection: string,
  template: string | null,
  relativePath: string,
  data: Record<string, unknown>,
): string {
  const own = typeof data.permalink === 'string' && data.permalink.trim() !== '' ? data.permalink.trim() : null
  const path = relativePath.replace(/\.[^./]+$/, '')
  const name = path.split('/').pop() ?? path
  const slugified = (text: string) =>
    text
      .replace(/[^\p{L}\p{M}\p{Nd}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
  const values: Record<string, string> = {
    collection,
    path,
    name: slugified(name),
    title: slugifyPretty(typeof data.slug === 'string' ? data.slug : name),
    slug: slugified(typeof data.slug === 'string' ? data.slug : name),
    output_ext: '.html',
  }
  const filled = (own ?? template ?? '/:collection/:path:output_ext').replace(
    /:([a-z_]+)/g,
    (whole, key: string) => values[key] ?? whole,
  )
  return `/${filled}`.replace(/\/+/g, '/').replace(/\/index\.html$/, '/')
}

/**
 * The `permalink` that `defaults:` in `_config.yml` give a collection's document (`scope: { path:
 * _topics }` or `{ type: topics }`), as Jekyll merges defaults into its front matter
 * (tools/jekyll/front-matter-defaults.ts). `sitePath` is the document's path in the site (`_topics/en/acc.md`).
 */
export function defaultPermalink(config: string | null, collection: string, sitePath: string): string | null {
  if (config === null) return null
  let data: { defaults?: unknown } | null
  try {
    data = parse(config.replace(/\r\n?/g, '\n')) as { defaults?: unknown } | null
  } catch {
    return null
  }
  const permalink = defaultsFor(readDefaultSets(data?.defaults), sitePath, collection).permalink
  return typeof permalink === 'string' ? permalink : null
}

/**
 * Each document of the output collections as a page to import, with its old and new URLs. `files`
 * holds every file of the site (`_team/eric.md`, read on demand); `taken` the slugs already owned.
 */
export function collectionDocuments(
  config: string | null,
  files: readonly SourceFile[],
  taken: (slug: string) => boolean,
): CollectionDocument[] {
  const documents: CollectionDocument[] = []
  for (const { name, permalink } of outputCollections(config)) {
    const prefix = `_${name}/`
    for (const file of files.filter((f) => f.path.startsWith(prefix) && /\.(md|markdown|html?)$/.test(f.path))) {
      // Read as Jekyll read it: a key written twice keeps its last value, and so on (repairFrontMatter).
      const { text, fixes } = repairFrontMatter(file.text.replace(/\r\n?/g, '\n'), {})
      const parsed = parseFrontMatter(text)
      // Jekyll copies a collection file without front matter as it is; it is no page.
      if (!parsed.ok) continue
      const relative = file.path.slice(prefix.length)
      const data = parsed.value.data
      const fromDefaults = defaultPermalink(config, name, file.path)
      const oldUrl = collectionUrl(name, collectionTemplate(config, permalink), relative, {
        permalink: fromDefaults,
        ...data,
      })
      const base = slugifyPretty(`${name}-${relative.replace(/\.[^./]+$/, '').replace(/\//g, '-')}`)
      let slug = base
      for (let n = 2; taken(slug.toLowerCase()); n += 1) slug = `${base}-${n}`
      const title =
        typeof data.title === 'string' && data.title.trim() !== ''
          ? data.title
          : typeof data.name === 'string' && data.name.trim() !== ''
            ? data.name
            : relative.replace(/\.[^./]+$/, '')
      const pageText = setFrontMatterFields(text, {
        title: formatYamlValue(title),
        permalink: formatYamlValue(`/${slug}/`),
      })
      const extension = /\.html?$/.test(file.path) ? '.html' : '.md'
      documents.push({
        page: { path: `_pages/${slug}${extension}`, text: pageText },
        oldUrl,
        url: `/${slug}/`,
        source: file.path,
        fixes,
      })
    }
  }
  return documents
}

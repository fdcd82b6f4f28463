import { parse } from 'yaml'
import { parseFrontMatter } from '../../lib/schema/front-matter'
import { slugifyPretty } from '../../lib/schema/slug'
import type { SourceFile } from '../../lib/schema/validate-content'
import { formatYamlValue, repairFrontMatter, setFrontMatterFields, type LineNote } from './front-matter'
import { defaultsFor, readDefaultSets, type DefaultSet } from './front-matter-defaults'
import { parsePermalink } from '../../lib/schema/pages'
import { jekyllTerms, zoneOfValue } from './convert-post'
import { readJekyllDate } from './loose-date'
import { computePostUrl } from './permalink'

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

/** A collection `_config.yml` declares, with its output and permalink. */
export interface Collection {
  name: string
  output: boolean
  permalink: string | null
}

/** Every collection `_config.yml` declares except posts, with its output and permalink. */
export function declaredCollections(config: string | null): Collection[] {
  if (config === null) return []
  let data: { collections?: unknown } | null
  try {
    data = parse(config.replace(/\r\n?/g, '\n')) as { collections?: unknown } | null
  } catch {
    return []
  }
  const collections = data?.collections
  if (Array.isArray(collections))
    // The old list form (`collections: [authors]`) declares collections without output.
    return collections
      .filter((name): name is string => typeof name === 'string' && name !== 'posts')
      .map((name) => ({ name, output: false, permalink: null }))
  if (collections === null || typeof collections !== 'object') return []
  return Object.entries(collections as Record<string, unknown>)
    .filter(([name]) => name !== 'posts')
    .map(([name, value]) => {
      const settings = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
      return {
        name,
        output: settings.output === true,
        permalink: typeof settings.permalink === 'string' ? settings.permalink : null,
      }
    })
}

/**
 * What `_config.yml` says of collection documents' URLs, read once for all documents: the site's
 * `permalink` style, `defaults:` and time zone, and each declared collection.
 */
export interface CollectionSettings {
  collections: Collection[]
  /** The site's `permalink` as written (`pretty`, `/blog/:title/`), or `date`, Jekyll's default. */
  style: string
  defaults: DefaultSet[]
  timeZone: string
}

export function readCollectionSettings(config: string | null, timeZone = 'UTC'): CollectionSettings {
  const data = ((): { permalink?: unknown; defaults?: unknown } | null => {
    try {
      return parse((config ?? '').replace(/\r\n?/g, '\n')) as { permalink?: unknown; defaults?: unknown } | null
    } catch {
      // A _config.yml that does not parse is reported elsewhere; Jekyll's defaults stand.
      return null
    }
  })()
  const style = typeof data?.permalink === 'string' && data.permalink.trim() !== '' ? data.permalink.trim() : 'date'
  return { collections: declaredCollections(config), style, defaults: readDefaultSets(data?.defaults), timeZone }
}

/**
 * The URL template of a collection's documents: the collection's own `permalink`, else Jekyll 4's
 * default, `/:collection/:path` with the ending of the site's `permalink` style: a slash for
 * `pretty` and for a pattern ending in `/` (`/blog/:year/:title/` gives `/slides/deck/`), the
 * extension for `date`, `ordinal`, `weekdate`, `none` and a pattern ending in `:output_ext`, nothing else.
 */
export function collectionTemplate(style: string, own: string | null): string {
  if (own !== null) return own
  if (style === 'pretty') return '/:collection/:path/'
  if (['date', 'ordinal', 'weekdate', 'none'].includes(style)) return '/:collection/:path:output_ext'
  if (style.endsWith('/')) return '/:collection/:path/'
  if (style.endsWith(':output_ext')) return '/:collection/:path:output_ext'
  return '/:collection/:path'
}

/** A date in a document's file name, as Jekyll's Document::DATE_FILENAME_MATCHER reads it: the date, then the slug. */
const DATED_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)\.[^.]+$/

/**
 * The instant Jekyll gave a document: its front-matter `date` (in the zone Jekyll read it, see
 * zoneOfValue), else the date in its file name at midnight in the site's zone; null when it has
 * neither (Jekyll used the time of the build, which no address can keep).
 */
function documentDate(
  data: Record<string, unknown>,
  dateLine: number | undefined,
  text: string,
  fileDate: string | undefined,
  timeZone: string,
): Date | null {
  const read = (written: string, zone: string) => {
    const instant = readJekyllDate(written, zone)
    return instant === null ? null : new Date(instant.iso)
  }
  const own =
    typeof data.date === 'string' && dateLine !== undefined
      ? read(data.date, zoneOfValue(text, dateLine, timeZone))
      : null
  return own ?? (fileDate === undefined ? null : read(fileDate, timeZone))
}

/**
 * The URL Jekyll 4 gave a collection document (Jekyll::Drops::UrlDrop): its own `permalink`, else
 * one `defaults:` gives it (tools/jekyll/front-matter-defaults.ts), else the collection's template;
 * `:path` is the path inside the collection without its extension, `:name` the file name made
 * URL-safe, `:title` and `:slug` the `slug` field or the file name after its date, and the date
 * placeholders come from the document's date (documentDate), as for posts (tools/jekyll/permalink.ts).
 */
export function documentUrl(
  settings: CollectionSettings,
  collection: Collection,
  sitePath: string,
  document: { data: Record<string, unknown>; fieldLines?: Record<string, number>; text?: string },
): string {
  const { data } = document
  const relative = sitePath.slice(`_${collection.name}/`.length)
  const fromDefaults = defaultsFor(settings.defaults, sitePath, collection.name).permalink
  const template =
    typeof data.permalink === 'string' && data.permalink.trim() !== ''
      ? data.permalink.trim()
      : typeof fromDefaults === 'string' && fromDefaults.trim() !== ''
        ? fromDefaults.trim()
        : collectionTemplate(settings.style, collection.permalink)
  const fileName = relative.split('/').pop() ?? relative
  const dated = DATED_NAME.exec(fileName)
  const fileStem = fileName.replace(/\.[^./]+$/, '')
  const slug = typeof data.slug === 'string' && data.slug.trim() !== '' ? data.slug : (dated?.[2] ?? fileStem)
  const url = computePostUrl({
    permalink: template,
    date: documentDate(data, document.fieldLines?.date, document.text ?? '', dated?.[1], settings.timeZone),
    timeZone: settings.timeZone,
    slug,
    categories: jekyllTerms(data).categories,
    fileStem,
    collection: collection.name,
    path: relative.replace(/\.[^./]+$/, ''),
  })
  return url.replace(/\/index\.html$/, '/')
}

/**
 * Each document of the output collections as a page to import, with its old and new URLs. `files`
 * holds every file of the site (`_team/eric.md`, read on demand); `taken` the slugs already owned.
 */
export function collectionDocuments(
  settings: CollectionSettings,
  files: readonly SourceFile[],
  taken: (slug: string) => boolean,
): CollectionDocument[] {
  const documents: CollectionDocument[] = []
  for (const collection of settings.collections.filter((declared) => declared.output)) {
    const { name } = collection
    const prefix = `_${name}/`
    for (const file of files.filter((f) => f.path.startsWith(prefix) && /\.(md|markdown|html?)$/.test(f.path))) {
      // Read as Jekyll read it: a key written twice keeps its last value, and so on (repairFrontMatter).
      const { text, fixes } = repairFrontMatter(file.text.replace(/\r\n?/g, '\n'), {})
      const parsed = parseFrontMatter(text)
      // Jekyll copies a collection file without front matter as it is; it is no page.
      if (!parsed.ok) continue
      const relative = file.path.slice(prefix.length)
      const data = parsed.value.data
      const oldUrl = documentUrl(settings, collection, file.path, { ...parsed.value, text })
      // A one-level address (`/conference/` of a collection of pages) is one the blog's pages can have
      // as it is, as a folder's page keeps one (tools/jekyll/folder-pages.ts).
      const own = parsePermalink(oldUrl)?.slug
      const base =
        own !== undefined && own === slugifyPretty(own)
          ? own
          : slugifyPretty(`${name}-${relative.replace(/\.[^./]+$/, '').replace(/\//g, '-')}`)
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

/**
 * The archive pages jekyll-archives wrote (one per tag, category, year, month and day, at the
 * `permalinks` of its `jekyll-archives:` settings), worked out from the posts as the plugin does
 * (jekyll-archives 2.2: Jekyll's default slugify of the name, the post's date in the old site's
 * zone). Each leads to the blog's page of the same: the tag's or category's page, the archive at
 * the year or month. Checked against Jekyll in test:jekyll-parity.
 */
import { formatInTimeZone } from 'date-fns-tz'
import { parse } from 'yaml'
import { termSlug } from '../../lib/content/taxonomy'
import { toZonedYearMonth } from '../../lib/schema/dates'
import { termUrl } from '../../lib/site/urls'
import { editionPrefix, type IndexedPost } from './convert-post'
import { slugifyDefault } from './permalink'

const KINDS = ['year', 'month', 'day', 'tags', 'categories'] as const

const DEFAULT_PERMALINKS: Record<string, string> = {
  year: '/:year/',
  month: '/:year/:month/',
  day: '/:year/:month/:day/',
  tag: '/tag/:name/',
  category: '/category/:name/',
}

export interface ArchiveSettings {
  enabled: ReadonlySet<(typeof KINDS)[number]>
  permalinks: Record<string, string>
}

/** The plugin's settings, or null when the site does not load it (`plugins`, as config.ts reads them). */
export function archiveSettings(config: string | null, plugins: readonly string[]): ArchiveSettings | null {
  if (!plugins.includes('jekyll-archives')) return null
  let data: Record<string, unknown> | null
  try {
    data = config === null ? null : (parse(config.replace(/\r\n?/g, '\n')) as Record<string, unknown> | null)
  } catch {
    return null
  }
  const own = (data?.['jekyll-archives'] ?? {}) as { enabled?: unknown; permalinks?: unknown }
  const enabled =
    own.enabled === true || own.enabled === 'all'
      ? KINDS
      : Array.isArray(own.enabled)
        ? KINDS.filter((kind) => (own.enabled as unknown[]).includes(kind))
        : []
  const permalinks = { ...DEFAULT_PERMALINKS }
  if (typeof own.permalinks === 'object' && own.permalinks !== null)
    for (const [kind, template] of Object.entries(own.permalinks))
      if (typeof template === 'string') permalinks[kind] = template
  return { enabled: new Set(enabled), permalinks }
}

/** Jekyll's URL from a template: placeholders filled, one leading slash, no doubled ones. */
function fill(template: string, values: Record<string, string>): string {
  const filled = template.replace(/:(\w+)/g, (whole, key: string) => values[key] ?? whole)
  return `/${filled}`.replace(/\/+/g, '/')
}

/**
 * Old archive address -> the blog's page that lists the same posts. `oldZone` is the zone Jekyll
 * dated the posts in, `blogZone` the one the blog's archive groups them in.
 */
export function archiveRedirects(
  settings: ArchiveSettings | null,
  posts: readonly IndexedPost[],
  oldZone: string,
  blogZone: string,
): Record<string, string> {
  if (settings === null || settings.enabled.size === 0) return {}
  const redirects: Record<string, string> = {}
  const published = posts.filter((post) => !post.draft && post.publishedAt !== null)
  // Newest first, as the plugin lists them: each archive leads to where its newest post is. In a blog
  // with editions, to the first edition's page when one of its posts is there, else to the edition's
  // of its newest post (`/en/archive/`, `/en/tags/x/`).
  const newestFirst = [...published].sort(
    (a, b) =>
      Number(a.edition !== '') - Number(b.edition !== '') || ((a.publishedAt ?? '') < (b.publishedAt ?? '') ? 1 : -1),
  )
  for (const post of newestFirst) {
    const iso = post.publishedAt ?? ''
    const [year = '', month = '', day = ''] = formatInTimeZone(new Date(iso), oldZone, 'yyyy-MM-dd').split('-')
    const blog = toZonedYearMonth(iso, blogZone)
    const archive = `${editionPrefix(post)}/archive/`
    const dates = [
      ['year', { year }, `${archive}#y${blog.year}`, `${archive}#y${year}`],
      ['month', { year, month }, `${archive}#y${blog.year}-${blog.month}`, `${archive}#y${year}-${month}`],
      ['day', { year, month, day }, `${archive}#y${blog.year}-${blog.month}`, `${archive}#y${year}-${month}`],
    ] as const
    for (const [kind, values, target, same] of dates) {
      const template = settings.permalinks[kind]
      if (!settings.enabled.has(kind) || template === undefined) continue
      const from = fill(template, { ...values, type: kind })
      // The blog's section of the same year or month, when one of the archive's posts is in it in the
      // blog's zone; else the section of its newest post.
      if (target === same && (redirects[from] ?? archive).startsWith(archive)) redirects[from] = target
      else redirects[from] ??= target
    }
    const terms = [
      ['tags', 'tag', post.tags],
      ['categories', 'category', post.categories],
    ] as const
    for (const [kind, type, names] of terms) {
      const template = settings.permalinks[type]
      if (!settings.enabled.has(kind) || template === undefined) continue
      for (const name of names) {
        const from = fill(template, { name: slugifyDefault(name), type })
        redirects[from] ??= `${editionPrefix(post)}${termUrl(kind, termSlug(name))}`
      }
    }
  }
  return redirects
}

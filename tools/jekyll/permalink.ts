import { formatInTimeZone } from 'date-fns-tz'
import { slugifyPretty } from '../../lib/schema/slug'

/** Jekyll 4's named permalink styles (Jekyll::Utils / Document), which `permalink:` may name instead of a pattern. */
export const PERMALINK_STYLES: Readonly<Record<string, string>> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
}

/** What Jekyll knew of a post, or of another collection's document, when it computed its URL (Jekyll::Drops::UrlDrop). */
export interface PermalinkPost {
  /** The URL template: the post's own `permalink` as written, else the site's style (see styleTemplate). */
  permalink: string
  /** The post's instant; null for a document with no date in its name or front matter (the date placeholders stay). */
  date: Date | null
  /** The old site's time zone, in which Jekyll read the date parts. */
  timeZone: string
  /** The `slug` front-matter field, else the file name after the date. */
  slug: string
  categories: readonly string[]
  /** The file name without its extension, date and all (`2019-12-06-kubecon-1`): Jekyll's `:name`. */
  fileStem?: string
  /** The collection (`releases`) and the path inside it without extension (`install/on_ubuntu`), for `:collection` and `:path`. */
  collection?: string
  path?: string
}

/** Jekyll's default slugify mode: every run of characters that are not letters or digits becomes one hyphen, lower case. */
export function slugifyDefault(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
}

function placeholders(post: PermalinkPost): Record<string, string> {
  const { date } = post
  // Day of the year (`D`) is a token date-fns guards against mix-ups with `d`; Jekyll's `%j` is meant.
  const part = (pattern: string) =>
    date === null ? null : formatInTimeZone(date, post.timeZone, pattern, { useAdditionalDayOfYearTokens: true })
  const dateParts = Object.entries({
    year: 'yyyy',
    month: 'MM',
    i_month: 'M',
    day: 'dd',
    i_day: 'd',
    short_year: 'yy',
    hour: 'HH',
    minute: 'mm',
    second: 'ss',
    y_day: 'DDD',
    week: 'II',
    short_day: 'EEE',
    long_day: 'EEEE',
    short_month: 'MMM',
    long_month: 'MMMM',
  }).flatMap(([name, pattern]) => {
    const value = part(pattern)
    return value === null ? [] : [[name, value] as const]
  })
  const categories = [...new Set(post.categories.map((category) => category.toLowerCase()))]
  return {
    ...Object.fromEntries(dateParts),
    title: slugifyPretty(post.slug),
    slug: slugifyDefault(post.slug),
    name: slugifyDefault(post.fileStem ?? post.slug),
    categories: categories.join('/'),
    ...(post.collection === undefined ? {} : { collection: post.collection }),
    ...(post.path === undefined ? {} : { path: post.path }),
    output_ext: '.html',
  }
}

/**
 * The template of the site's `permalink` (in `_config.yml`): a named style, or a pattern as
 * written; none means `date`. A post's own `permalink` is never a style name: Jekyll takes
 * `permalink: pretty` in front matter as the address `/pretty`.
 */
export function styleTemplate(sitePermalink: string | null): string {
  if (sitePermalink === null) return PERMALINK_STYLES.date ?? ''
  return PERMALINK_STYLES[sitePermalink] ?? sitePermalink
}

/**
 * The URL path Jekyll 4 gave a post or a collection's document, decoded (`/2019/12/06/kubecon-1.html`, `/kubecon-1/`): the
 * style or pattern, each placeholder replaced (date parts in the old site's time zone), then
 * double slashes squeezed as Jekyll::URL does.
 */
export function computePostUrl(post: PermalinkPost): string {
  const values = placeholders(post)
  const filled = post.permalink.replace(/:([a-z_]+)/g, (whole, name: string) => values[name] ?? whole)
  return `/${filled}`
    .replace(/\.\.+/g, '/')
    .replace(/\/\.\//g, '/')
    .replace(/\/+/g, '/')
}

/**
 * The file a static host serves for that URL, as Jekyll wrote it (`/a/` → `/a/index.html`,
 * `/a` → `/a.html`, `/a.html` as is).
 */
export function urlToFile(url: string): string {
  if (url.endsWith('/')) return `${url}index.html`
  return /\.[A-Za-z0-9]+$/.test(url.slice(url.lastIndexOf('/') + 1)) ? url : `${url}.html`
}

/** The one segment of a `/seg/` (or `/seg`) URL, when the blog can render the post there itself; else null. */
export function singleSegment(url: string): string | null {
  const match = /^\/([^/]+)\/?$/.exec(url)
  if (!match?.[1]) return null
  if (!url.endsWith('/') && match[1].includes('.')) return null
  return slugifyPretty(match[1]) === match[1] ? match[1] : null
}

/**
 * The URL Jekyll 4 gave a page, at the root or in a folder: its own `permalink` (read from the
 * site's root, a leading slash added, as Jekyll does), else `/<folder>/<name>/` when the site's
 * permalink style ends in a slash, else `/<folder>/<name>.html`; a folder's index page answers at
 * the folder. A permalink's page placeholders are filled as Jekyll's Page#url_placeholders fills
 * them: `:path` the page's folder, `:basename` its file name without extension, `:output_ext` `.html`.
 */
export function pageUrl(path: string, data: Record<string, unknown>, prettyPages: boolean): string {
  if (typeof data.permalink === 'string' && data.permalink.trim() !== '') {
    const folder = path.includes('/') ? `/${path.slice(0, path.lastIndexOf('/'))}` : ''
    const values: Record<string, string> = {
      path: folder,
      basename: (path.split('/').pop() ?? path).replace(/\.[^.]+$/, ''),
      output_ext: /\.(md|markdown|html?)$/.test(path) ? '.html' : (/\.[^./]+$/.exec(path)?.[0] ?? ''),
    }
    const own = data.permalink.trim().replace(/:(path|basename|output_ext)\b/g, (_, name: string) => values[name] ?? '')
    return `/${own}`.replace(/\/{2,}/g, '/')
  }
  const stem = path.replace(/\.(md|markdown|html?)$/, '')
  // A folder's index page answered at the folder (`esigelec/lab/index.md` at /esigelec/lab/) in every style.
  if (/(^|\/)index$/.test(stem)) return `/${stem.replace(/\/?index$/, '')}/`.replace(/^\/\/$/, '/')
  return prettyPages ? `/${stem}/` : `/${stem}.html`
}

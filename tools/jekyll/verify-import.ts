// npm run import:verify -- <Jekyll _site> <out/> [--port 4180]
// Serves an imported blog's out/ with scripts/serve.mjs (as GitHub Pages would) and asks it for
// every URL the old site's own Jekyll build wrote: pages, paginator pages, feeds, and each file a
// page names. A redirect page counts only when its target answers too. Then it reads the old
// feeds beside the blog's: every old id must be in the blog's feed at the same address, and each
// post's title, instant, authors and tags must equal the old Atom feed's. Prints the counts and
// what differs; exit code 1 when anything does.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { parseFeed } from '@rowanmanning/feed-parser'
import { serveOut } from '../serve-out'
import { Parser } from 'htmlparser2'
import { htmlByline } from './authors'
import { blogFeedFor, builtFeedFiles } from './legacy-urls'
import { LIQUID_OUTPUT_FILE } from './liquid-output'
import path from 'node:path'
import { parseArgs } from 'node:util'

/** Theme files the blog replaces with its own (stylesheets, scripts, fonts): not content a reader links to. */
const THEME_FILE = /\.(css|scss|sass|js|mjs|map|woff2?|ttf|eot|otf)$/i

function walk(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    return statSync(full).isDirectory() ? walk(full, root) : [path.relative(root, full).split(path.sep).join('/')]
  })
}

/** The URL a static host answers a built file at: `a/index.html` -> `/a/`, `a.html` -> `/a.html`. */
function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`
}

/**
 * The URLs of an old Jekyll build that must keep answering: every HTML page, the feeds and
 * sitemap, and every other file that some page names in an attribute but that not every page
 * names (the layout's logo and favicon are the theme's, not the content's).
 */
export function listOldUrls(siteDir: string): string[] {
  const files = walk(siteDir)
  const pages = files.filter((file) => /\.html?$/.test(file))
  const counts = new Map<string, number>()
  for (const page of pages) {
    const html = readFileSync(path.join(siteDir, page), 'utf8')
    const named = new Set<string>()
    for (const [, , value = ''] of html.matchAll(/\s(src|href)\s*=\s*"([^"]*)"/g)) {
      try {
        named.add(decodeURIComponent(new URL(value, `http://old.invalid/${page}`).pathname).replace(/^\//, ''))
      } catch {
        // A malformed address names no file.
      }
    }
    for (const file of named) counts.set(file, (counts.get(file) ?? 0) + 1)
  }
  const urls = new Set(pages.map(urlOf))
  for (const file of files) {
    if (/\.html?$/.test(file) || THEME_FILE.test(file) || file === LIQUID_OUTPUT_FILE) continue
    const isFeedOrIndex = !file.includes('/') && /\.(xml|json|txt)$/.test(file)
    const named = counts.get(file) ?? 0
    if (isFeedOrIndex || (named > 0 && (pages.length < 4 || named < pages.length / 2))) urls.add(`/${file}`)
  }
  return [...urls].sort()
}

export interface UrlCheck {
  url: string
  ok: boolean
  detail: string
}

/** Where a page's `<meta http-equiv="refresh">` sends the reader, its attribute read as a browser reads it (`&#39;` is `'`). */
export function refreshTarget(html: string): string | null {
  let target: string | null = null
  const parser = new Parser({
    onopentag(name, attributes) {
      if (target !== null || name !== 'meta' || attributes['http-equiv']?.toLowerCase() !== 'refresh') return
      const url = /^\s*\d*\s*[;,]\s*url\s*=\s*(.+)$/i.exec(attributes.content ?? '')?.[1]?.trim()
      if (url) target = url.replace(/^(["'])(.*)\1$/, '$2')
    },
  })
  parser.end(html)
  return target
}

/** Asks the server for a URL as a browser would: follows HTTP redirects and one redirect page. */
export async function checkUrl(origin: string, url: string): Promise<UrlCheck> {
  const encoded = encodeURI(url)
  let response = await fetch(`${origin}${encoded}`, { redirect: 'follow' })
  if (response.status !== 200) return { url, ok: false, detail: String(response.status) }
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('text/html')) {
    const target = refreshTarget(await response.text())
    if (target !== null) {
      const next = new URL(target, `${origin}${encoded}`)
      // Off the site (a page Jekyll wrote for `redirect_to: https://docs.example.org`, kept as it was):
      // the old page sent readers there too, and the other site is not the blog's to check.
      if (next.origin !== new URL(origin).origin) return { url, ok: true, detail: `→ ${target} (다른 사이트)` }
      response = await fetch(next, { redirect: 'follow' })
      return { url, ok: response.status === 200, detail: `→ ${decodeURI(target)} ${response.status}` }
    }
  }
  return { url, ok: true, detail: '200' }
}

/** Checks every old URL against a served out/; returns each result. */
export async function verifyImport(siteDir: string, outDir: string, port: number): Promise<UrlCheck[]> {
  const { origin, stop } = await serveOut(outDir, port)
  try {
    const results: UrlCheck[] = []
    for (const url of listOldUrls(siteDir)) results.push(await checkUrl(origin, url))
    return results
  } finally {
    stop()
  }
}

interface FeedEntry {
  id: string
  title: string
  published: number
  authors: string[]
  /** The id in each author's page address (`/authors/eric/`), where the feed gives one. */
  authorIds: string[]
  terms: string[]
}

/**
 * The people a feed's author name stands for. A template that printed a post's list of authors
 * (`author: [hana, Bo Kim]`) wrote Ruby's Array#to_s, `["hana", "Bo Kim"]`: those names, in order. A
 * byline written as HTML links was printed with its markup: the text its readers saw.
 */
function personNames(name: string): string[] {
  if (/^\[".*"\]$/.test(name)) {
    try {
      const names: unknown = JSON.parse(name)
      if (Array.isArray(names) && names.every((item) => typeof item === 'string')) return names as string[]
    } catch {
      // Not a list after all: the name as written.
    }
  }
  return [htmlByline(name)?.text || name]
}

/**
 * A feed's entries with each entry's own authors: a reader hands entries the feed-level author when
 * they name none (the blog's Atom names the site there, as Atom requires), which is no person's byline.
 */
function feedEntries(xml: string): FeedEntry[] {
  const feed = parseFeed(xml)
  // A template that named the site itself when it found no author (`<name>Swift.org</name>`, the feed's
  // own title) named no person either.
  const feedAuthors = new Set([...feed.authors.map((author) => author.name ?? ''), ...(feed.title ? [feed.title] : [])])
  return feed.items.map((item) => ({
    id: item.id ?? '',
    title: item.title ?? '',
    // A feed that dates entries only by their update (Atom's required <updated>) is read by that.
    published: (item.published ?? item.updated)?.getTime() ?? NaN,
    // A template that printed a whole author record (`{"twitter"=>"x"}`, Ruby's Hash#to_s) named nobody.
    authors: item.authors
      .map((author) => author.name ?? '')
      .filter((name) => !feedAuthors.has(name) && !/^\{.*=>.*\}$/.test(name))
      .flatMap(personNames),
    authorIds: item.authors
      .filter((author) => !feedAuthors.has(author.name ?? ''))
      .flatMap((author) =>
        personNames(author.name ?? '').map(() => /\/authors\/([^/]+)\/?$/.exec(author.url ?? '')?.[1] ?? ''),
      ),
    terms: item.categories.map((category) => (category.term ?? category.label ?? '').toLowerCase()).sort(),
  }))
}

/**
 * Whether the blog's entry names the old entry's authors. jekyll-feed printed a display name only
 * for authors of `_data/authors.yml`; an author kept in a collection (`_authors/eric.md`) it named
 * by the id the post wrote, where the old byline showed the name. That id is in the author's page address here.
 * jekyll-feed names one author (`author`, else the first of `authors`): a post the blog credits to
 * several is compared by its first.
 */
export function sameAuthors(mine: Pick<FeedEntry, 'authors' | 'authorIds'>, old: Pick<FeedEntry, 'authors'>): boolean {
  const count = old.authors.length === 1 ? Math.min(1, mine.authors.length) : mine.authors.length
  return (
    count === old.authors.length &&
    old.authors.every((name, i) => name === mine.authors[i] || (name !== '' && name === mine.authorIds[i]))
  )
}

const instant = (time: number) => (Number.isNaN(time) ? '(없음)' : new Date(time).toISOString())

export interface FeedComparison {
  /** Old feed items, and how many of them the blog's feed at the same address carries with the same id. */
  items: number
  idsKept: number
  /** Old items whose posts are in none of the blog's feeds (older than each feed's newest entries). */
  outside: number
  /** Old feed entries compared field by field, and how many agree in title, instant, authors and tags. */
  compared: number
  equal: number
  problems: string[]
}

/** The entries of the blog's own feed that the import copies to an old feed's address (blogFeedFor). */
function blogFeedOf(name: string, text: string, outDir: string): FeedEntry[] {
  const file = path.join(outDir, blogFeedFor({ path: name, text }))
  return existsSync(file) ? feedEntries(readFileSync(file, 'utf8')) : []
}

function samePosts(a: readonly FeedEntry[], b: readonly FeedEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.title === b[i]?.title)
}

/**
 * The old build's feeds against the blog's export: each old feed file (feed.xml, atom.xml …) is
 * answered by a copy of the blog's feed, which must carry every old id byte for byte; and every
 * entry of an old feed must have the same title, instant, and (where the old feed names them, as
 * jekyll-feed's Atom does) authors and tags in the blog's atom.xml.
 */
export function compareFeeds(siteDir: string, outDir: string): FeedComparison {
  const result: FeedComparison = { items: 0, idsKept: 0, outside: 0, compared: 0, equal: 0, problems: [] }
  const blogAtom = existsSync(path.join(outDir, 'atom.xml'))
    ? new Map(feedEntries(readFileSync(path.join(outDir, 'atom.xml'), 'utf8')).map((entry) => [entry.id, entry]))
    : new Map<string, FeedEntry>()
  const readOld = (file: string) => {
    const full = path.join(siteDir, file)
    return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null
  }
  // Every feed the blog wrote (site-wide, per tag, category and author): older posts are in some.
  const everyId = new Set<string>()
  for (const file of listFiles(outDir).filter((file) => /(^|\/)(atom|feed)\.xml$/.test(file))) {
    try {
      for (const entry of feedEntries(readFileSync(path.join(outDir, file), 'utf8'))) {
        everyId.add(entry.id)
      }
    } catch {
      // Not a feed after all.
    }
  }
  for (const name of builtFeedFiles(readOld).filter((file) => !file.endsWith('.json'))) {
    const oldFile = path.join(siteDir, name)
    let old: FeedEntry[]
    try {
      old = feedEntries(readFileSync(oldFile, 'utf8'))
    } catch {
      continue
    }
    const blogFile = path.join(outDir, name)
    const blogText = existsSync(blogFile) ? readFileSync(blogFile, 'utf8') : null
    const blogEntries = blogText === null ? [] : feedEntries(blogText)
    // The old address must carry the blog's feed, which grows with each post, not the old build's
    // file kept as it was: the same posts, in the same order, as the blog's own feed of that format.
    if (blogText !== null && !samePosts(blogEntries, blogFeedOf(name, blogText, outDir)))
      result.problems.push(
        `/${name}: 블로그의 피드가 아니라 옛 빌드의 피드가 그대로 있어 새 글이 구독자에게 가지 않습니다`,
      )
    const blogIds = new Set(blogEntries.map((entry) => entry.id))
    // What a reader of this address sees: the blog's feed there, by title.
    const blogTitles = new Map(blogEntries.map((entry) => [typewritten(entry.title), entry.id]))
    for (const entry of old) {
      result.items += 1
      if (blogIds.has(entry.id) || (existsSync(blogFile) && everyId.has(entry.id))) {
        result.idsKept += 1
        continue
      }
      // An old post older than the blog feed's newest entries is in none of its feeds: no reader
      // sees it again, new or not. One that is there under another id would come back as new.
      const there = blogTitles.get(typewritten(entry.title))
      if (!existsSync(blogFile) || there !== undefined)
        result.problems.push(
          there === undefined
            ? `/${name}: 옛 피드 id ${entry.id}가 블로그 피드에 없습니다`
            : `/${name}: 옛 피드 id ${entry.id}의 글이 블로그 피드에 다른 id ${there}로 있습니다`,
        )
      else result.outside += 1
    }
    for (const entry of old) {
      const mine = blogAtom.get(entry.id)
      if (!mine) continue
      result.compared += 1
      const differences = [
        // A hand-written feed that printed the title as typed, where jekyll-feed and the pages showed it
        // through smartify (“a” – b), names the same title.
        mine.title === entry.title ||
        (!TYPOGRAPHIC.test(entry.title) && typewritten(mine.title) === typewritten(entry.title))
          ? null
          : `제목 "${mine.title}" ≠ Jekyll "${entry.title}"`,
        mine.published === entry.published || Number.isNaN(entry.published)
          ? null
          : `시각 ${instant(mine.published)} ≠ Jekyll ${instant(entry.published)}`,
        // A hand-written RSS template often names no author or tag: only what the old feed said is compared.
        entry.authors.length === 0 || sameAuthors(mine, entry)
          ? null
          : `글쓴이 ${mine.authors.join()} ≠ Jekyll ${entry.authors.join()}`,
        entry.terms.length === 0 || mine.terms.join() === entry.terms.join()
          ? null
          : `태그·카테고리 ${mine.terms.join()} ≠ Jekyll ${entry.terms.join()}`,
      ].filter((difference): difference is string => difference !== null)
      if (differences.length === 0) result.equal += 1
      else result.problems.push(...differences.map((difference) => `${entry.id}: ${difference}`))
    }
  }
  return result
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string', default: String(Number(process.env.E2E_PORT ?? 4173) + 7) } },
  })
  const [siteDir, outDir] = positionals
  if (!siteDir || !outDir) {
    console.error('사용법: npm run import:verify -- <옛 Jekyll 빌드(_site)> <가져온 블로그의 out/> [--port 4180]')
    process.exitCode = 2
    return
  }
  const results = await verifyImport(path.resolve(siteDir), path.resolve(outDir), Number(values.port))
  const failed = results.filter((result) => !result.ok)
  for (const result of failed) console.log(`✗ ${result.url} (${result.detail})`)
  console.log(`옛 주소 ${results.length - failed.length}/${results.length}개가 답합니다`)
  const feeds = compareFeeds(path.resolve(siteDir), path.resolve(outDir))
  for (const problem of feeds.problems) console.log(`✗ ${problem}`)
  console.log(
    `옛 피드 id ${feeds.idsKept}/${feeds.items - feeds.outside}개가 그대로입니다` +
      (feeds.outside > 0
        ? ` (나머지 ${feeds.outside}개는 블로그의 어느 피드에도 없는 오래된 글이라 새 글로 보이지 않습니다. 글의 feed_id에 옛 id가 있습니다)`
        : ''),
  )
  console.log(`제목, 시각, 글쓴이, 태그가 Jekyll과 같은 글 ${feeds.equal}/${feeds.compared}개`)
  if (failed.length > 0 || feeds.problems.length > 0) process.exitCode = 1
}

const TYPOGRAPHIC = /[‘’‚‛“”„‟—–…]/

/** Titles compared as typed: smartify's quotes and dashes aside. */
function typewritten(title: string): string {
  return title
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/—/g, '---')
    .replace(/–/g, '--')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim()
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(dir, path.join(prefix, entry.name))
      : entry.isFile()
        ? [path.join(prefix, entry.name)]
        : [],
  )
}

// Last, after every declaration above: the command runs only once the module is whole.
if (import.meta.url === `file://${process.argv[1]}`) await main()

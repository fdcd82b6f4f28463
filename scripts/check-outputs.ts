// npm run test:outputs [dir ...]: reads every exported site as the strictest clients do, after the
// builds. XML: xmllint and Python's xml.etree must parse every file; sitemap.xml must pass
// xmllint --schema against e2e/schemas/sitemap.xsd. Feeds: feedparser must read them without its
// "bozo" flag, with the W3C feed validator's rules (RFC 822 dates in RSS, RFC 3339 in Atom, unique
// ids, absolute links that open a page of the site, a self link naming the file). feed.json: JSON
// Feed 1.1 (e2e/schemas/jsonfeed-1.1.schema.json). HTML: html-validate (.htmlvalidate.json) and
// every JSON-LD block parsed and checked. Every URL: RFC 3986, percent-encoded once, and the file
// it names exists in the export.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate'
import { DomUtils, parseDocument } from 'htmlparser2'
import { svgProblems } from '../lib/schema/svg-safety'
import { FILE_POLICY, SCRIPTABLE_FILE } from '../lib/site/file-headers.mjs'
import { isFeedDocument } from '../lib/site/xml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SITEMAP_XSD = path.join(ROOT, 'e2e/schemas/sitemap.xsd')
const JSON_FEED_SCHEMA = path.join(ROOT, 'e2e/schemas/jsonfeed-1.1.schema.json')
const FEED_READER = path.join(ROOT, 'scripts/test-support/strict_feeds.py')
/** Debian's Python has python3-feedparser (.ci/run installs it); a pyenv or venv python3 first on PATH may not. */
const PYTHON = process.env.STRICT_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')

export interface OutputProblem {
  /** Path relative to the export folder. */
  file: string
  message: string
}

/** Absolute http(s) URL with only the characters RFC 3986 allows, every `%` starting an escape. */
const RFC_3986_URL = /^https?:\/\/([A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$/
/** RFC 3339 with its offset (a date without one means a different moment in every time zone). */
const RFC_3339 =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/

/**
 * html-validate's "standard" rules (its recommended set without the style rules: quoting,
 * self-closing, boolean attribute style) and "document" (doctype, lang, title), fitted to what
 * React and the sanitized posts legitimately write.
 */
const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:standard', 'html-validate:document'],
  rules: {
    // Subresource integrity protects files from another origin; every script and style here is the site's own.
    'require-sri': 'off',
    // Posts keep what GitHub's sanitizer keeps from old Jekyll HTML (`<center>`, `align`, `<a name>`):
    // obsolete but rendered by every browser, and the old posts must not be rewritten.
    deprecated: 'off',
    'no-deprecated-attr': 'off',
    // GFM task lists render `<input type="checkbox" disabled>` followed by the item's text, as GitHub does.
    'input-missing-label': 'off',
  },
}

function listFiles(dir: string, base = dir): string[] {
  const files: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...listFiles(full, base))
    else files.push(path.relative(base, full))
  }
  return files.sort()
}

/** The site's root URL (SITE_URL + base path), as robots.txt names the sitemap. */
function siteRootOf(dir: string): string | null {
  const robots = path.join(dir, 'robots.txt')
  if (!existsSync(robots)) return null
  const match = /^Sitemap: (\S+)\/sitemap\.xml$/m.exec(readFileSync(robots, 'utf8'))
  return match?.[1] ?? null
}

/** Runs a command over files in batches that fit a command line; returns stderr per batch. */
function runBatched(
  command: string,
  args: string[],
  files: string[],
): { status: number | null; stdout: string; stderr: string }[] {
  const results = []
  for (let i = 0; i < files.length; i += 200) {
    const result = spawnSync(command, [...args, ...files.slice(i, i + 200)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    })
    if (result.error) throw new Error(`${command}을(를) 실행할 수 없습니다: ${result.error.message}`)
    results.push({ status: result.status, stdout: result.stdout, stderr: result.stderr })
  }
  return results
}

class Checker {
  readonly problems: OutputProblem[] = []
  readonly counts = { xml: 0, feeds: 0, jsonFeeds: 0, html: 0, jsonLd: 0, urls: 0 }

  constructor(
    readonly dir: string,
    readonly siteRoot: string,
  ) {}

  add(file: string, message: string): void {
    this.problems.push({ file, message })
  }

  /**
   * Every SVG the site serves holds nothing a browser would run, and `_headers` gives every file a
   * browser may open as a document (SVG, XSLT, XHTML) the policy that lets no script run.
   */
  checkScriptableFiles(files: readonly string[]): void {
    for (const file of files.filter((f) => /\.svg$/i.test(f)))
      for (const problem of svgProblems(readFileSync(path.join(this.dir, file), 'utf8')))
        this.add(`${file}:${problem.line}`, `SVG에 실행될 수 있는 내용이 있습니다: ${problem.message}`)
    const headersFile = path.join(this.dir, '_headers')
    const headers = existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : ''
    const covered = headers
      .split(/\n(?=\S)/)
      .filter((block) => block.includes(`Content-Security-Policy: ${FILE_POLICY}`))
      .map((block) => block.split('\n')[0]!.trim())
    const basePath = new URL(this.siteRoot).pathname.replace(/\/$/, '')
    for (const file of files.filter((f) => SCRIPTABLE_FILE.test(f))) {
      const url = `${basePath}/${encodeURI(file)}`
      const ruled = covered.some((rule) => (rule.endsWith('/*') ? url.startsWith(rule.slice(0, -1)) : rule === url))
      if (!ruled) this.add('_headers', `${url}에 스크립트를 막는 Content-Security-Policy 규칙이 없습니다`)
    }
  }

  /** An absolute URL of this site: RFC 3986, decodes once to a file of the export. Other sites: RFC 3986 only. */
  checkUrl(file: string, what: string, url: unknown): void {
    this.counts.urls += 1
    if (typeof url !== 'string' || !RFC_3986_URL.test(url)) {
      this.add(
        file,
        `${what}: "${String(url)}"는 RFC 3986의 절대 주소가 아닙니다 (퍼센트 인코딩 안 된 글자나 잘못된 %)`,
      )
      return
    }
    if (!url.startsWith(`${this.siteRoot}/`)) return
    const target = this.fileOf(url.slice(this.siteRoot.length).replace(/[?#].*$/, ''))
    if (target === null)
      this.add(
        file,
        `${what}: "${url}"를 한 번 디코드한 경로가 내보낸 사이트에 없습니다 (두 번 인코딩했거나 없는 페이지)`,
      )
  }

  /** The export file a URL path names (`/tags/r&d/` -> tags/r&d/index.html), or null. */
  fileOf(urlPath: string): string | null {
    let decoded: string
    try {
      decoded = decodeURIComponent(urlPath)
    } catch {
      return null
    }
    const candidate = path.join(this.dir, decoded.endsWith('/') ? `${decoded}index.html` : decoded)
    return existsSync(candidate) && statSync(candidate).isFile() ? path.relative(this.dir, candidate) : null
  }

  /** The absolute URL at which the export serves one of its files. */
  urlOf(file: string): string {
    return `${this.siteRoot}/${file
      .split(path.sep)
      .map((segment) =>
        encodeURIComponent(segment).replace(/%(2[146-9ABC]|3[ABD]|40)/g, (escape) => decodeURIComponent(escape)),
      )
      .join('/')}`
  }

  checkWellFormed(xmlFiles: string[]): void {
    this.counts.xml += xmlFiles.length
    const full = new Map(xmlFiles.map((f) => [path.join(this.dir, f), f]))
    for (const { status, stderr } of runBatched('xmllint', ['--noout', '--nonet'], [...full.keys()])) {
      if (status === 0) continue
      for (const line of stderr.split('\n')) {
        const match = /^(.*?):(\d+): (.*)$/.exec(line)
        const file = match && full.get(match[1] ?? '')
        if (file) this.add(file, `xmllint ${match[2]}번째 줄: ${match[3]}`)
      }
    }
  }

  /**
   * Every sitemap robots.txt names (one per edition): valid for the protocol and its alternates'
   * schema, each loc and alternate a page of the export, and each page's alternates the same set on
   * every page they name (a page in two languages names both, itself included, from either side).
   */
  checkSitemaps(): void {
    const robots = readFileSync(path.join(this.dir, 'robots.txt'), 'utf8')
    const sitemaps = [...robots.matchAll(/^Sitemap: (\S+)$/gm)].map((match) => match[1] ?? '')
    const alternates = new Map<string, { file: string; set: string }>()
    for (const url of sitemaps) {
      const file = url.startsWith(`${this.siteRoot}/`) ? this.fileOf(url.slice(this.siteRoot.length)) : null
      if (file === null) {
        this.add('robots.txt', `Sitemap: ${url}가 내보낸 사이트에 없습니다`)
        continue
      }
      this.checkSitemap(file, alternates)
    }
    for (const [url, { file, set }] of alternates) {
      for (const other of JSON.parse(set) as string[]) {
        const theirs = alternates.get(other)
        if (theirs !== undefined && theirs.set !== set)
          this.add(file, `${url}의 언어별 주소(xhtml:link)가 ${other}의 것과 다릅니다: 서로 같은 목록을 써야 합니다`)
        else if (theirs === undefined && other !== url)
          this.add(file, `${url}가 언어별 주소로 ${other}를 쓰지만, 어느 사이트맵에도 그 주소의 언어별 주소가 없습니다`)
      }
    }
  }

  checkSitemap(file: string, alternates: Map<string, { file: string; set: string }>): void {
    const full = path.join(this.dir, file)
    if (!existsSync(full)) return this.add(file, 'sitemap.xml이 없습니다')
    const schema = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SITEMAP_XSD, full], { encoding: 'utf8' })
    if (schema.status !== 0) {
      for (const line of schema.stderr.split('\n').filter((l) => l.trim() !== '' && !l.endsWith('validates')))
        this.add(file, `xmllint --schema: ${line.replace(`${full}:`, '')}`)
    }
    const document = parseDocument(readFileSync(full, 'utf8'), { xmlMode: true, decodeEntities: true })
    const seen = new Set<string>()
    for (const entry of DomUtils.getElementsByTagName('url', document)) {
      const loc = DomUtils.getElementsByTagName('loc', entry)[0]
      const url = loc === undefined ? '' : DomUtils.textContent(loc)
      if (seen.has(url)) this.add(file, `loc "${url}"가 두 번 나옵니다`)
      seen.add(url)
      this.checkUrl(file, 'loc', url)
      const links = DomUtils.getElementsByTagName('xhtml:link', entry).map((link) => link.attribs.href ?? '')
      for (const href of links) this.checkUrl(file, 'xhtml:link', href)
      if (links.length > 0) alternates.set(url, { file, set: JSON.stringify([...new Set(links)].sort()) })
    }
    if (seen.size === 0) this.add(file, 'loc가 하나도 없습니다')
  }

  checkFeeds(feedFiles: string[]): void {
    this.counts.feeds += feedFiles.length
    const output = runBatched(
      PYTHON,
      [FEED_READER],
      feedFiles.map((f) => path.join(this.dir, f)),
    )
    for (const { status, stdout, stderr } of output) {
      if (status !== 0) throw new Error(`${FEED_READER} 실패 (python3-feedparser가 설치되어 있나요?): ${stderr}`)
      for (const line of stdout.split('\n').filter(Boolean)) this.checkFeed(JSON.parse(line) as FeedReading)
    }
  }

  checkFeed(reading: FeedReading): void {
    const file = path.relative(this.dir, reading.file)
    for (const problem of reading.problems) this.add(file, problem)
    const atom = reading.version === 'atom10'
    if (reading.version !== 'rss20' && !atom) this.add(file, `RSS 2.0도 Atom 1.0도 아닙니다 (${reading.version})`)
    const dateRule = atom ? { name: 'RFC 3339', test: RFC_3339 } : { name: 'RFC 822', test: RFC_822 }
    const self = reading.feed.self
    if (self.length !== 1 || self[0] !== this.urlOf(file))
      this.add(file, `rel="self" 링크가 이 파일의 주소(${this.urlOf(file)})가 아닙니다: ${JSON.stringify(self)}`)
    this.checkUrl(file, '피드의 link', reading.feed.link)
    if (!dateRule.test.test(reading.feed.updated ?? ''))
      this.add(file, `피드의 갱신 시각 "${reading.feed.updated}"가 ${dateRule.name} 형식이 아닙니다`)
    if (atom && !reading.feed.author && reading.entries.some((entry) => entry.authors.length === 0))
      this.add(file, 'Atom: 피드에도, 글쓴이 없는 entry에도 author가 없습니다')
    const ids = new Set<string>()
    for (const entry of reading.entries) {
      const where = `"${entry.title}"`
      if (!entry.id) this.add(file, `${where}: id(guid)가 없습니다`)
      else if (ids.has(entry.id)) this.add(file, `${where}: id "${entry.id}"가 겹칩니다`)
      else ids.add(entry.id)
      if (entry.guidislink || atom) this.checkUrl(file, `${where}의 id`, entry.id)
      this.checkUrl(file, `${where}의 link`, entry.link)
      if (!dateRule.test.test(entry.published ?? ''))
        this.add(file, `${where}: 발행 시각 "${entry.published}"가 ${dateRule.name} 형식이 아닙니다`)
      if (atom && !RFC_3339.test(entry.updated ?? ''))
        this.add(file, `${where}: updated "${entry.updated}"가 RFC 3339 형식이 아닙니다`)
    }
  }

  checkJsonFeeds(files: string[]): void {
    const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(
      JSON.parse(readFileSync(JSON_FEED_SCHEMA, 'utf8')),
    )
    for (const file of files) {
      this.counts.jsonFeeds += 1
      let feed: {
        feed_url?: string
        home_page_url?: string
        items?: { id?: string; url?: string; authors?: { url?: string }[] }[]
      }
      try {
        feed = JSON.parse(readFileSync(path.join(this.dir, file), 'utf8'))
      } catch (error) {
        this.add(file, `JSON이 아닙니다: ${(error as Error).message}`)
        continue
      }
      if (!validate(feed))
        for (const error of validate.errors ?? [])
          this.add(file, `JSON Feed 1.1: ${error.instancePath || '/'} ${error.message}`)
      if (feed.feed_url !== this.urlOf(file))
        this.add(file, `feed_url "${feed.feed_url}"가 이 파일의 주소(${this.urlOf(file)})가 아닙니다`)
      this.checkUrl(file, 'home_page_url', feed.home_page_url)
      const ids = new Set<string>()
      for (const item of feed.items ?? []) {
        if (item.id !== undefined && ids.has(item.id)) this.add(file, `item id "${item.id}"가 겹칩니다`)
        if (item.id !== undefined) ids.add(item.id)
        this.checkUrl(file, `item ${item.id}의 url`, item.url)
        for (const author of item.authors ?? [])
          if (author.url !== undefined) this.checkUrl(file, `item ${item.id}의 author url`, author.url)
      }
    }
  }

  async checkHtml(files: string[], validator: HtmlValidate): Promise<void> {
    const feeds: string[] = []
    for (const file of files) {
      const full = path.join(this.dir, file)
      const text = readFileSync(full, 'utf8')
      // A text file with an .html name (a search engine's verification file) is served as it was.
      if (!text.includes('<')) continue
      // An old feed the blog keeps at a folder's index.html (an imported blog's /feed/) is read as XML.
      if (isFeedDocument(text)) {
        feeds.push(file)
        continue
      }
      this.counts.html += 1
      const report = await validator.validateFile(full)
      for (const result of report.results) {
        for (const message of result.messages)
          this.add(file, `html-validate ${message.ruleId} (${message.line}:${message.column}): ${message.message}`)
      }
      this.checkJsonLd(file, text)
    }
    this.checkWellFormed(feeds)
  }

  /** Every JSON-LD block parses; a post page (og:type article) has one BlogPosting with the fields search engines read. */
  checkJsonLd(file: string, html: string): void {
    const document = parseDocument(html)
    const scripts = DomUtils.findAll(
      (el) => el.name === 'script' && el.attribs.type === 'application/ld+json',
      document.children,
    )
    const meta = (property: string) =>
      DomUtils.findOne((el) => el.name === 'meta' && el.attribs.property === property, document.children, true)?.attribs
        .content
    const canonical = DomUtils.findOne(
      (el) => el.name === 'link' && el.attribs.rel === 'canonical',
      document.children,
      true,
    )?.attribs.href
    const postings: Record<string, unknown>[] = []
    for (const script of scripts) {
      this.counts.jsonLd += 1
      let data: unknown
      try {
        data = JSON.parse(DomUtils.textContent(script))
      } catch (error) {
        this.add(file, `JSON-LD가 JSON이 아닙니다: ${(error as Error).message}`)
        continue
      }
      const record = data as Record<string, unknown>
      if (record['@context'] !== 'https://schema.org')
        this.add(file, `JSON-LD @context가 https://schema.org가 아닙니다`)
      if (record['@type'] === 'BlogPosting') postings.push(record)
    }
    if (meta('og:type') === 'article' && postings.length !== 1)
      this.add(file, `글 페이지에 BlogPosting JSON-LD가 ${postings.length}개입니다 (하나여야 합니다)`)
    for (const posting of postings) this.checkBlogPosting(file, posting, canonical)
  }

  checkBlogPosting(file: string, posting: Record<string, unknown>, canonical: string | undefined): void {
    const say = (message: string) => this.add(file, `BlogPosting: ${message}`)
    if (typeof posting.headline !== 'string' || posting.headline.trim() === '') say('headline이 없습니다')
    for (const field of ['datePublished', 'dateModified']) {
      if (typeof posting[field] !== 'string' || !RFC_3339.test(posting[field] as string))
        say(`${field} "${String(posting[field])}"가 오프셋 있는 ISO 8601(RFC 3339)이 아닙니다`)
    }
    if (
      typeof posting.datePublished === 'string' &&
      typeof posting.dateModified === 'string' &&
      new Date(posting.dateModified) < new Date(posting.datePublished)
    )
      say('dateModified가 datePublished보다 앞섭니다')
    this.checkUrl(file, 'BlogPosting url', posting.url)
    if (canonical !== undefined && posting.url !== canonical)
      say(`url "${String(posting.url)}"가 canonical "${canonical}"과 다릅니다`)
    const main = posting.mainEntityOfPage as { '@id'?: unknown } | undefined
    if (main?.['@id'] !== posting.url) say('mainEntityOfPage.@id가 url과 다릅니다')
    const authors = ([] as unknown[]).concat(posting.author ?? [])
    if (authors.length === 0) say('author가 없습니다')
    for (const author of authors as { '@type'?: unknown; name?: unknown; url?: unknown }[]) {
      if (author['@type'] !== 'Person' && author['@type'] !== 'Organization')
        say(`author @type "${String(author['@type'])}"`)
      if (typeof author.name !== 'string' || author.name.trim() === '') say('author에 name이 없습니다')
      if (author.url !== undefined) this.checkUrl(file, 'BlogPosting author.url', author.url)
    }
    const images = ([] as unknown[]).concat(posting.image ?? [])
    if (images.length === 0) say('image가 없습니다')
    for (const image of images)
      this.checkUrl(file, 'BlogPosting image', typeof image === 'string' ? image : (image as { url?: unknown }).url)
    const publisher = posting.publisher as { name?: unknown; url?: unknown } | undefined
    if (typeof publisher?.name !== 'string') say('publisher.name이 없습니다')
    else this.checkUrl(file, 'BlogPosting publisher.url', publisher.url)
  }
}

interface FeedReading {
  file: string
  problems: string[]
  version: string
  feed: {
    title: string | null
    link: string | null
    id: string | null
    updated: string | null
    self: string[]
    author: boolean
  }
  entries: {
    title: string | null
    id: string | null
    guidislink: boolean | null
    link: string | null
    published: string | null
    updated: string | null
    authors: string[]
    tags: string[]
  }[]
}

/** Reads one exported site (`out/` or another OUT_DIR) with every strict client; returns every problem. */
export async function checkExport(dir: string): Promise<{ problems: OutputProblem[]; counts: Checker['counts'] }> {
  const siteRoot = siteRootOf(dir)
  if (siteRoot === null)
    return {
      problems: [{ file: 'robots.txt', message: 'Sitemap: 줄이 없어 사이트 주소를 알 수 없습니다' }],
      counts: new Checker(dir, '').counts,
    }
  const checker = new Checker(dir, siteRoot)
  const files = listFiles(dir)
  checker.checkWellFormed(files.filter((f) => f.endsWith('.xml')))
  checker.checkSitemaps()
  checker.checkFeeds(files.filter((f) => /(^|\/)(feed|atom)\.xml$/.test(f)))
  checker.checkJsonFeeds(files.filter((f) => /(^|\/)feed\.json$/.test(f)))
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG))
  await checker.checkHtml(
    files.filter((f) => f.endsWith('.html')),
    validator,
  )
  checker.checkScriptableFiles(files)
  return { problems: checker.problems, counts: checker.counts }
}

async function main(dirs: string[]): Promise<void> {
  let failed = false
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.error(`✗ ${dir}/ 가 없습니다: 먼저 빌드하세요`)
      failed = true
      continue
    }
    const { problems, counts } = await checkExport(path.resolve(dir))
    for (const problem of problems) console.error(`${path.join(dir, problem.file)}: ${problem.message}`)
    const summary = `XML ${counts.xml}, 피드 ${counts.feeds}, JSON Feed ${counts.jsonFeeds}, HTML ${counts.html}, JSON-LD ${counts.jsonLd}, 주소 ${counts.urls}`
    if (problems.length > 0) {
      failed = true
      console.error(`✗ ${dir}/: 문제 ${problems.length}개 (${summary})`)
    } else console.log(`✓ ${dir}/: ${summary}`)
  }
  if (failed) process.exitCode = 1
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2))
}

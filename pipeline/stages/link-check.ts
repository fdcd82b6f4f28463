// The link check of `npm run build`: every internal href/src in the export must reach a file,
// and every #fragment an id on its page. Also runnable on its own: `npm run check:links [dir]`.
import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { site, siteRoot } from '../../lib/config'
import { pipelineFingerprint } from '../../lib/markdown/render-store'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { scanPage, type PageScan } from '../../lib/markdown/page-scan'

export { scanPage, type PageScan }

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  lpar: '(',
  rpar: ')',
  sol: '/',
}

/** What a browser would make of a written address: entities decoded, tabs, newlines and controls gone. */
function readAddress(url: string): string {
  return (
    url
      .replace(/&#x([0-9a-f]+);?/gi, (_all, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
      .replace(/&#(\d+);?/g, (_all, decimal: string) => String.fromCodePoint(Number(decimal) % 0x110000))
      .replace(/&([a-z]+);/gi, (all, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? all)
      .replace(/[\t\n\r]/g, '')
      // A control character a Markdown parser replaced with U+FFFD, as a browser drops the control itself.
      .replace(/^[\u0000-\u0020\ufffd]+|[\u0000-\u0020\ufffd]+$/g, '')
      .replace(/ /g, '%20')
  )
}

/**
 * The links of a Markdown or plain-text file the site publishes (a post's twin, /llms.txt), as a
 * CommonMark reader finds them (remark with GFM): links, images, reference definitions, bare
 * addresses and the `src`/`href` of raw HTML; code and text that only looks like a link
 * (`[a](two words)`) are skipped. Addresses with another scheme than http(s) are no links of the
 * site (a `javascript:` one, however disguised, is text in a twin: the page's sanitiser removed it
 * from the HTML).
 */
export function scanText(text: string): PageScan {
  const scan: PageScan = { ids: new Set(), links: [] }
  const urls: string[] = []
  visit(unified().use(remarkParse).use(remarkGfm).parse(text), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push(node.url)
    else if (node.type === 'html') urls.push(...scanPage(node.value).links)
  })
  for (const url of urls) {
    const address = readAddress(url)
    if (address === '' || (/^[a-z][a-z0-9+.-]*:/i.test(address) && !/^https?:/i.test(address))) continue
    scan.links.push(address)
  }
  return scan
}

export interface LinkCheckOptions {
  /** '' or '/blog'. */
  basePath: string
  /** Absolute origins (with optional path) that mean this site: SITE_URL + base path, the old blog. */
  ownOrigins: readonly string[]
}

export interface BrokenLink {
  page: string
  link: string
  reason: string
}

/** The site URL of an exported file: `kubecon-1/index.html` -> `/blog/kubecon-1/`. */
export function pageUrlOf(file: string, basePath: string): string {
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file
  return `${basePath}/${path}`
}

/** The file that answers a site path on a static host, or null (`/x/` -> `x/index.html`). */
export function fileFor(path: string, exists: (file: string) => boolean): string | null {
  const relative = path.replace(/^\/+/, '')
  if (relative === '' || relative.endsWith('/')) return exists(`${relative}index.html`) ? `${relative}index.html` : null
  if (exists(relative)) return relative
  if (exists(`${relative}/index.html`)) return `${relative}/index.html`
  return null
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text).normalize('NFC')
  } catch {
    return null
  }
}

/** A link whose #fragment names an id on a page the check may not have scanned yet. */
interface FragmentLink {
  order: number
  page: string
  link: string
  target: string
  fragment: string
}

/**
 * A string of its own. A parser's attribute values and ids are slices of the page's text, and a
 * kept slice keeps the whole page in memory: kept for 8,500 pages, a gigabyte.
 */
function own(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8')
}

/**
 * Checks links one page at a time and keeps only what a later page can still decide: each HTML
 * page's ids and the links to a #fragment of another page. So the check of a 5,000-post export
 * holds ids, not the pages or every link of every page. External links are not fetched.
 */
export class LinkChecker {
  private readonly ids = new Map<string, Set<string>>()
  private readonly fragments: FragmentLink[] = []
  private readonly broken: (BrokenLink & { order: number })[] = []
  private order = 0

  constructor(
    private readonly exists: (file: string) => boolean,
    private readonly options: LinkCheckOptions,
  ) {}

  add(file: string, scan: PageScan): void {
    if (file.endsWith('.html')) this.ids.set(file, new Set([...scan.ids].map(own)))
    const base = new URL(pageUrlOf(file, this.options.basePath), 'http://site.invalid')
    for (const url of scan.links) {
      const order = this.order++
      const report = (reason: string) => this.broken.push({ order, page: file, link: own(url), reason })
      if (/^(mailto|tel|data|javascript):/i.test(url)) continue
      let target: URL
      try {
        const own = this.options.ownOrigins.find(
          (origin) => url === origin || url.startsWith(`${origin}/`) || url.startsWith(`${origin}#`),
        )
        target = new URL(own !== undefined ? `${this.options.basePath}${url.slice(own.length) || '/'}` : url, base)
      } catch {
        report('주소 형식이 잘못되었습니다')
        continue
      }
      if (target.origin !== base.origin) continue
      const path = decode(target.pathname)
      if (path === null) {
        report('주소의 퍼센트 인코딩이 잘못되었습니다')
        continue
      }
      const { basePath } = this.options
      if (basePath !== '' && path !== basePath && !path.startsWith(`${basePath}/`)) {
        report(`base path(${basePath})로 시작하지 않는 내부 링크입니다`)
        continue
      }
      const targetFile = fileFor(path.slice(basePath.length), this.exists)
      if (targetFile === null) {
        report('가리키는 페이지나 파일이 없습니다')
        continue
      }
      const fragment = decode(target.hash.slice(1))
      if (!fragment || fragment === 'top' || !targetFile.endsWith('.html')) continue
      if (targetFile !== file) this.fragments.push({ order, page: file, link: own(url), target: targetFile, fragment: own(fragment) })
      else if (!scan.ids.has(fragment)) report(`페이지 ${targetFile}에 id "${fragment}"가 없습니다`)
    }
  }

  /** Every broken link, in the order of the pages and of their links. */
  finish(): BrokenLink[] {
    for (const { order, page, link, target, fragment } of this.fragments)
      if (!this.ids.get(target)?.has(fragment))
        this.broken.push({ order, page, link, reason: `페이지 ${target}에 id "${fragment}"가 없습니다` })
    return this.broken.sort((a, b) => a.order - b.order).map(({ page, link, reason }) => ({ page, link, reason }))
  }
}

/** Every broken internal link of the pages given, scanned already. */
export function findBrokenLinks(
  pages: ReadonlyMap<string, PageScan>,
  exists: (file: string) => boolean,
  options: LinkCheckOptions,
): BrokenLink[] {
  const checker = new LinkChecker(exists, options)
  for (const [file, scan] of pages) checker.add(file, scan)
  return checker.finish()
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
    return entry.isDirectory() ? listFiles(root, relative) : [relative.normalize('NFC')]
  })
}

/**
 * Scans kept between builds (`LINK_SCAN_FILE` beside the renders) by the hash of the scanned file's
 * bytes, under a fingerprint of the scanners (lib/markdown/page-scan.ts is part of the pipeline's,
 * this file is added): a build after one edited post parses the pages that changed, not the whole
 * export again. One line per file, `<hash>\t<scan as JSON>`, after a first line that holds the
 * fingerprint. A kept line is parsed only when its file is met again, and each scan is written out
 * as soon as it is made, so neither the old scans nor the new ones are ever held as one object.
 * Only the scans of the current export are written back.
 */
class ScanCache {
  private readonly kept = new Map<string, string>()
  private readonly written = new Set<string>()
  private readonly partial: string
  private readonly fd: number
  private readonly fingerprint = createHash('sha256')
    .update(pipelineFingerprint())
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')

  constructor(private readonly file: string) {
    let text = ''
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      // No scans kept yet.
    }
    if (text.startsWith(`${this.fingerprint}\n`)) {
      for (let at = this.fingerprint.length + 1, end = text.indexOf('\n', at); end !== -1; at = end + 1, end = text.indexOf('\n', at)) {
        const tab = text.indexOf('\t', at)
        if (tab !== -1 && tab < end) this.kept.set(text.slice(at, tab), text.slice(tab + 1, end))
      }
    }
    mkdirSync(path.dirname(file), { recursive: true })
    this.partial = `${file}.${process.pid}.tmp`
    this.fd = openSync(this.partial, 'w')
    writeSync(this.fd, `${this.fingerprint}\n`)
  }

  scan(bytes: Buffer, kind: 'html' | 'text'): PageScan {
    const key = createHash('sha256').update(kind).update(bytes).digest('hex')
    let json = this.kept.get(key)
    let scan: PageScan
    if (json === undefined) {
      scan = kind === 'html' ? scanPage(bytes.toString('utf8')) : scanText(bytes.toString('utf8'))
      json = JSON.stringify({ ids: [...scan.ids], links: scan.links })
    } else {
      const stored = JSON.parse(json) as { ids: string[]; links: string[] }
      scan = { ids: new Set(stored.ids), links: stored.links }
    }
    if (!this.written.has(key)) {
      this.written.add(key)
      writeSync(this.fd, `${key}\t${json}\n`)
    }
    return scan
  }

  /** Replaces the kept file with the scans of this check, or, after a failure, leaves it as it was. */
  close(keep: boolean): void {
    closeSync(this.fd)
    if (keep) renameSync(this.partial, this.file)
    else rmSync(this.partial, { force: true })
  }
}

/**
 * Checks an exported folder and returns every broken internal link. With `cacheFile`, the scans
 * of unchanged files are taken from the last check that used it.
 */
export function checkExportedLinks(root: string, cacheFile?: string): { pages: number; broken: BrokenLink[] } {
  const files = listFiles(root)
  const existing = new Set(files)
  const checker = new LinkChecker((file) => existing.has(file), {
    basePath: site.basePath,
    ownOrigins: [siteRoot, ...site.legacyOrigins],
  })
  const cache = cacheFile === undefined ? null : new ScanCache(cacheFile)
  let pages = 0
  try {
    for (const file of files) {
      // Pages, posts' Markdown twins and /llms.txt (lib/site/markdown-twin.ts, lib/site/llms-txt.ts).
      const kind = file.endsWith('.html') ? 'html' : file.endsWith('/index.md') || file === 'llms.txt' ? 'text' : null
      if (kind === null) continue
      const bytes = readFileSync(path.join(root, file))
      const scan =
        cache !== null
          ? cache.scan(bytes, kind)
          : kind === 'html'
            ? scanPage(bytes.toString('utf8'))
            : scanText(bytes.toString('utf8'))
      checker.add(file, scan)
      pages++
    }
  } catch (error) {
    cache?.close(false)
    throw error
  }
  cache?.close(true)
  return { pages, broken: withoutTwinRepeats(checker.finish()) }
}

/** A link's path and fragment, decoded, whatever origin it was written with. */
function linkPath(link: string): string {
  const path = link.replace(/^https?:\/\/[^/]+/i, '')
  try {
    return decodeURI(path).normalize('NFC')
  } catch {
    return path
  }
}

/**
 * A post's Markdown twin (`<slug>/index.md`) repeats its page's links, made absolute: a link broken
 * on the page is reported once, at the page, where the author's line is found.
 */
export function withoutTwinRepeats(broken: readonly BrokenLink[]): BrokenLink[] {
  const onPages = new Set(
    broken
      .filter((b) => b.page.endsWith('index.html'))
      .map((b) => `${b.page.slice(0, -'index.html'.length)} ${linkPath(b.link)}`),
  )
  return broken.filter(
    (b) => !(b.page.endsWith('index.md') && onPages.has(`${b.page.slice(0, -'index.md'.length)} ${linkPath(b.link)}`)),
  )
}

/** Hangul in links as authors wrote it, not percent-encoded. */
function readable(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** Where a broken link is written in the Markdown (pipeline/stages/link-sources.ts), or null for the site's own pages. */
export type LinkLocator = (broken: BrokenLink) => { file: string; line: number | null } | null

/**
 * Prints the result; true when nothing is broken. With `locate`, each link is named at its Markdown
 * file and line; with `cacheFile`, unchanged files are not scanned again.
 */
export function reportLinks(root: string, locate?: LinkLocator, cacheFile?: string): boolean {
  const { pages, broken } = checkExportedLinks(root, cacheFile)
  if (broken.length === 0) {
    console.log(`링크 검사 통과: 페이지 ${pages}개`)
    return true
  }
  console.error(`깨진 내부 링크 ${broken.length}개 (페이지 ${pages}개 검사):`)
  for (const b of broken) {
    const source = locate?.(b) ?? null
    if (source === null) console.error(`  ${readable(b.page)}: ${readable(b.link)} — ${b.reason}`)
    else
      console.error(
        `  ${source.file}${source.line === null ? '' : `:${source.line}`}: 링크 ${readable(b.link)} — ${b.reason} (내보낸 페이지 ${readable(b.page)})`,
      )
  }
  console.error(
    'Markdown의 링크 주소나 #제목 앵커를 고치세요. 제목 앵커는 제목을 소문자로 바꾸고 공백을 -로 바꾼 것입니다.',
  )
  return false
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = reportLinks(path.resolve(process.argv[2] ?? 'out')) ? 0 : 1
}

// The link check of `npm run build`: every internal href/src in the export must reach a file,
// and every #fragment an id on its page. Also runnable on its own: `npm run check:links [dir]`.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { site, siteRoot } from '../../lib/config'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { scanPage, type PageScan } from '../../lib/markdown/page-scan'
import { isFeedDocument } from '../../lib/site/xml'

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

type Resolved = { reason: string } | { target: string; fragment: string | null } | null

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
  private readonly resolved = new Map<string, Resolved>()
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
      // A site path or a whole address means the same wherever it is written: every page's menu
      // links are resolved once.
      const anywhere = /^(\/(?!\/)|https?:)/i.test(url)
      let resolved = anywhere ? this.resolved.get(url) : undefined
      if (resolved === undefined) {
        resolved = this.resolve(url, base)
        if (anywhere) this.resolved.set(own(url), resolved)
      }
      if (resolved === null) continue
      if ('reason' in resolved) {
        report(resolved.reason)
        continue
      }
      const { target, fragment } = resolved
      if (fragment === null || fragment === '' || fragment === 'top' || !target.endsWith('.html')) continue
      if (target !== file) this.fragments.push({ order, page: file, link: own(url), target, fragment: own(fragment) })
      else if (!scan.ids.has(fragment)) report(`페이지 ${target}에 id "${fragment}"가 없습니다`)
    }
  }

  /** The exported file a link reaches and its #fragment, why it reaches none, or null for a link elsewhere. */
  private resolve(url: string, base: URL): Resolved {
    if (/^(mailto|tel|data|javascript):/i.test(url)) return null
    const { basePath, ownOrigins } = this.options
    let target: URL
    try {
      const origin = ownOrigins.find((o) => url === o || url.startsWith(`${o}/`) || url.startsWith(`${o}#`))
      target = new URL(origin !== undefined ? `${basePath}${url.slice(origin.length) || '/'}` : url, base)
    } catch {
      return { reason: '주소 형식이 잘못되었습니다' }
    }
    if (target.origin !== base.origin) return null
    const path = decode(target.pathname)
    if (path === null) return { reason: '주소의 퍼센트 인코딩이 잘못되었습니다' }
    if (basePath !== '' && path !== basePath && !path.startsWith(`${basePath}/`))
      return { reason: `base path(${basePath})로 시작하지 않는 내부 링크입니다` }
    const file = fileFor(path.slice(basePath.length), this.exists)
    if (file === null) return { reason: '가리키는 페이지나 파일이 없습니다' }
    return { target: file, fragment: decode(target.hash.slice(1)) }
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
 * Checks an exported folder and returns every broken internal link of its pages and of /llms.txt.
 * The posts' Markdown twins are not read: a twin holds its page's links, made absolute (a link
 * broken in a twin is broken on its page, where the author's line is found), and
 * pipeline/stages/write-markdown-twins.test.ts proves that on real posts.
 */
export function checkExportedLinks(root: string): { pages: number; broken: BrokenLink[] } {
  const files = listFiles(root)
  const existing = new Set(files)
  const checker = new LinkChecker((file) => existing.has(file), {
    basePath: site.basePath,
    ownOrigins: [siteRoot, ...site.legacyOrigins],
  })
  let pages = 0
  for (const file of files) {
    if (file.endsWith('.html')) {
      const text = readFileSync(path.join(root, file), 'utf8')
      // An old feed kept at a folder's index.html (/feed/) is a copy of the blog's feed, not a page.
      if (isFeedDocument(text)) continue
      checker.add(file, scanPage(text))
    } else if (file === 'llms.txt') checker.add(file, scanText(readFileSync(path.join(root, file), 'utf8')))
    else continue
    pages++
  }
  return { pages, broken: checker.finish() }
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

/** Prints the result; true when nothing is broken. With `locate`, each link is named at its Markdown file and line. */
export function reportLinks(root: string, locate?: LinkLocator): boolean {
  const { pages, broken } = checkExportedLinks(root)
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

// The link check of `npm run build`: every internal href/src in the export must reach a file,
// and every #fragment an id on its page. Also runnable on its own: `npm run check:links [dir]`.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { site, siteRoot } from '../../lib/config'
import { keepJson, readKeptJson } from '../../lib/markdown/kept-files'
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
    else if (node.type === 'html') urls.push(...scanPage(node.value).links.map((link) => link.url))
  })
  for (const url of urls) {
    const address = readAddress(url)
    if (address === '' || (/^[a-z][a-z0-9+.-]*:/i.test(address) && !/^https?:/i.test(address))) continue
    scan.links.push({ url: address, tag: 'markdown' })
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

/**
 * Checks every internal link of every page: the target file must exist in the export and a
 * `#fragment` must name an id on the target page. External links are not fetched.
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, PageScan>,
  exists: (file: string) => boolean,
  options: LinkCheckOptions,
): BrokenLink[] {
  const broken: BrokenLink[] = []
  for (const [file, scan] of pages) {
    const base = new URL(pageUrlOf(file, options.basePath), 'http://site.invalid')
    for (const { url } of scan.links) {
      const report = (reason: string) => broken.push({ page: file, link: url, reason })
      if (/^(mailto|tel|data|javascript):/i.test(url)) continue
      let target: URL
      try {
        const own = options.ownOrigins.find(
          (origin) => url === origin || url.startsWith(`${origin}/`) || url.startsWith(`${origin}#`),
        )
        target = new URL(own !== undefined ? `${options.basePath}${url.slice(own.length) || '/'}` : url, base)
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
      if (options.basePath !== '' && path !== options.basePath && !path.startsWith(`${options.basePath}/`)) {
        report(`base path(${options.basePath})로 시작하지 않는 내부 링크입니다`)
        continue
      }
      const targetFile = fileFor(path.slice(options.basePath.length), exists)
      if (targetFile === null) {
        report('가리키는 페이지나 파일이 없습니다')
        continue
      }
      const fragment = decode(target.hash.slice(1))
      if (fragment && fragment !== 'top' && targetFile.endsWith('.html')) {
        const ids = pages.get(targetFile)?.ids
        if (!ids?.has(fragment)) report(`페이지 ${targetFile}에 id "${fragment}"가 없습니다`)
      }
    }
  }
  return broken
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
    return entry.isDirectory() ? listFiles(root, relative) : [relative.normalize('NFC')]
  })
}

/** A scan as JSON keeps it (a Set does not survive `JSON.stringify`). */
interface StoredScan {
  ids: string[]
  links: PageScan['links']
}

/**
 * Scans kept between builds (`LINK_SCAN_FILE`, lib/markdown/kept-files.ts) by the hash of the
 * scanned file's bytes, under a fingerprint of the scanners (lib/markdown/page-scan.ts is part of
 * the pipeline's, this file is added): a build after one edited post parses the pages that
 * changed, not the whole export again. Only the scans of the current export are written back.
 */
class ScanCache {
  private readonly stored: Map<string, StoredScan>
  private readonly used = new Map<string, StoredScan>()
  private readonly fingerprint = createHash('sha256')
    .update(pipelineFingerprint())
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .digest('hex')

  constructor(private readonly file: string) {
    this.stored = new Map(Object.entries(readKeptJson<Record<string, StoredScan>>(file, this.fingerprint) ?? {}))
  }

  scan(bytes: Buffer, kind: 'html' | 'text'): PageScan {
    const key = createHash('sha256').update(kind).update(bytes).digest('hex')
    let found = this.used.get(key) ?? this.stored.get(key)
    if (found === undefined) {
      const fresh = kind === 'html' ? scanPage(bytes.toString('utf8')) : scanText(bytes.toString('utf8'))
      found = { ids: [...fresh.ids], links: fresh.links }
    }
    this.used.set(key, found)
    return { ids: new Set(found.ids), links: found.links }
  }

  save(): void {
    keepJson(this.file, this.fingerprint, Object.fromEntries(this.used))
  }
}

/**
 * Checks an exported folder and returns every broken internal link. With `cacheFile`, the scans
 * of unchanged files are taken from the last check that used it.
 */
export function checkExportedLinks(root: string, cacheFile?: string): { pages: number; broken: BrokenLink[] } {
  const files = listFiles(root)
  const existing = new Set(files)
  const pages = new Map<string, PageScan>()
  const cache = cacheFile === undefined ? null : new ScanCache(cacheFile)
  const scan = (file: string, kind: 'html' | 'text'): PageScan => {
    const bytes = readFileSync(path.join(root, file))
    if (cache !== null) return cache.scan(bytes, kind)
    return kind === 'html' ? scanPage(bytes.toString('utf8')) : scanText(bytes.toString('utf8'))
  }
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, scan(file, 'html'))
    // Posts' Markdown twins and /llms.txt (lib/site/markdown-twin.ts, lib/site/llms-txt.ts).
    else if (file.endsWith('/index.md') || file === 'llms.txt') pages.set(file, scan(file, 'text'))
  }
  cache?.save()
  const ownOrigins = [siteRoot, ...site.legacyOrigins]
  const broken = findBrokenLinks(pages, (file) => existing.has(file), { basePath: site.basePath, ownOrigins })
  return { pages: pages.size, broken: withoutTwinRepeats(broken) }
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

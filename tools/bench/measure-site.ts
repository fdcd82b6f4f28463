// What an exported site weighs: out/ by kind of file, and what a browser downloads on a first
// visit to one page (its HTML, the stylesheets and scripts it references), gzip-compressed as a
// static host sends them.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { Parser } from 'htmlparser2'

export const FILE_KINDS = [
  'HTML',
  'RSC data (.txt)',
  'Social images',
  'Feeds',
  'Search index',
  'Markdown twins (.md)',
  'JS and CSS (_next/)',
  'Other',
] as const
export type FileKind = (typeof FILE_KINDS)[number]

export interface OutSize {
  bytes: number
  files: number
  /** HTML pages (`index.html` files and the 404 page). */
  pages: number
  byKind: Record<FileKind, number>
}

function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`
    return entry.isDirectory() ? listFiles(root, relative) : [relative]
  })
}

function kindOf(file: string): FileKind {
  if (file.startsWith('_next/')) return 'JS and CSS (_next/)'
  if (file.endsWith('.html')) return 'HTML'
  if (file.endsWith('.txt') && file !== 'robots.txt') return 'RSC data (.txt)'
  if (file.startsWith('og/')) return 'Social images'
  if (file === 'search-index.json') return 'Search index'
  if (file.endsWith('/index.md')) return 'Markdown twins (.md)'
  if (/(^|\/)(feed\.xml|atom\.xml|feed\.json)$/.test(file)) return 'Feeds'
  return 'Other'
}

/** Total size and file count of an exported folder, split by kind of file. */
export function measureOut(outDir: string): OutSize {
  const byKind = Object.fromEntries(FILE_KINDS.map((kind) => [kind, 0])) as Record<FileKind, number>
  let bytes = 0
  const files = listFiles(outDir)
  for (const file of files) {
    const size = statSync(path.join(outDir, file)).size
    bytes += size
    byKind[kindOf(file)] += size
  }
  return { bytes, files: files.length, pages: files.filter((file) => file.endsWith('.html')).length, byKind }
}

/** gzip at the level static hosts and CDNs commonly use. */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 6 }).length
}

export interface PageWeight {
  htmlGzip: number
  cssGzip: number
  /** Scripts the page loads on a first visit: `<script src>` (not `nomodule`) and script preloads. */
  jsGzip: number
  jsFiles: number
  /** Preloaded fonts, as stored (woff2 is compressed already). */
  fontBytes: number
  fontFiles: number
  /** Bytes of inline `<script>` text (Next's flight data lives there), before compression. */
  inlineScriptBytes: number
}

/** The references of a page a browser fetches before it is interactive. */
export function pageReferences(html: string): {
  scripts: string[]
  styles: string[]
  fonts: string[]
  inlineScriptBytes: number
} {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const fonts = new Set<string>()
  let inlineScriptBytes = 0
  let inScript = false
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script') {
        inScript = attributes.src === undefined
        if (attributes.src && !('nomodule' in attributes)) scripts.add(attributes.src)
      }
      if (name === 'link' && attributes.href) {
        const rel = (attributes.rel ?? '').toLowerCase()
        if (rel === 'stylesheet') styles.add(attributes.href)
        if (rel === 'modulepreload' || (rel === 'preload' && attributes.as === 'script')) scripts.add(attributes.href)
        if (rel === 'preload' && attributes.as === 'font') fonts.add(attributes.href)
      }
    },
    ontext(text) {
      if (inScript) inlineScriptBytes += Buffer.byteLength(text)
    },
    onclosetag(name) {
      if (name === 'script') inScript = false
    },
  })
  parser.write(html)
  parser.end()
  return { scripts: [...scripts], styles: [...styles], fonts: [...fonts], inlineScriptBytes }
}

/** First-visit weight of the page at `pagePath` (`/kubecon-1/`) of a site exported to `outDir`. */
export function measurePage(outDir: string, pagePath: string, basePath = ''): PageWeight {
  const html = readFileSync(path.join(outDir, decodeURI(pagePath), 'index.html'))
  const { scripts, styles, fonts, inlineScriptBytes } = pageReferences(html.toString('utf8'))
  const fileOf = (url: string) => path.join(outDir, decodeURI(url.split(/[?#]/)[0] ?? url).slice(basePath.length))
  const sum = (urls: string[], size: (data: Buffer) => number = gzipBytes) =>
    urls.reduce((total, url) => total + size(readFileSync(fileOf(url))), 0)
  return {
    htmlGzip: gzipBytes(html),
    cssGzip: sum(styles),
    jsGzip: sum(scripts),
    jsFiles: scripts.length,
    fontBytes: sum(fonts, (data) => data.length),
    fontFiles: fonts.length,
    inlineScriptBytes,
  }
}

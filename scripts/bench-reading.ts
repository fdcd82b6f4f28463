// npm run bench:reading — what a first visit to the built site downloads (needs out/ from
// `npm run build`): HTML, CSS, JavaScript (module scripts; the nomodule polyfills are skipped by
// every current browser) and preloaded fonts, gzip -9 as a static host would send them. The
// JavaScript is also compared with an empty Next.js page of the same version, built once into
// .bench/empty-next (delete it to rebuild). Writes .bench/reading/report.md.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { Parser } from 'htmlparser2'

const OUT_DIR = path.resolve(process.env.OUT_DIR ?? 'out')
const EMPTY_DIR = path.resolve('.bench/empty-next')
const REPORT = path.resolve('.bench/reading/report.md')
const PAGES = ['/', '/kubecon-1/', '/kubecon-2/', '/tags/news/']

interface Assets {
  css: string[]
  js: string[]
  fonts: string[]
}

/** The files a page makes the browser fetch before it is usable (images and lazy chunks aside). */
function pageAssets(html: string): Assets {
  const assets: Assets = { css: [], js: [], fonts: [] }
  new Parser({
    onopentag(name, attributes) {
      if (name === 'link' && attributes.rel === 'stylesheet' && attributes.href) assets.css.push(attributes.href)
      if (name === 'link' && attributes.rel === 'preload' && attributes.as === 'font' && attributes.href) assets.fonts.push(attributes.href)
      if (name === 'script' && attributes.src && !('nomodule' in attributes)) assets.js.push(attributes.src)
    },
  }).end(html)
  return assets
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

function pageFile(root: string, page: string): string {
  return path.join(root, page, 'index.html')
}

function sum(root: string, urls: string[], measure: (file: string) => number): number {
  return [...new Set(urls)].reduce((total, url) => total + measure(path.join(root, url.split('?')[0] ?? url)), 0)
}

/** An app with one page that renders a paragraph: what Next.js itself costs. */
function buildEmptyNext(): void {
  if (existsSync(pageFile(path.join(EMPTY_DIR, 'out'), '/'))) return
  mkdirSync(path.join(EMPTY_DIR, 'app'), { recursive: true })
  writeFileSync(path.join(EMPTY_DIR, 'package.json'), '{ "name": "empty-next", "private": true, "type": "module" }\n')
  writeFileSync(path.join(EMPTY_DIR, 'next.config.mjs'), "export default { output: 'export', trailingSlash: true }\n")
  writeFileSync(path.join(EMPTY_DIR, 'app/layout.jsx'), 'export default function Layout({ children }) {\n  return <html lang="ko"><body>{children}</body></html>\n}\n')
  writeFileSync(path.join(EMPTY_DIR, 'app/page.jsx'), 'export default function Page() {\n  return <p>empty</p>\n}\n')
  const result = spawnSync(path.resolve('node_modules/.bin/next'), ['build'], { cwd: EMPTY_DIR, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('the empty Next.js app did not build')
}

function main(): void {
  if (!existsSync(pageFile(OUT_DIR, '/'))) throw new Error(`no ${OUT_DIR}/index.html: run npm run build first`)
  buildEmptyNext()
  const emptyRoot = path.join(EMPTY_DIR, 'out')
  const emptyJs = sum(emptyRoot, pageAssets(readFileSync(pageFile(emptyRoot, '/'), 'utf8')).js, gzip)
  const rows = PAGES.filter((page) => existsSync(pageFile(OUT_DIR, page))).map((page) => {
    const html = readFileSync(pageFile(OUT_DIR, page), 'utf8')
    const assets = pageAssets(html)
    const js = sum(OUT_DIR, assets.js, gzip)
    const fonts = sum(OUT_DIR, assets.fonts, (file) => readFileSync(file).length)
    return `| \`${page}\` | ${kb(gzip(pageFile(OUT_DIR, page)))} | ${kb(sum(OUT_DIR, assets.css, gzip))} (${assets.css.length}) | ${kb(js)} (${assets.js.length}) | +${kb(js - emptyJs)} | ${kb(fonts)} (${assets.fonts.length}) |`
  })
  const report = [
    '# First visit, gzip -9',
    '',
    `Empty Next.js page: JavaScript ${kb(emptyJs)}.`,
    '',
    '| page | HTML | CSS (files) | JS (files) | JS above empty Next | fonts, woff2 (files) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
  mkdirSync(path.dirname(REPORT), { recursive: true })
  writeFileSync(REPORT, report)
  console.log(report)
}

main()

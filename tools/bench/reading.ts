// npm run bench:reading — what a first visit to the built site downloads (needs out/ from
// `npm run build`): HTML, CSS and JavaScript gzip-compressed as a static host sends them, and the
// preloaded font. The JavaScript is compared with an empty Next.js page of the same version.
// The measuring is `npm run bench`'s own (tools/bench/measure-site.ts, empty-next.ts).
// Writes .bench/reading/report.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { site } from '../../lib/config'
import { measureEmptyNextPage } from './empty-next'
import { measurePage } from './measure-site'
import { kb } from './report'

const OUT_DIR = path.resolve(process.env.OUT_DIR ?? 'out')
const REPORT = path.resolve('.bench/reading/report.md')
const PAGES = ['/', '/kubecon-1/', '/kubecon-2/', '/tags/news/']

function main(): void {
  if (!existsSync(path.join(OUT_DIR, 'index.html')))
    throw new Error(`no ${OUT_DIR}/index.html: run npm run build first`)
  const empty = measureEmptyNextPage()
  const rows = PAGES.filter((page) => existsSync(path.join(OUT_DIR, page, 'index.html'))).map((page) => {
    const weight = measurePage(OUT_DIR, page, site.basePath)
    const aboveEmpty = weight.jsGzip - empty.jsGzip
    return `| \`${page}\` | ${kb(weight.htmlGzip)} | ${kb(weight.cssGzip)} | ${kb(weight.jsGzip)} (${weight.jsFiles}) | ${aboveEmpty >= 0 ? '+' : ''}${kb(aboveEmpty)} | ${kb(weight.fontBytes)} (${weight.fontFiles}) |`
  })
  const report = [
    '# First visit, gzip -6',
    '',
    `Empty Next.js ${empty.nextVersion} page: JavaScript ${kb(empty.jsGzip)}.`,
    '',
    '| page | HTML | CSS | JS (files) | JS against empty Next | fonts, woff2 (files) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n')
  mkdirSync(path.dirname(REPORT), { recursive: true })
  writeFileSync(REPORT, report)
  console.log(report)
}

main()

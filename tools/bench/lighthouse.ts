// npm run lighthouse [-- --dir out --port 4180 --desktop --post /kubecon-1/ --reports .bench/lighthouse]: Lighthouse 12 on
// the home page and a post page of an exported site served on loopback, external hosts slow and
// failing (tools/bench/lighthouse-run.ts). Prints the median of five runs: the four category
// scores with LCP, TBT and CLS. Build first (npm run build).
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SEARCH_INDEX_PATH } from '../../lib/search/index-file'
import { site } from '../../lib/config'
import { runLighthouse, type LighthouseResult } from './lighthouse-run'
import { serveOut } from '../serve-out'

/** The KubeCon part 1 post when the site has it, else the newest post in the search index. */
export function pickPostPage(outDir: string): string {
  if (existsSync(path.join(outDir, 'kubecon-1', 'index.html'))) return '/kubecon-1/'
  const index = JSON.parse(readFileSync(path.join(outDir, SEARCH_INDEX_PATH), 'utf8')) as {
    documents: { url: string }[]
  }
  const first = index.documents[0]
  if (!first) throw new Error(`${outDir} has no posts`)
  return first.url
}

/** Markdown table rows of Lighthouse results. */
export function lighthouseTable(results: readonly LighthouseResult[]): string[] {
  const rows = results.map((r) => {
    const s = r.scores
    return `| ${decodeURI(new URL(r.url).pathname)} | ${r.formFactor} | ${s.performance} (${r.runs.join(', ')}) | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${Math.round(r.lcpMs)} ms | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} |`
  })
  return [
    '| page | device | performance (each run) | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ]
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'out' },
      port: { type: 'string', default: '4180' },
      desktop: { type: 'boolean', default: false },
      post: { type: 'string' },
      reports: { type: 'string' },
    },
  })
  const outDir = path.resolve(values.dir)
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`${outDir}/index.html is missing: run npm run build first`)
  const server = await serveOut(outDir, Number(values.port), site.basePath)
  try {
    const pages = ['/', values.post ?? pickPostPage(outDir)].map(
      (page) => `${server.origin}${site.basePath}${encodeURI(page)}`,
    )
    const results = await runLighthouse(pages, values.desktop ? 'desktop' : 'mobile', values.reports)
    console.log(lighthouseTable(results).join('\n'))
    for (const r of results)
      if (r.failing.length > 0) console.log(`\n${decodeURI(new URL(r.url).pathname)}: ${r.failing.join(', ')}`)
  } finally {
    server.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`✗ lighthouse: ${(error as Error).message}`)
    process.exitCode = 1
  })
}

// npm run bench -- --posts 100,1000,5000 [--no-lighthouse] [--scale-only] [--keep]
// Generates N realistic posts (scripts/bench/generate-posts.ts) in a temporary folder, builds the
// full site with the real scripts/build.ts, and prints one row per N: wall and CPU time per stage,
// pages per second, peak memory of the process tree, out/ size and files, a post page's gzip
// weight and the search index. Then the real blog (KubeCon part 1, Lighthouse) and an empty
// Next.js page (the framework's floor), and every budget of issue 8 as PASS or FAIL.
// Writes the same report to .bench/report.md. Figures only: the test suite never times anything.
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SEARCH_INDEX_PATH } from '../lib/search/index-file'
import { budgetTable, checkBudgets, type ScaleRun } from './bench/budgets'
import { measureEmptyNextPage } from './bench/empty-next'
import { generateBlog, writeBlog } from './bench/generate-posts'
import { runLighthouse, serveOut, type LighthouseResult } from './bench/lighthouse-run'
import { FILE_KINDS, gzipBytes, measureOut, measurePage, type OutSize, type PageWeight } from './bench/measure-site'
import { runBuild, type BuildRun } from './bench/run-build'
import { lighthouseTable } from './lighthouse'

/** Every generated post is dated before this, so all of them are published. */
const BUILD_NOW = '2026-01-01T00:00:00+09:00'
const KB = 1024
const s = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1))
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(bytes < 10 * KB * KB ? 1 : 0)} MB`

interface ScaleResult extends ScaleRun {
  build: BuildRun
  out: OutSize
  postPath: string
  post: PageWeight
  searchIndex: { bytes: number; gzip: number }
}

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  const load = loadavg().map((n) => n.toFixed(1)).join(' ')
  const next = (JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version
  return `${cpus().length} × ${cpu}, ${mb(totalmem())} RAM (${mb(freemem())} free), load average ${load}; Node ${process.version}, Next.js ${next}`
}

async function measureScale(posts: number, keep: boolean): Promise<ScaleResult> {
  const workDir = mkdtempSync(path.join(tmpdir(), `blog-bench-${posts}-`))
  const blog = generateBlog(posts)
  const contentDir = path.join(workDir, 'content')
  const publicDir = path.join(workDir, 'public')
  writeBlog(blog, contentDir, publicDir)
  log(`▶ ${posts}편: 생성 완료 (${workDir}), 빌드 중…`)
  const build = await runBuild({ workDir, env: { CONTENT_DIR: contentDir, PUBLIC_DIR: publicDir, BUILD_NOW } })
  const outDir = path.join(workDir, 'out')
  const builtPosts = blog.posts.filter((post) => existsSync(path.join(outDir, post.slug, 'index.html'))).length
  // The post of median length stands for "a post page".
  const median = [...blog.posts].sort((a, b) => a.bodyChars - b.bodyChars)[Math.floor(blog.posts.length / 2)]
  if (!median) throw new Error('no posts generated')
  const postPath = `/${median.slug}/`
  const index = readFileSync(path.join(outDir, SEARCH_INDEX_PATH))
  const out = measureOut(outDir)
  const result: ScaleResult = {
    posts,
    builtPosts,
    wallMs: build.wallMs,
    treeBytes: build.memory.treeBytes,
    outBytes: out.bytes,
    build,
    out,
    postPath,
    post: measurePage(outDir, postPath),
    searchIndex: { bytes: index.length, gzip: gzipBytes(index) },
  }
  log(`✓ ${posts}편: ${s(build.wallMs)} s, out/ ${mb(out.bytes)}`)
  if (!keep) rmSync(workDir, { recursive: true, force: true })
  return result
}

function scaleTable(results: readonly ScaleResult[]): string[] {
  const stageNames = [...new Set(results.flatMap((r) => r.build.stages.map((stage) => stage.name)))]
  const header = ['posts', 'wall s', 'CPU s', ...stageNames.map((name) => `${name} s (wall / CPU)`), 'pages', 'pages/s', 'peak memory: tree (largest process)', 'out/', 'files', 'out/ per post', 'post HTML gz', 'post CSS gz', 'post JS gz', 'search index (gz)']
  const rows = results.map((r) => {
    const stages = stageNames.map((name) => {
      const stage = r.build.stages.find((st) => st.name === name)
      return stage ? `${s(stage.wallMs)} / ${s(stage.cpuMs)}` : '–'
    })
    const m = r.build.memory
    return [r.posts, s(r.wallMs), s(r.build.cpuMs), ...stages, r.out.pages, (r.out.pages / (r.wallMs / 1000)).toFixed(1), `${mb(m.treeBytes)} (${mb(m.processBytes)}: ${m.processName})`, mb(r.outBytes), r.out.files, kb(r.outBytes / r.posts), kb(r.post.htmlGzip), kb(r.post.cssGzip), kb(r.post.jsGzip), `${mb(r.searchIndex.bytes)} (${mb(r.searchIndex.gzip)})`]
  })
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)]
}

function growthLines(results: readonly ScaleResult[]): string[] {
  return results.slice(1).map((r, i) => {
    const before = results[i] as ScaleResult
    const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`
    return `- ${before.posts} → ${r.posts}편 (${ratio(r.posts, before.posts)}): 시간 ${ratio(r.wallMs, before.wallMs)}, CPU ${r.build.cpuMs && before.build.cpuMs ? ratio(r.build.cpuMs, before.build.cpuMs) : '–'}, out/ ${ratio(r.outBytes, before.outBytes)}, 최대 메모리 ${ratio(r.treeBytes, before.treeBytes)}`
  })
}

function breakdownTable(results: readonly ScaleResult[]): string[] {
  const header = ['posts', ...FILE_KINDS]
  const rows = results.map((r) => [r.posts, ...FILE_KINDS.map((kind) => kb(r.out.byKind[kind] / r.posts))])
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)]
}

interface RealSite {
  home: PageWeight
  post: PageWeight
  build: BuildRun
  lighthouse: LighthouseResult[]
}

async function measureRealSite(withLighthouse: boolean, keep: boolean): Promise<RealSite> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'blog-bench-real-'))
  log('▶ 실제 글(content/) 빌드 중…')
  const build = await runBuild({ workDir, env: {} })
  const outDir = path.join(workDir, 'out')
  let lighthouse: LighthouseResult[] = []
  if (withLighthouse) {
    log('▶ Lighthouse…')
    const server = await serveOut(outDir, Number(process.env.BENCH_PORT ?? 7231))
    try {
      lighthouse = await runLighthouse([`${server.origin}/`, `${server.origin}/kubecon-1/`])
    } finally {
      server.stop()
    }
  }
  const result = { home: measurePage(outDir, '/'), post: measurePage(outDir, '/kubecon-1/'), build, lighthouse }
  if (!keep) rmSync(workDir, { recursive: true, force: true })
  return result
}

function weightRow(label: string, page: PageWeight): string {
  return `| ${label} | ${kb(page.htmlGzip)} | ${kb(page.inlineScriptBytes)} | ${kb(page.cssGzip)} | ${kb(page.jsGzip)} | ${page.jsFiles} |`
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '100' },
      'no-lighthouse': { type: 'boolean', default: false },
      // Only the generated builds: skips the real blog, Lighthouse and the empty Next.js page.
      'scale-only': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  })
  const counts = values.posts.split(',').map((n) => Number(n.trim()))
  if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--posts takes whole numbers separated by commas, not "${values.posts}"`)
  const machineBefore = machine()
  const scale: ScaleResult[] = []
  for (const posts of counts) scale.push(await measureScale(posts, values.keep))
  if (values['scale-only']) {
    const report = [`기계: ${machineBefore}`, '', ...scaleTable(scale), '', ...growthLines(scale), '', ...breakdownTable(scale), '', ...budgetTable(checkBudgets({ runs: scale }))]
    console.log(report.join('\n'))
    return
  }
  const real = await measureRealSite(!values['no-lighthouse'], values.keep)
  log('▶ 빈 Next.js 페이지 빌드 중…')
  const empty = measureEmptyNextPage()
  const largest = scale[scale.length - 1] as ScaleResult

  const report = [
    `# npm run bench -- --posts ${values.posts}`,
    '',
    `기계: ${machineBefore}`,
    '',
    ...scaleTable(scale),
    '',
    ...growthLines(scale),
    '',
    '글 하나당 out/ (파일 종류별):',
    '',
    ...breakdownTable(scale),
    '',
    `첫 방문에 받는 것 (gzip -6; JS는 \`<script src>\`와 script preload, nomodule 제외): 생성한 글은 본문 길이가 중간인 글 ${decodeURI(largest.postPath)}`,
    '',
    '| page | HTML gz | inline scripts (raw) | CSS gz | JS gz | JS files |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    weightRow(`빈 Next.js ${empty.nextVersion} 페이지`, empty),
    weightRow('실제 블로그 /', real.home),
    weightRow('실제 블로그 /kubecon-1/', real.post),
    weightRow(`생성 ${largest.posts}편 ${decodeURI(largest.postPath)}`, largest.post),
    '',
    ...(real.lighthouse.length > 0 ? ['Lighthouse 12.2.3 (실제 블로그, 외부 호스트 차단):', '', ...lighthouseTable(real.lighthouse), ''] : []),
    '예산:',
    '',
    ...budgetTable(
      checkBudgets({
        runs: scale,
        postJsGzip: Math.max(largest.post.jsGzip, real.post.jsGzip),
        emptyPageJsGzip: empty.jsGzip,
        postCssGzip: Math.max(largest.post.cssGzip, real.post.cssGzip),
        kubeconHtmlGzip: real.post.htmlGzip,
        lighthouse: real.lighthouse,
      }),
    ),
    '',
    `끝난 뒤 ${machine()}`,
  ].join('\n')
  console.log(report)
  mkdirSync('.bench', { recursive: true })
  writeFileSync('.bench/report.md', `${report}\n`)
  for (const lh of real.lighthouse) if (lh.failing.length > 0) log(`Lighthouse ${decodeURI(new URL(lh.url).pathname)}: ${lh.failing.join(', ')}`)
}

main().catch((error: unknown) => {
  console.error(`✗ bench: ${(error as Error).message}`)
  process.exitCode = 1
})

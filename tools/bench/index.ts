// npm run bench -- --posts 100,1000,5000 [--incremental 1000] [--no-incremental] [--no-lighthouse] [--scale-only] [--keep]
// Generates N realistic posts (tools/bench/generate-posts.ts) in a temporary folder, builds the
// full site with the real pipeline/index.ts, and prints one row per N: wall and CPU time per stage,
// pages per second, peak memory of the process tree, out/ size and files, a post page's gzip
// weight and the search index; for one N also a rebuild after one edited post and the time
// `npm run dev` takes to show an edit. Then the real blog (KubeCon part 1, Lighthouse) and an empty
// Next.js page (the framework's floor), and every budget of issue 8 as PASS or FAIL.
// Writes the same report to .bench/report.md. Figures only: the test suite never times anything.
import { tmpdir } from 'node:os'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SEARCH_INDEX_PATH } from '../../lib/search/index-file'
import { budgetTable, checkBudgets, type BudgetInput } from './budgets'
import { measureEmptyNextPage } from './empty-next'
import { corpusShape, generateBlog, writeBlog, type GeneratedBlog } from './generate-posts'
import { measureDevEdit, measureRebuild } from './incremental'
import { runLighthouse, type LighthouseResult } from './lighthouse-run'
import { serveOut } from '../serve-out'
import { gzipBytes, measureOut, measurePage } from './measure-site'
import {
  breakdownTable,
  growthLines,
  incrementalLines,
  machine,
  mb,
  s,
  scaleTable,
  shapeLines,
  weightRow,
  type RealSite,
  type ScaleResult,
} from './report'
import { runBuild } from './run-build'
import { lighthouseTable } from './lighthouse'

/** Every generated post is dated before this, so all of them are published. */
const BUILD_NOW = '2026-01-01T00:00:00+09:00'

function log(message: string): void {
  process.stderr.write(`${message}\n`)
}

/** The post of median length stands for "a post page". */
function medianPost(blog: GeneratedBlog) {
  const median = [...blog.posts].sort((a, b) => a.bodyChars - b.bodyChars)[Math.floor(blog.posts.length / 2)]
  if (!median) throw new Error('no posts generated')
  return median
}

async function measureScale(posts: number, keep: boolean, incremental: boolean): Promise<ScaleResult> {
  const workDir = mkdtempSync(path.join(tmpdir(), `blog-bench-${posts}-`))
  const blog = generateBlog(posts)
  const contentDir = path.join(workDir, 'content')
  const publicDir = path.join(workDir, 'public')
  writeBlog(blog, contentDir, publicDir)
  log(`▶ ${posts}편: 생성 완료 (${workDir}), 빌드 중…`)
  const env = { CONTENT_DIR: contentDir, EXTRA_PUBLIC_DIR: publicDir, BUILD_NOW }
  const build = await runBuild({ workDir, env })
  const outDir = path.join(workDir, 'out')
  const builtPosts = blog.posts.filter((post) => existsSync(path.join(outDir, post.slug, 'index.html'))).length
  const median = medianPost(blog)
  const postPath = `/${median.slug}/`
  const index = readFileSync(path.join(outDir, SEARCH_INDEX_PATH))
  const out = measureOut(outDir)
  const result: ScaleResult = {
    posts,
    shape: corpusShape([...blog.content].filter(([file]) => file.startsWith('posts/')).map(([, text]) => text)),
    builtPosts,
    wallMs: build.wallMs,
    treeBytes: build.memory.treeBytes,
    outBytes: out.bytes,
    stages: build.stages,
    outByKind: out.byKind,
    memoryAtPeak: build.memory.atTreePeak,
    build,
    out,
    postPath,
    post: measurePage(outDir, postPath),
    searchIndex: { bytes: index.length, gzip: gzipBytes(index) },
  }
  log(`✓ ${posts}편: ${s(build.wallMs)} s, out/ ${mb(out.bytes)}`)
  if (incremental) {
    log(`▶ ${posts}편: 글 하나를 고치고 다시 빌드…`)
    const rebuild = await measureRebuild(workDir, path.join(contentDir, median.file), env)
    log(`▶ ${posts}편: npm run dev에서 글 고치기…`)
    const dev = await measureDevEdit(
      contentDir,
      path.join(contentDir, median.file),
      postPath,
      Number(process.env.BENCH_DEV_PORT ?? 7232),
    )
    result.incremental = { posts, rebuild, dev }
  }
  if (!keep) rmSync(workDir, { recursive: true, force: true })
  return result
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

/** The rebuild after one edited post, with the size of the blog it was measured on. */
function rebuildOf(scale: readonly ScaleResult[]): BudgetInput['rebuild'] {
  const run = scale.find((r) => r.incremental)
  const rebuild = run?.incremental?.rebuild
  return run && rebuild ? { posts: run.posts, wallMs: rebuild.wallMs, stages: rebuild.stages } : undefined
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      posts: { type: 'string', default: '100' },
      'no-lighthouse': { type: 'boolean', default: false },
      // Only the generated builds: skips the real blog, Lighthouse and the empty Next.js page.
      'scale-only': { type: 'boolean', default: false },
      // Which N also measures a rebuild after one edit and `npm run dev` (default: the first).
      incremental: { type: 'string' },
      'no-incremental': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  })
  const mode = 'Next 런타임은 클라이언트 컴포넌트가 있는 페이지에만 (pipeline/stages/page-runtime.ts)'
  const counts = values.posts.split(',').map((n) => Number(n.trim()))
  if (counts.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--posts takes whole numbers separated by commas, not "${values.posts}"`)
  const machineBefore = machine()
  const scale: ScaleResult[] = []
  const incrementalAt = values['no-incremental'] ? -1 : Number(values.incremental ?? counts[0])
  for (const posts of counts) scale.push(await measureScale(posts, values.keep, posts === incrementalAt))
  if (values['scale-only']) {
    const report = [
      `기계: ${machineBefore}`,
      `빌드: ${mode}`,
      '',
      ...shapeLines(scale),
      '',
      ...scaleTable(scale),
      '',
      ...growthLines(scale),
      '',
      ...breakdownTable(scale),
      '',
      ...incrementalLines(scale),
      '',
      ...budgetTable(
        checkBudgets({
          runs: scale,
          devEditMs: scale.find((r) => r.incremental)?.incremental?.dev.editMs,
          rebuild: rebuildOf(scale),
        }),
      ),
    ]
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
    `빌드: ${mode}`,
    '',
    ...shapeLines(scale),
    '',
    ...scaleTable(scale),
    '',
    ...growthLines(scale),
    '',
    '글 하나당 out/ (파일 종류별):',
    '',
    ...breakdownTable(scale),
    '',
    ...incrementalLines(scale),
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
    ...(real.lighthouse.length > 0
      ? [
          'Lighthouse 12.2.3 (실제 블로그, 다섯 번 잰 중앙값, 외부 호스트는 3초 뒤 실패):',
          '',
          ...lighthouseTable(real.lighthouse),
          '',
        ]
      : []),
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
        devEditMs: scale.find((r) => r.incremental)?.incremental?.dev.editMs,
        rebuild: rebuildOf(scale),
      }),
    ),
    '',
    `끝난 뒤 ${machine()}`,
  ].join('\n')
  console.log(report)
  mkdirSync('.bench', { recursive: true })
  writeFileSync('.bench/report.md', `${report}\n`)
  for (const lh of real.lighthouse)
    if (lh.failing.length > 0) log(`Lighthouse ${decodeURI(new URL(lh.url).pathname)}: ${lh.failing.join(', ')}`)
}

main().catch((error: unknown) => {
  console.error(`✗ bench: ${(error as Error).message}`)
  process.exitCode = 1
})

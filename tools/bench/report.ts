// Tables and lines of the `npm run bench` report (Markdown, Korean labels).
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { readFileSync } from 'node:fs'
import type { ScaleRun } from './budgets'
import type { CorpusShape } from './generate-posts'
import type { DevEdit } from './incremental'
import type { LighthouseResult } from './lighthouse-run'
import { FILE_KINDS, type OutSize, type PageWeight } from './measure-site'
import type { BuildRun } from './run-build'

const KB = 1024
export const s = (ms: number | null) => (ms === null ? '–' : (ms / 1000).toFixed(1))
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
export const mb = (bytes: number) => `${(bytes / KB / KB).toFixed(bytes < 10 * KB * KB ? 1 : 0)} MB`

export interface Incremental {
  posts: number
  rebuild: BuildRun
  dev: DevEdit
}

export interface ScaleResult extends ScaleRun {
  shape: CorpusShape
  build: BuildRun
  incremental?: Incremental
  out: OutSize
  postPath: string
  post: PageWeight
  searchIndex: { bytes: number; gzip: number }
}

export interface RealSite {
  home: PageWeight
  post: PageWeight
  build: BuildRun
  lighthouse: LighthouseResult[]
}

/** The machine and its load right now, for the report's first and last lines. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  const load = loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')
  const next = (JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version
  return `${cpus().length} × ${cpu}, ${mb(totalmem())} RAM (${mb(freemem())} free), load average ${load}; Node ${process.version}, Next.js ${next}`
}

export function scaleTable(results: readonly ScaleResult[]): string[] {
  const stageNames = [...new Set(results.flatMap((r) => r.build.stages.map((stage) => stage.name)))]
  const header = [
    'posts',
    'wall s',
    'CPU s',
    ...stageNames.map((name) => `${name} s (wall / CPU)`),
    'pages',
    'pages/s',
    'peak memory: tree (largest processes then)',
    'out/',
    'files',
    'out/ per post',
    'post HTML gz',
    'post CSS gz',
    'post JS gz',
    'search index (gz)',
  ]
  const rows = results.map((r) => {
    const stages = stageNames.map((name) => {
      const stage = r.build.stages.find((st) => st.name === name)
      return stage ? `${s(stage.wallMs)} / ${s(stage.cpuMs)}` : '–'
    })
    const m = r.build.memory
    return [
      r.posts,
      s(r.wallMs),
      s(r.build.cpuMs),
      ...stages,
      r.out.pages,
      (r.out.pages / (r.wallMs / 1000)).toFixed(1),
      `${mb(m.treeBytes)} (${m.atTreePeak} …)`,
      mb(r.outBytes),
      r.out.files,
      kb(r.outBytes / r.posts),
      kb(r.post.htmlGzip),
      kb(r.post.cssGzip),
      kb(r.post.jsGzip),
      `${mb(r.searchIndex.bytes)} (${mb(r.searchIndex.gzip)})`,
    ]
  })
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ]
}

export function growthLines(results: readonly ScaleResult[]): string[] {
  return results.slice(1).map((r, i) => {
    const before = results[i] as ScaleResult
    const ratio = (a: number, b: number) => `×${(a / b).toFixed(2)}`
    return `- ${before.posts} → ${r.posts}편 (${ratio(r.posts, before.posts)}): 시간 ${ratio(r.wallMs, before.wallMs)}, CPU ${r.build.cpuMs && before.build.cpuMs ? ratio(r.build.cpuMs, before.build.cpuMs) : '–'}, out/ ${ratio(r.outBytes, before.outBytes)}, 최대 메모리 ${ratio(r.treeBytes, before.treeBytes)}`
  })
}

export function breakdownTable(results: readonly ScaleResult[]): string[] {
  const header = ['posts', ...FILE_KINDS]
  const rows = results.map((r) => [r.posts, ...FILE_KINDS.map((kind) => kb(r.out.byKind[kind] / r.posts))])
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ]
}

export function incrementalLines(results: readonly ScaleResult[]): string[] {
  return results.flatMap((r) => {
    const inc = r.incremental
    if (!inc) return []
    const stages = (run: BuildRun) => run.stages.map((stage) => `${stage.name} ${s(stage.wallMs)}`).join(', ')
    return [
      `다시 빌드 (${inc.posts}편 중 한 편을 고친 뒤, 캐시 유지): ${s(inc.rebuild.wallMs)} s (처음 빌드 ${s(r.wallMs)} s), ${inc.rebuild.mode === 'partial' ? `부분 빌드 (글 ${inc.rebuild.rendered?.length ?? 0}편을 다시 렌더)` : '전체 빌드'}. 단계: ${stages(inc.rebuild)}`,
      `npm run dev: 첫 응답까지 ${s(inc.dev.startMs)} s, 글 파일을 저장하고 열린 페이지에 고친 문단이 보이기까지 ${s(inc.dev.editMs)} s`,
    ]
  })
}

export function weightRow(label: string, page: PageWeight): string {
  return `| ${label} | ${kb(page.htmlGzip)} | ${kb(page.inlineScriptBytes)} | ${kb(page.cssGzip)} | ${kb(page.jsGzip)} | ${page.jsFiles} |`
}

/** The shape of each generated blog, beside what the calibration measured on real blogs. */
export function shapeLines(runs: readonly ScaleResult[]): string[] {
  const f = (n: number) => n.toFixed(1)
  return [
    '글 모양 (글 하나 평균; 실제 한국 기업 기술 블로그 넷은 6,000–13,000자, 코드 4.1–6.2개, 그림 3.9–10.8개, 30블록 넘는 글 58–100%):',
    '',
    '| posts | 글자 | 코드 블록 | 그림 (외부) | 표 | HTML 블록 | 30블록 넘는 글 |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      ({ posts, shape }) =>
        `| ${posts} | ${shape.meanChars.toLocaleString('en-US')} | ${f(shape.codeBlocks)} | ${f(shape.images)} (${f(shape.externalImages)}) | ${f(shape.tables)} | ${f(shape.rawHtmlBlocks)} | ${Math.round(shape.longShare * 100)}% |`,
    ),
  ]
}

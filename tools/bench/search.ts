// npm run bench:search — measures the two search engines of issue 4 on the blog's posts, the
// e2e fixtures and a generated Korean corpus: recall on the Korean cases, index size (raw and
// gzip), files fetched per query and JS shipped. Writes .bench/search/report.md.
// With an up-to-date out/ (npm run build), it also measures the built site as a reader meets it.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSearchIndexFile } from '../../lib/search/build-index'
import { createSearchEngine, indexDocuments } from '../../lib/search/engine'
import { generateKoreanCorpus, loadContentCorpus, type Corpus } from './search-corpora'
import { expectedUrls, score, SEARCH_CASES, type Score } from './search-cases'
import { buildPagefindBundle, launchChromium, queryPagefind, serveDir } from './pagefind-probe'
import { probeBuiltSite } from './site-probe'

const WORK_DIR = path.resolve('.bench/search')
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length
const cell = (s: Score) =>
  s.expected === 0 ? `— (+${s.extra})` : `${s.found}/${s.expected}${s.extra > 0 ? ` (+${s.extra})` : ''}`

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    return statSync(full).isDirectory() ? listFiles(full) : [full]
  })
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

async function measure(corpus: Corpus, slot: string, lines: string[]): Promise<void> {
  const file = buildSearchIndexFile(corpus.posts)
  const json = JSON.stringify(file)
  const prebuilt = JSON.stringify({ index: indexDocuments(file.documents), documents: file.documents })
  // Median of three, after a warm-up, so JIT start-up does not count.
  let engine = createSearchEngine(file)
  const runs = [0, 1, 2].map(() => {
    const started = performance.now()
    engine = createSearchEngine(file)
    return performance.now() - started
  })
  const indexingMs = runs.sort((a, b) => a - b)[1] ?? 0

  const bundleDir = path.join(WORK_DIR, slot)
  await buildPagefindBundle(file.documents, bundleDir)
  const pagefindFiles = listFiles(path.join(bundleDir, 'pagefind'))
  const pagefindBytes = pagefindFiles.reduce((sum, f) => sum + statSync(f).size, 0)
  const pagefindIndexFiles = pagefindFiles.filter((f) => /pf_(index|fragment|meta)/.test(f) || f.endsWith('.pf_meta'))
  const pagefindIndexBytes = pagefindIndexFiles.reduce((sum, f) => sum + statSync(f).size, 0)

  const server = await serveDir(bundleDir, 4198)
  const browser = await launchChromium()
  const pagefindResults = await queryPagefind(
    browser,
    server.origin,
    SEARCH_CASES.map((c) => c.query),
  )
  await browser.close()
  server.stop()

  const textChars = file.documents.reduce((sum, d) => sum + d.text.length, 0)
  lines.push(`### ${corpus.name}: 글 ${corpus.posts.length}편, 본문 ${textChars.toLocaleString('en-US')}자`, '')
  lines.push(
    '| | 우리 색인 (문서 JSON) | 참고: MiniSearch 색인을 미리 직렬화 | Pagefind |',
    '| --- | --- | --- | --- |',
  )
  lines.push(
    `| 색인 크기 (원본 / gzip) | ${kb(Buffer.byteLength(json))} / ${kb(gzipBytes(json))} | ${kb(Buffer.byteLength(prebuilt))} / ${kb(gzipBytes(prebuilt))} | 전체 ${pagefindFiles.length}개 파일 ${kb(pagefindBytes)} (색인·조각 ${pagefindIndexFiles.length}개 ${kb(pagefindIndexBytes)}, 이미 압축됨) |`,
  )
  lines.push(`| 브라우저에서 색인 만들기 | ${indexingMs.toFixed(0)} ms (Node에서 잰 값) | 불러오기만 | 필요 없음 |`, '')
  lines.push(
    '| 경우 | 검색어 | 우리 엔진 | Pagefind | Pagefind가 그 검색에 받은 파일 |',
    '| --- | --- | --- | --- | --- |',
  )
  SEARCH_CASES.forEach((searchCase, i) => {
    const expected = expectedUrls(file.documents, searchCase)
    const ours = engine.search(searchCase.query).map((hit) => hit.url)
    const theirs = pagefindResults[i]!
    const pf = theirs.urls.map(safeDecode)
    lines.push(
      `| ${searchCase.label} | \`${searchCase.query}\` | ${cell(score(expected, ours))} | ${cell(score(expected, pf))} | ${theirs.files}개, ${kb(theirs.bytes)} |`,
    )
  })
  lines.push(
    '',
    '칸의 뜻: 찾은 글/찾아야 할 글, (+n)은 더 찾은 글. Pagefind의 파일 수는 첫 결과 10개의 조각까지이고, 첫 검색은 pagefind.js, WASM, 진입 파일도 받습니다. 우리 엔진은 색인 파일 하나를 한 번 받은 뒤로는 더 받지 않습니다.',
    '',
  )
}

async function main(): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true })
  const lines = ['# 검색 엔진 측정', '', `측정: ${new Date().toISOString()} (Node ${process.version})`, '']
  const corpora = [
    loadContentCorpus('블로그 글 (content/)', 'content'),
    loadContentCorpus('e2e 픽스처 (e2e/fixtures/content)', 'e2e/fixtures/content'),
    generateKoreanCorpus(Number(process.env.BENCH_POSTS ?? 300), Number(process.env.BENCH_CHARS ?? 4000)),
  ]
  for (const [i, corpus] of corpora.entries()) await measure(corpus, `corpus-${i}`, lines)
  lines.push(...(await probeBuiltSite(path.resolve(process.env.OUT_DIR ?? 'out'))))
  const report = lines.join('\n')
  writeFileSync(path.join(WORK_DIR, 'report.md'), `${report}\n`)
  console.log(report)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})

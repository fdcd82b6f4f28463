// npm run check:reproducible: builds the site twice from the same commit, once as a machine in
// UTC with the C locale and once as one in Asia/Seoul with the Korean locale, each into its own
// folder, and compares the two trees byte for byte. Exits 1 and lists the differing files, with
// where they first differ, when the output depends on the machine. CONTENT_DIR chooses the content.
//
// `--script <npm script>` builds with that script instead (it must honour OUT_DIR), and
// `--keep-first <dir>` keeps the first build there: `npm test` (npm run test:reproducible) checks the
// fixture site this way and uses the first build as the fixture site of the browser tests, so the
// check costs one build, not two.
//
// `--edit <post file>` also checks partial builds (pipeline/incremental/partial-export.ts): the first build is of
// the content with a section added to that post, then the unedited content is built over it with
// the first build's caches, which must render that one post again and take everything else from
// the first build; that result is what is compared with the second machine's full build. Any page
// that shows more of another post than its card (pipeline/incremental/partial-export.ts) differs, and fails here.
//
// Both builds get the same BUILD_NOW: which posts are published depends on the clock on purpose
// (scheduled posts appear when a later build runs), so "the same commit" means the same clock too.
//
// Each build starts with empty caches of its own (rendered Markdown, social cards, diagrams, and
// Contentlayer's documents): were the second build to reuse what the first one stored, a render
// that depends on the zone or the locale would be copied rather than redone, and the check would
// pass without checking.
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { compareSync } from 'dir-compare'
import { dropContentlayerDocuments } from '../pipeline/incremental/contentlayer-cache'
import { tsxCommand } from '../pipeline/processes/commands'
import { derivePostSlug } from '../lib/schema/slug'
import { parseFrontMatter } from '../lib/schema/front-matter'
import { readContentSources } from '../lib/schema/content-sources'

const MACHINES = [
  { name: 'TZ=UTC, LC_ALL=C.UTF-8', env: { TZ: 'UTC', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } },
  { name: 'TZ=Asia/Seoul, LC_ALL=ko_KR.UTF-8', env: { TZ: 'Asia/Seoul', LC_ALL: 'ko_KR.UTF-8', LANG: 'ko_KR.UTF-8' } },
]
const MAX_LISTED = 20

const { values: options } = parseArgs({
  options: { script: { type: 'string' }, 'keep-first': { type: 'string' }, edit: { type: 'string' } },
})
const buildNow = process.env.BUILD_NOW ?? new Date().toISOString()
const contentDir = process.env.CONTENT_DIR ?? 'content'
const keptDir = options['keep-first'] ? path.resolve(options['keep-first']) : null
const outDirs = MACHINES.map((_, i) => (i === 0 && keptDir ? keptDir : path.resolve('.e2e', `reproducible-${i + 1}`)))
const [command, ...commandArgs] = options.script
  ? ['npm', 'run', '--silent', options.script]
  : tsxCommand('pipeline/index.ts').flat()

/** Fresh cache folders for one build, removed with `remove`. */
function freshCaches(): { env: Record<string, string>; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'blog-reproducible-'))
  return {
    env: {
      RENDER_CACHE_DIR: path.join(root, 'render'),
      SOCIAL_IMAGE_CACHE_DIR: path.join(root, 'og'),
      DIAGRAM_CACHE_DIR: path.join(root, 'diagrams'),
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}

interface BuildRun {
  label: string
  caches: ReturnType<typeof freshCaches>
  env?: Record<string, string>
}

/** One build; returns what it wrote to BUILD_TIMINGS (whether it was partial, what it rendered). */
function build(
  machine: (typeof MACHINES)[number],
  outDir: string,
  run: BuildRun,
): { mode: string; rendered?: string[] } {
  console.log(`\n▶ 빌드 (${machine.name}${run.label}) → ${path.relative(process.cwd(), outDir)}/`)
  const timings = path.join(mkdtempSync(path.join(tmpdir(), 'blog-timings-')), 'timings.json')
  const result = spawnSync(command as string, commandArgs, {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      ...machine.env,
      ...run.caches.env,
      BUILD_NOW: buildNow,
      OUT_DIR: outDir,
      BUILD_TIMINGS: timings,
      ...run.env,
    },
  })
  // The build's own log only matters when it fails; two full logs would bury the verdict.
  if (result.status !== 0) {
    console.error(result.stdout)
    throw new Error(`the build under ${machine.name}${run.label} failed (exit ${result.status ?? result.signal})`)
  }
  const about = JSON.parse(readFileSync(timings, 'utf8')) as { mode: string; rendered?: string[] }
  rmSync(path.dirname(timings), { recursive: true, force: true })
  return about
}

/** Both machines' full builds, each with caches of its own. */
function buildTwice(): void {
  MACHINES.forEach((machine, i) => {
    const caches = freshCaches()
    dropContentlayerDocuments()
    try {
      build(machine, outDirs[i] ?? '', { label: '', caches, env: { FULL_BUILD: '1' } })
    } finally {
      caches.remove()
    }
  })
}

/** A copy of the content folder with a section added at the end of one post (only characters the site already uses). */
function editedContent(post: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'blog-edited-'))
  cpSync(contentDir, dir, { recursive: true })
  appendFileSync(path.join(dir, post), '\n\n## Partial build check\n\nThis section is only in the first build.\n')
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The slugs of the posts whose `translation_of` names the post at `slug` (docs/editions.md). */
function translationSlugsOf(slug: string): string[] {
  return readContentSources().posts.flatMap((file) => {
    const parsed = parseFrontMatter(file.text)
    if (!parsed.ok) return []
    const { translation_of: original, slug: own } = parsed.value.data
    if (typeof original !== 'string' || original.split('/').filter(Boolean).at(-1) !== slug) return []
    return [derivePostSlug(path.basename(file.path), typeof own === 'string' ? own : undefined)]
  })
}

/**
 * The first machine builds the edited content fully, then the original content partially over it
 * with the same caches (the partial build must render exactly the edited post); the second machine
 * builds the original content fully.
 */
function buildPartially(post: string): void {
  const [first, second] = MACHINES as [(typeof MACHINES)[number], (typeof MACHINES)[number]]
  const caches = freshCaches()
  const edited = editedContent(post)
  try {
    dropContentlayerDocuments()
    build(first, outDirs[0] ?? '', {
      label: `, ${post}을 고친 콘텐츠`,
      caches,
      env: { CONTENT_DIR: edited.dir, FULL_BUILD: '1' },
    })
    const again = build(first, outDirs[0] ?? '', { label: ', 원래 콘텐츠를 부분 빌드', caches })
    const expected = derivePostSlug(path.basename(post), undefined)
    // Its translations come with it (a translation's page says when its original changed), each
    // named after its edition's folder (`en/aws-cost-ec2`).
    const translations = translationSlugsOf(expected)
    const rendered = again.rendered ?? []
    const exact =
      rendered.includes(expected) &&
      rendered.length === 1 + translations.length &&
      rendered.every((key) => key === expected || translations.includes(key.split('/').at(-1) ?? ''))
    if (again.mode !== 'partial' || !exact)
      throw new Error(
        `고친 글 하나(${expected})와 그 번역(${translations.join(', ') || '없음'})만 다시 렌더하는 부분 빌드여야 하는데 ${JSON.stringify(again)}였습니다`,
      )
  } finally {
    caches.remove()
    edited.remove()
  }
  const caches2 = freshCaches()
  try {
    dropContentlayerDocuments()
    build(second, outDirs[1] ?? '', { label: '', caches: caches2, env: { FULL_BUILD: '1' } })
  } finally {
    caches2.remove()
  }
}

/** Where two files first differ, with a little of each side, for the report. */
function firstDifference(fileA: string, fileB: string): string {
  const a = readFileSync(fileA)
  const b = readFileSync(fileB)
  let at = 0
  while (at < a.length && at < b.length && a[at] === b[at]) at += 1
  const excerpt = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, at - 30), at + 50).toString('utf8'))
  return `byte ${at} (sizes ${a.length} / ${b.length})\n      1: ${excerpt(a)}\n      2: ${excerpt(b)}`
}

function compare(): string[] {
  const [dirA = '', dirB = ''] = outDirs
  const result = compareSync(dirA, dirB, { compareContent: true })
  const lines: string[] = []
  for (const entry of result.diffSet ?? []) {
    if (entry.state === 'equal') continue
    const name = path.join(entry.relativePath, entry.name1 ?? entry.name2 ?? '').replace(/^\//, '')
    if (entry.state === 'left') lines.push(`  only in build 1: ${name}`)
    else if (entry.state === 'right') lines.push(`  only in build 2: ${name}`)
    else lines.push(`  differs: ${name}\n    at ${firstDifference(path.join(dirA, name), path.join(dirB, name))}`)
  }
  return lines
}

function main(): number {
  console.log(`콘텐츠: ${contentDir}, BUILD_NOW=${buildNow}`)
  if (options.edit) buildPartially(options.edit)
  else buildTwice()
  const differences = compare()
  if (differences.length === 0) {
    console.log(`\n✓ 두 빌드의 결과가 바이트 단위로 같습니다 (${MACHINES.map((m) => m.name).join(' / ')}).`)
    return 0
  }
  console.error(`\n✗ 두 빌드의 결과가 다릅니다: ${differences.length}개 파일`)
  for (const line of differences.slice(0, MAX_LISTED)) console.error(line)
  if (differences.length > MAX_LISTED) console.error(`  ... 외 ${differences.length - MAX_LISTED}개`)
  return 1
}

try {
  process.exitCode = main()
} catch (error) {
  console.error(`\n✗ ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  for (const dir of outDirs) if (dir !== keptDir) rmSync(dir, { recursive: true, force: true })
}

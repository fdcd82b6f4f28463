// Build stage "Social cards" (pipeline/stages.ts): one 1200×630 PNG per published post at
// <export>/og/<slug>.png. Cards are drawn after Next's export by a worker process per core and cached
// in .cache/og/ (SOCIAL_IMAGE_CACHE_DIR) under a hash of what is drawn and of the renderer, so a
// rebuild only draws the cards whose title, date or design changed.
import { fork } from 'node:child_process'
import { createHash } from 'node:crypto'
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { getPublishedPosts, type Post } from '../../lib/content'
import { formatPostDate } from '../../lib/site/format'
import { socialCardKey } from '../../lib/site/og/cache-key'
import { site } from '../../lib/config'
import { SITE_CARD_SLUG, socialImageFile } from '../../lib/site/social-image'
import type { CardJob } from './social-images-worker'

const RENDERER_SOURCES = ['lib/site/og', 'lib/site/social-image.ts']
const RENDERER_PACKAGES = ['satori', '@resvg/resvg-js', 'sharp', 'fontkit', 'pretendard']

/** Changes whenever the card's code, its libraries or its font change. */
function rendererFingerprint(): string {
  const hash = createHash('sha256')
  const files = RENDERER_SOURCES.flatMap((source) =>
    source.endsWith('.ts')
      ? [source]
      : readdirSync(source)
          .filter((f) => /(?<!\.test)\.ts$/.test(f))
          .map((f) => path.join(source, f)),
  )
  for (const file of files.sort()) hash.update(file).update(readFileSync(file))
  for (const name of RENDERER_PACKAGES) {
    const { version } = JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as {
      version: string
    }
    hash.update(`${name}@${version}`)
  }
  return hash.digest('hex')
}

function runWorker(jobs: CardJob[], cacheDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // --expose-gc: see releaseNativeMemory in the worker.
    const child = fork(path.resolve('pipeline/stages/social-images-worker.ts'), [], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`a card worker stopped (${code ?? signal})`)),
    )
    child.send({ jobs, cacheDir })
  })
}

/** Where drawn cards are kept, by key. */
export function cardCacheDir(): string {
  return path.resolve(process.env.SOCIAL_IMAGE_CACHE_DIR ?? '.cache/og')
}

/** Every card the site has (one per post, one for the other pages), and those not drawn yet. */
export function planCards(posts: readonly Post[], cacheDir = cardCacheDir()) {
  const fingerprint = rendererFingerprint()
  const cards = posts.map((post) => {
    const input = { title: post.title, siteName: site.name, dateLabel: formatPostDate(post.publishedAt) }
    const key = socialCardKey(input, fingerprint)
    return { key, input, source: post.sourcePath, file: socialImageFile(post.slug) }
  })
  // The card of the pages that are not posts (lib/site/social-image.ts: siteSocialImage).
  const siteInput = { title: site.description, siteName: site.name, dateLabel: site.brand.company }
  cards.push({
    key: socialCardKey(siteInput, fingerprint),
    input: siteInput,
    source: 'lib/config.ts',
    file: socialImageFile(SITE_CARD_SLUG),
  })
  const missing = [
    ...new Map(
      cards.filter((card) => !existsSync(path.join(cacheDir, `${card.key}.png`))).map((card) => [card.key, card]),
    ).values(),
  ]
  return { cards, missing }
}

/** Copies every card from the cache into an export folder; returns how many. */
function copyCards(
  cards: readonly { key: string; file: string }[],
  exportDir: string,
  cacheDir = cardCacheDir(),
): number {
  for (const card of cards) {
    const target = path.join(exportDir, card.file)
    mkdirSync(path.dirname(target), { recursive: true })
    copyFileSync(path.join(cacheDir, `${card.key}.png`), target, constants.COPYFILE_FICLONE)
  }
  return cards.length
}

/** Cards a worker draws at least, before another worker is worth its start (loading the fonts). */
const CARDS_PER_WORKER = 40

/**
 * As a process of its own (`social-images.ts <export folder>`, the build's "Social cards" stage, after
 * `next build`): draws the cards not in the cache, in one worker process per core (each draws a
 * share, one card at a time), then copies every card into the export folder.
 */
async function main(exportDir: string | undefined): Promise<void> {
  if (exportDir === undefined) throw new Error('내보낸 폴더를 인자로 주세요: social-images.ts <폴더>')
  const cacheDir = cardCacheDir()
  mkdirSync(cacheDir, { recursive: true })
  const { cards, missing } = planCards(getPublishedPosts(), cacheDir)
  const jobs = missing.map(({ key, input, source }) => ({ key, input, source }))
  const workers = Math.max(1, Math.min(availableParallelism(), Math.floor(jobs.length / CARDS_PER_WORKER)))
  const shares = Array.from({ length: workers }, (_, worker) => jobs.filter((_, index) => index % workers === worker))
  await Promise.all(shares.filter((share) => share.length > 0).map((share) => runWorker(share, cacheDir)))
  copyCards(cards, exportDir, cacheDir)
  console.log(`소셜 카드 ${cards.length}장 (새로 그림 ${missing.length}장, 나머지는 .cache/og/에서)`)
}

if (import.meta.url === `file://${process.argv[1]}`)
  main(process.argv[2]).catch((error: unknown) => {
    console.error(`✗ 소셜 이미지: ${(error as Error).message}`)
    process.exitCode = 1
  })

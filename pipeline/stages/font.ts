// Build stage, run as its own process beside the content check (pipeline/stages.ts; `npm run dev`
// runs it before starting):
// Pretendard Variable cut down to the characters this blog uses, written where next/font/local
// expects it (.cache/fonts/pretendard-site.woff2, read by components/layout/font.ts). One small file with every weight,
// instead of the 2 MB full font or a page-dependent set of unicode-range pieces. Cached in
// .cache/fonts/ under a hash of the characters and the font, so an unchanged blog costs nothing.
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import subsetFont from 'subset-font'
import { collectGlyphs, SITE_FONT_FILE } from './font-glyphs'

/** Where the templates' own words are (labels, messages, dates), and the site's name and brand. */
const SOURCE_DIRS = ['app', 'components', 'lib']
const SOURCE_FILES = ['site.config.mjs']
const SOURCE_FONT = 'node_modules/pretendard/dist/web/variable/woff2/PretendardVariable.woff2'
/** Regular to bold is all the pages use; narrowing the axis makes the file about a quarter smaller. */
const WEIGHTS = { min: 400, max: 700 }
export const FONT_CACHE_DIR = '.cache/fonts'
const FONT_FILE = SITE_FONT_FILE

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => path.join(dir, file))
    .filter(keep)
    .sort()
}

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version
}

/** The characters the site shows, and the name of their subset in the cache (`hit` when it is there). */
export function planFont(contentDir: string): { glyphs: string; cached: string; hit: boolean } {
  const texts = [
    ...filesUnder(contentDir, (file) => /\.(md|ya?ml)$/.test(file)),
    ...SOURCE_DIRS.flatMap((dir) => filesUnder(dir, (file) => /(?<!\.test)\.tsx?$/.test(file))),
    ...SOURCE_FILES,
  ].map((file) => readFileSync(file, 'utf8'))
  const glyphs = collectGlyphs(texts)
  const key = createHash('sha256')
    .update(glyphs)
    .update(
      `pretendard@${versionOf('pretendard')} subset-font@${versionOf('subset-font')} ${WEIGHTS.min}-${WEIGHTS.max} no-layout-closure`,
    )
    .digest('hex')
    .slice(0, 16)
  const cached = path.join(FONT_CACHE_DIR, `${key}.woff2`)
  return { glyphs, cached, hit: existsSync(cached) }
}

async function main(): Promise<void> {
  const { glyphs, cached, hit } = planFont(process.env.CONTENT_DIR ?? 'content')
  mkdirSync(FONT_CACHE_DIR, { recursive: true })
  if (!hit) {
    const subset = await subsetFont(readFileSync(SOURCE_FONT), glyphs, {
      targetFormat: 'woff2',
      variationAxes: { wght: WEIGHTS },
      // Only the glyphs of the characters themselves, not the alternates OpenType features could
      // swap in: about a sixth smaller, and the pages use no stylistic alternates.
      noLayoutClosure: true,
    })
    writeFileSync(cached, subset)
  }
  copyFileSync(cached, FONT_FILE)
  const size = readFileSync(FONT_FILE).length
  console.log(`글꼴: 글자 ${[...glyphs].length}개, ${(size / 1024).toFixed(1)} KB (${FONT_FILE})`)
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((error: unknown) => {
    console.error(`글꼴을 만들지 못했습니다: ${(error as Error).message}`)
    process.exitCode = 1
  })

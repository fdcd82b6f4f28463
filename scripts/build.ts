// npm run build: check content (while Contentlayer runs) -> the font subset (scripts/build-font.ts)
// -> Next static export into a temporary folder (social cards are drawn meanwhile) -> light pages
// (unless LIGHT_PAGES=0) -> extra public files (EXTRA_PUBLIC_DIR), redirect pages for old URLs, social
// images, a Content-Security-Policy per page -> link check -> swap into out/. A failure at any
// step leaves no out/ at all, so nothing half-written or stale can be deployed.
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { readBuildClock } from '../lib/build-clock'
import { site, siteLocationNotice } from '../lib/site'
import { runContentCheck } from './check-content'
import { reportLinks } from './check-links'
import { applyContentSecurityPolicy } from './csp'
import { applyLightPages } from './light-pages'
import { pruneExport } from './prune-export'
import { StageClock } from './stage-clock'

const outDir = path.resolve(process.env.OUT_DIR ?? 'out')
const stagingDir = path.resolve(`.out-staging-${process.pid}`)
/** Files served as they are next to public/, e.g. the assets of an imported fixture site (never written into public/). */
const extraPublicDir = process.env.EXTRA_PUBLIC_DIR ? path.resolve(process.env.EXTRA_PUBLIC_DIR) : null
// Set once for every step: see main().
const sharedEnv: Record<string, string> = {}
/**
 * Contentlayer and the Markdown pipeline allocate short-lived objects at a great rate: a larger
 * young generation spends less time in garbage collection (about a fifth less CPU at 1,000 posts,
 * for some 150 MB more memory).
 */
const ALLOCATION_HEAVY = '--max-semi-space-size=64'
/** `npm run bench` reads each stage's wall and CPU time from this JSON file. */
const clock = new StageClock()

function envFor(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...sharedEnv, ...env }
}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const result = clock.time(name, () => spawnSync(command, args, { stdio: 'inherit', env: envFor(env) }), 'children')
  if (result.status !== 0) throw new Error(`${name} failed (exit ${result.status ?? result.signal})`)
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
}

/** A step in a child process that runs while this process does something else. */
function startStep(name: string, command: string, args: string[], env: Record<string, string> = {}): { done: Promise<void>; stop: () => void } {
  console.log(`\n▶ ${name}`)
  const child = spawn(command, args, { stdio: 'inherit', env: envFor(env) })
  const done = clock.timeAsync(name, () => new Promise<void>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code ?? signal})`))))
  }))
  // Awaited later; until then a failure must not count as an unhandled rejection, which would end
  // this process before it removes out/.
  done.catch(() => undefined)
  return {
    done,
    stop: () => {
      child.kill()
    },
  }
}

async function main(): Promise<void> {
  // One clock for the whole build: Next renders pages in several processes, and each reading its
  // own clock could list a post scheduled for a moment ago on one page and not on another.
  sharedEnv.BUILD_NOW = readBuildClock(process.env.BUILD_NOW).toISOString()
  if (siteLocationNotice) console.log(`ℹ ${siteLocationNotice}`)
  // The check only reads the files and Contentlayer does not need its verdict to start: on two
  // cores they run side by side, and a failed check still stops the build before anything else.
  const contentlayer = startStep('Contentlayer', 'npx', ['contentlayer2', 'build'], { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${ALLOCATION_HEAVY}`.trim() })
  console.log('▶ 콘텐츠 검사')
  const check = await clock.timeAsync('Content check', runContentCheck, 'self')
  if (check.errors.length > 0) {
    contentlayer.stop()
    throw new Error('content check failed')
  }
  // The font subset reads the Markdown files too, not Contentlayer's output.
  try {
    step('Font subset', 'npx', ['tsx', 'scripts/build-font.ts'])
  } catch (error) {
    contentlayer.stop()
    throw error
  }
  await contentlayer.done
  // Social cards are drawn into their cache while Next renders pages with one worker, which
  // leaves a core idle (one card process, not one per core: less memory at once); once the
  // export exists they are copied into it.
  const socialImages = startStep('Social images', 'npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/social-images.ts'], { SOCIAL_IMAGE_WORKERS: '1' })
  try {
    step('Next.js static export', 'npx', ['next', 'build'], { NEXT_EXPORT_DIR: path.relative(process.cwd(), stagingDir) })
  } catch (error) {
    socialImages.stop()
    throw error
  }
  await socialImages.done
  if (!existsSync(path.join(stagingDir, 'index.html'))) throw new Error('the export wrote no index.html')
  clock.time('Prune export', () => pruneExport(stagingDir))
  // Before any file that is not Next's page joins the export: only Next's pages lose the runtime.
  if (site.lightPages) console.log(`\n✓ 가벼운 페이지 (Next 런타임 없음): 페이지 ${clock.time('Light pages', () => applyLightPages(stagingDir))}개`)
  if (extraPublicDir !== null) {
    // errorOnExist: an extra file must never silently replace a page or a file from public/.
    clock.time('Extra public files', () => cpSync(extraPublicDir, stagingDir, { recursive: true, force: false, errorOnExist: true }))
    console.log(`✓ ${path.relative(process.cwd(), extraPublicDir)}/ 파일을 함께 내보냈습니다`)
  }
  // These steps read the posts through lib/content.ts, hence tsconfig.scripts.json.
  step('Legacy redirects', 'npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/write-legacy-redirects.ts', stagingDir])
  step('Social images (copy)', 'npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/social-images.ts'], { SOCIAL_IMAGE_OUT_DIR: stagingDir })
  console.log(`\n✓ Content-Security-Policy: 페이지 ${clock.time('Content-Security-Policy', () => applyContentSecurityPolicy(stagingDir))}개`)
  console.log('\n▶ 링크 검사')
  if (!clock.time('Link check', () => reportLinks(stagingDir))) throw new Error('broken internal links')
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(path.dirname(outDir), { recursive: true })
  renameSync(stagingDir, outDir)
  clock.writeTo(process.env.BUILD_TIMINGS)
  console.log(`\n✓ 빌드 완료: ${path.relative(process.cwd(), outDir) || '.'}/`)
}

try {
  await main()
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
  console.error(`\n✗ 빌드 실패: ${(error as Error).message}. ${path.relative(process.cwd(), outDir)}/ 를 지웠습니다 (배포할 것이 남지 않도록).`)
  process.exitCode = 1
}

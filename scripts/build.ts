// npm run build: check content -> Contentlayer -> the font subset (scripts/build-font.ts) -> Next
// static export into a temporary folder -> extra public files (EXTRA_PUBLIC_DIR), redirect pages
// for old URLs, social images, a Content-Security-Policy per page -> link check -> swap into out/.
// A failure at any step leaves no out/ at all, so nothing half-written or stale can be deployed.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import { readBuildClock } from '../lib/build-clock'
import { runContentCheck } from './check-content'
import { reportLinks } from './check-links'
import { applyContentSecurityPolicy } from './csp'

const outDir = path.resolve(process.env.OUT_DIR ?? 'out')
const stagingDir = path.resolve(`.out-staging-${process.pid}`)
/** Files served as they are next to public/, e.g. the assets of an imported fixture site (never written into public/). */
const extraPublicDir = process.env.EXTRA_PUBLIC_DIR ? path.resolve(process.env.EXTRA_PUBLIC_DIR) : null
// Set once for every step: see main().
const sharedEnv: Record<string, string> = {}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const started = Date.now()
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...sharedEnv, ...env } })
  if (result.status !== 0) throw new Error(`${name} failed (exit ${result.status ?? result.signal})`)
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
}

async function main(): Promise<void> {
  // One clock for the whole build: Next renders pages in several processes, and each reading its
  // own clock could list a post scheduled for a moment ago on one page and not on another.
  sharedEnv.BUILD_NOW = readBuildClock(process.env.BUILD_NOW).toISOString()
  console.log('▶ 콘텐츠 검사')
  if ((await runContentCheck()).errors.length > 0) throw new Error('content check failed')
  step('Contentlayer', 'npx', ['contentlayer2', 'build'])
  step('Font subset', 'npx', ['tsx', 'scripts/build-font.ts'])
  step('Next.js static export', 'npx', ['next', 'build'], { NEXT_EXPORT_DIR: path.relative(process.cwd(), stagingDir) })
  if (!existsSync(path.join(stagingDir, 'index.html'))) throw new Error('the export wrote no index.html')
  if (extraPublicDir !== null) {
    // errorOnExist: an extra file must never silently replace a page or a file from public/.
    cpSync(extraPublicDir, stagingDir, { recursive: true, force: false, errorOnExist: true })
    console.log(`✓ ${path.relative(process.cwd(), extraPublicDir)}/ 파일을 함께 내보냈습니다`)
  }
  // These steps read the posts through lib/content.ts, hence tsconfig.scripts.json.
  step('Legacy redirects', 'npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/write-legacy-redirects.ts', stagingDir])
  step('Social images', 'npx', ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'scripts/social-images.ts'], { SOCIAL_IMAGE_OUT_DIR: stagingDir })
  console.log(`\n✓ Content-Security-Policy: 페이지 ${applyContentSecurityPolicy(stagingDir)}개`)
  console.log('\n▶ 링크 검사')
  if (!reportLinks(stagingDir)) throw new Error('broken internal links')
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(path.dirname(outDir), { recursive: true })
  renameSync(stagingDir, outDir)
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

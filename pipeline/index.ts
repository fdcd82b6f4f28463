// npm run build: check content (while Contentlayer runs) -> the font subset (pipeline/stages/font.ts)
// -> Next static export into a temporary folder (social cards are drawn meanwhile) -> Next's runtime
// only on pages that render a client component, the behaviours' script on all -> extra public files
// (EXTRA_PUBLIC_DIR), redirect pages for old URLs, social images, a Content-Security-Policy per page
// -> link check -> count of posts in and out -> swap into out/. A failure at any step leaves no out/
// at all, so nothing half-written or stale can be deployed; an interruption (a signal, or the process
// that started the build ending) stops every child and leaves out/ as it was.
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readBuildClock } from '../lib/content/build-clock'
import { readGenerated } from '../lib/content/generated-files'
import { getPages, getPublishedPosts } from '../lib/content'
import { EXPORT_ONLY_ENV } from '../lib/site/export-scope'
import { readContentSources } from '../lib/schema/content-sources'
import { site, siteLocationNotice } from '../lib/config'
import { keyContentlayerCache } from './incremental/contentlayer-cache'
import { LINK_SCAN_FILE } from '../lib/markdown/kept-files'
import { countUnrendered, pruneRenderStore, renderKey, renderStoreDir } from '../lib/markdown/render-store'
import { packageCommand, tsxCommand, type Command } from './processes/commands'
import { StageClock } from './processes/stage-clock'
import { claimStagingDir, setAsideNextOutput, STAGING_NAME } from './incremental/staging'
import { cacheKey, switchTurbopackCache } from './incremental/turbopack-cache'
import type { DocumentPrint, ExportPlan } from './incremental/partial-export'

const outDir = path.resolve(process.env.OUT_DIR ?? 'out')
/** Released when the process exits (pipeline/incremental/staging.ts). */
const stagingDir = claimStagingDir().dir
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
/** The heavy stages (pipeline/stages.ts), loaded in main() once the first child processes are running. */
type Stages = typeof import('./stages')
/** Up to this many posts without a stored render, Contentlayer runs beside the content check (see main()). */
const RENDER_BESIDE_CHECK = 16
/** `npm run bench` reads each stage's wall and CPU time from this JSON file. */
const clock = new StageClock()

/**
 * A child's environment. PWD is this build's folder: Contentlayer takes its folder from PWD, which a
 * process started from another folder (a test's throw-away project) inherits unchanged.
 */
function envFor(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, PWD: process.cwd(), ...sharedEnv, ...env }
}

/** Child processes still running, each the leader of its own process group (see startStep). */
const running = new Set<ChildProcess>()
/** Set once the build is told to stop (a signal, or the process that started it ended). */
let stoppedBy: string | null = null

/** A signal to a child and everything it started (its process group). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (child.pid === undefined) return false
  try {
    process.kill(-child.pid, signal)
    return true
  } catch {
    return false
  }
}

async function step(name: string, command: Command, env: Record<string, string> = {}): Promise<void> {
  const started = Date.now()
  await startStep(name, command, env).done
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
}

/**
 * A step in a child process. Each child leads a process group of its own, so that stopping the
 * build reaches everything it started (`next build` and its workers), not only the command itself.
 */
function startStep(
  name: string,
  [command, args]: Command,
  env: Record<string, string> = {},
): { done: Promise<void>; stop: () => void } {
  console.log(`\n▶ ${name}`)
  if (stoppedBy !== null) throw new Error(`${name}: 빌드를 멈추는 중입니다`)
  const child = spawn(command, args, { stdio: 'inherit', env: envFor(env), detached: true })
  running.add(child)
  const done = clock.timeAsync(
    name,
    () =>
      new Promise<void>((resolve, reject) => {
        child.on('error', reject)
        child.on('close', (code, signal) => {
          running.delete(child)
          if (code === 0) resolve()
          else reject(new Error(`${name} 단계가 실패했습니다 (종료 코드 ${code ?? signal}). 그 위의 출력을 보세요`))
        })
      }),
    'children',
  )
  // Awaited later; until then a failure must not count as an unhandled rejection, which would end
  // this process before it removes out/.
  done.catch(() => undefined)
  return {
    done,
    stop: () => {
      signalGroup(child, 'SIGTERM')
    },
  }
}

/** Resolves once no process of any child's group is left (members may outlive their leader). */
async function childrenGone(groups: readonly ChildProcess[]): Promise<void> {
  const escalate = setTimeout(() => groups.forEach((child) => signalGroup(child, 'SIGKILL')), 10_000)
  while (groups.some((child) => signalGroup(child, 0))) await new Promise((resolve) => setTimeout(resolve, 100))
  clearTimeout(escalate)
}

/**
 * Stops the build: every child and its descendants end, the staging folder goes, and out/ stays
 * exactly as it was (an interrupted build must neither deploy half a site nor delete the last one).
 */
async function stopBuild(reason: string, exitCode: number): Promise<void> {
  if (stoppedBy !== null) return
  stoppedBy = reason
  const groups = [...running]
  console.error(
    `\n✗ 빌드를 멈춥니다 (${reason}): 하위 프로세스 ${groups.length}개를 끝내고 ${path.relative(process.cwd(), outDir) || '.'}/는 그대로 둡니다.`,
  )
  for (const child of groups) signalGroup(child, 'SIGTERM')
  await childrenGone(groups)
  rmSync(stagingDir, { recursive: true, force: true })
  process.exit(exitCode)
}

/** The processes this build was started from (npm, a shell, the CI runner), with their start times. */
function ancestors(): { pid: number; started: string }[] {
  const chain: { pid: number; started: string }[] = []
  let pid = process.ppid
  while (pid > 1 && chain.length < 64) {
    const stat = procStat(pid)
    if (stat === null) break
    chain.push({ pid, started: stat.started })
    pid = stat.ppid
  }
  return chain
}

/** Parent and start time of a process from /proc (Linux); null when it is gone or /proc is absent. */
function procStat(pid: number): { ppid: number; started: string } | null {
  try {
    // Fields after the command name, which may hold spaces: ppid is field 4, starttime field 22.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.split(' ') ?? []
    return { ppid: Number(fields[1]), started: fields[19] ?? '' }
  } catch {
    return null
  }
}

/**
 * Stops the build on Ctrl-C (SIGINT), SIGTERM and SIGHUP, and when a process that started it ends
 * (npm killed, a CI job cancelled): children left running would otherwise replace out/ unseen.
 */
function stopWithParents(): void {
  process.on('SIGINT', () => void stopBuild('SIGINT', 130))
  process.on('SIGTERM', () => void stopBuild('SIGTERM', 143))
  process.on('SIGHUP', () => void stopBuild('SIGHUP', 129))
  const chain = ancestors()
  const watch = setInterval(() => {
    const gone = chain.find((ancestor) => procStat(ancestor.pid)?.started !== ancestor.started)
    if (gone) void stopBuild(`빌드를 시작한 프로세스 ${gone.pid}가 끝났습니다`, 1)
  }, 500)
  watch.unref()
}

/**
 * Whether Next renders everything or only the documents whose bodies changed (pipeline/incremental/partial-export.ts),
 * with what the manifest of this build will say.
 */
function planThisExport(stages: Stages): { plan: ExportPlan; site: string; documents: Record<string, DocumentPrint> } {
  // The one "published" rule (lib/content), with the build's clock (process.env.BUILD_NOW, set in main()).
  const published = getPublishedPosts()
  const pages = getPages()
  const documents: Record<string, DocumentPrint> = {}
  for (const post of published) documents[post.slug] = stages.printDocument(post, true)
  for (const page of pages) documents[page.slug] = stages.printDocument(page, false)
  // Every post file, drafts included, stays out of the site key: a published post is compared by its
  // fingerprints above, and a draft or a scheduled post shows nowhere.
  const { allPosts } = readGenerated()
  const site = stages.siteKey({
    root: process.cwd(),
    contentDir: path.resolve(process.env.CONTENT_DIR ?? 'content'),
    documentFiles: new Set([...allPosts, ...pages].map((document) => document._raw.sourceFilePath)),
    extraPublicDir,
    env: process.env,
  })
  const previous = stages.readManifest(stages.manifestFile(outDir))
  const plan = stages.planExport(
    previous,
    { site, out: stages.outFingerprint(outDir), documents },
    process.env.FULL_BUILD === '1',
  )
  return { plan, site, documents }
}

/** The render store's name for every post and page as they are now (their text is not kept: see exportSite). */
function currentRenderKeys(): string[] {
  const sources = readContentSources()
  return [...sources.posts, ...(sources.pages ?? [])].map((file) => renderKey(file.text))
}

function startContentlayer(): ReturnType<typeof startStep> {
  if (keyContentlayerCache()) console.log('그림 파일이나 Markdown 파이프라인이 바뀌어 Contentlayer 캐시를 비웠습니다')
  return startStep('Contentlayer', packageCommand('contentlayer2', ['build']), {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${ALLOCATION_HEAVY}`.trim(),
  })
}

async function main(): Promise<void> {
  // One clock for the whole build: Next renders pages in several processes, and each reading its
  // own clock could list a post scheduled for a moment ago on one page and not on another.
  sharedEnv.BUILD_NOW = readBuildClock(process.env.BUILD_NOW).toISOString()
  // The same clock for what this process reads through lib/content (a partial build's twins).
  process.env.BUILD_NOW = sharedEnv.BUILD_NOW
  if (siteLocationNotice) console.log(`ℹ ${siteLocationNotice}`)
  // The last build's output in .next goes in the background while the check runs (pipeline/incremental/staging.ts).
  const setAside = setAsideNextOutput()
  setAside.catch(() => undefined)
  // The check renders every post that changed, on every core, into the render store
  // (lib/markdown/render-store.ts); Contentlayer then takes those renders instead of rendering the
  // posts a second time. With many posts to render (a cold cache), Contentlayer waits for the check,
  // or it would render them too. With a few (an edit), it starts at once: it renders those few itself,
  // which costs less than waiting. A failed check stops the build either way.
  const renderKeys = currentRenderKeys()
  const unrendered = countUnrendered(renderKeys)
  const checkFirst = unrendered > RENDER_BESIDE_CHECK
  const contentlayer = checkFirst ? null : startContentlayer()
  // The font subset reads the Markdown files, not Contentlayer's output: it runs beside both.
  const font = startStep('Font subset', tsxCommand('pipeline/stages/font.ts'))
  const stopAll = () => [contentlayer, font].forEach((started) => started?.stop())
  const stages = await import('./stages').catch((error: unknown) => {
    stopAll()
    throw error
  })
  console.log(`▶ 콘텐츠 검사 (렌더할 글 ${unrendered}개)`)
  const check = await clock.timeAsync('Content check', stages.runContentCheck, 'self').catch((error: unknown) => {
    stopAll()
    throw error
  })
  if (check.errors.length > 0) {
    stopAll()
    throw new Error('콘텐츠 검사에서 오류가 나왔습니다. 위에 나온 파일과 줄을 고친 뒤 npm run check로 확인하세요')
  }
  const generation = contentlayer ?? startContentlayer()
  try {
    await font.done
  } catch (error) {
    generation.stop()
    throw error
  }
  await generation.done
  const pruned = pruneRenderStore(renderKeys)
  if (pruned > 0) console.log(`저장된 렌더 중 지금 글에 쓰이지 않는 ${pruned}개를 지웠습니다`)
  const { plan, site: siteInputs, documents } = clock.time('Export plan', () => planThisExport(stages))
  const partial = plan.mode === 'partial'
  const onlyFile = path.join(path.dirname(stagingDir), `${path.basename(stagingDir)}.only.json`)
  if (partial) {
    writeFileSync(onlyFile, JSON.stringify(plan.changed))
    console.log(
      `\n▶ 부분 빌드: 본문이 바뀐 문서 ${plan.changed.length}개(${plan.changed.slice(0, 5).join(', ') || '없음'})와 ` +
        '사이트 전체 경로(홈, 피드, 검색 색인, 사이트맵)만 다시 렌더하고, 나머지는 이전 빌드에서 가져옵니다',
    )
  } else console.log(`\n▶ 전체 빌드: ${plan.reason}`)
  sharedEnv[EXPORT_ONLY_ENV] = partial ? onlyFile : ''
  try {
    await exportSite(stages, partial ? new Set(plan.changed) : null)
  } finally {
    rmSync(onlyFile, { force: true })
  }
  const inventory = clock.time('Inventory', () =>
    stages.verifyInventory(stagingDir, {
      now: new Date(sharedEnv.BUILD_NOW as string),
      includeDrafts: false,
      includeFuture: process.env.BUILD_FUTURE === '1',
    }),
  )
  for (const line of inventory.lines)
    (inventory.ok ? console.log : console.error)(`${inventory.ok ? '✓' : '✗'} ${line}`)
  if (!inventory.ok) throw new Error('발행할 글이 내보낸 사이트에서 빠졌습니다 (위의 ✗ 줄)')
  const exported = stages.outFingerprint(stagingDir) as string
  await setAside
  // Synchronous from here: a signal that arrived before this point has already stopped the build.
  if (stoppedBy !== null) return
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(path.dirname(outDir), { recursive: true })
  renameSync(stagingDir, outDir)
  stages.writeManifest(stages.manifestFile(outDir), { outDir, site: siteInputs, out: exported, documents })
  clock.writeTo(process.env.BUILD_TIMINGS, partial ? { mode: 'partial', rendered: plan.changed } : { mode: 'full' })
  console.log(`\n✓ 빌드 완료: ${path.relative(process.cwd(), outDir) || '.'}/${partial ? ' (부분 빌드)' : ''}`)
}

const TURBOPACK_CACHE_NOTE = {
  kept: '이 base path로 지난번에 빌드할 때의 캐시를 다시 씁니다',
  seeded: '이 base path로는 처음 빌드합니다: 지난 빌드의 캐시를 복사해 시작합니다',
  new: '아직 없습니다: 처음부터 컴파일합니다',
}

/**
 * Next's export into the staging folder, and every step after it up to the link check. A partial
 * build draws no social card, copies no extra public file and writes no redirect page (all the
 * same as in out/): it secures its own pages and then takes every other file from out/.
 */
async function exportSite(stages: Stages, only: ReadonlySet<string> | null): Promise<void> {
  const partial = only !== null
  // Social cards are drawn into their cache while Next renders pages, by one process (Next's
  // workers already take a core each; one card process keeps memory down), and copied into the
  // export once it exists.
  const socialImages = partial
    ? null
    : startStep('Social images', tsxCommand('pipeline/stages/social-images.ts'), { SOCIAL_IMAGE_WORKERS: '1' })
  // Turbopack's cache of this base path (pipeline/incremental/turbopack-cache.ts); a build beside another one, in a
  // staging folder of its own, leaves the caches alone.
  if (path.basename(stagingDir) === STAGING_NAME) {
    const cache = switchTurbopackCache(process.cwd(), cacheKey(site))
    if (cache !== 'same') console.log(`Turbopack 캐시: ${TURBOPACK_CACHE_NOTE[cache]}`)
  }
  try {
    await step('Next.js static export', packageCommand('next', ['build']), {
      NEXT_EXPORT_DIR: path.relative(process.cwd(), stagingDir),
      // Next reports each build to Vercel unless told not to; a company's builds keep to themselves.
      NEXT_TELEMETRY_DISABLED: '1',
    })
  } catch (error) {
    socialImages?.stop()
    throw error
  }
  await socialImages?.done
  if (!existsSync(path.join(stagingDir, 'index.html'))) throw new Error('내보낸 사이트에 index.html이 없습니다')
  clock.time('Prune export', () => stages.pruneExport(stagingDir))
  // The posts' Markdown twins and the social cards join the export on the other core while this
  // process decides each page's runtime (HTML pages only, which neither step writes); both before
  // the extra public files, which may then replace none of them.
  // A partial build writes its few twins here, after the runtime stage, rather than start a process for them.
  const twins = partial ? null : startStep('Markdown twins', tsxCommand('pipeline/stages/write-markdown-twins.ts', [stagingDir]))
  const cards = partial
    ? null
    : startStep('Social images (copy)', tsxCommand('pipeline/stages/social-images.ts'), { SOCIAL_IMAGE_OUT_DIR: stagingDir })
  let shipped: ReturnType<Stages['applyPageRuntime']>
  try {
    // Before any page that is not Next's joins the export: only Next's pages are decided here.
    shipped = clock.time('Page runtime', () => stages.applyPageRuntime(stagingDir))
  } catch (error) {
    twins?.stop()
    cards?.stop()
    throw error
  }
  if (only !== null) clock.time('Markdown twins', () => stages.writeMarkdownTwins(stagingDir, only))
  console.log(
    `\n✓ Next 런타임: 페이지 ${shipped.pages}개 중 ${shipped.runtime.size}개만 (클라이언트 컴포넌트가 있는 페이지)`,
  )
  for (const [page, components] of shipped.runtime) console.log(`  ${page}: ${components.join(', ')}`)
  await Promise.all([twins?.done, cards?.done])
  if (extraPublicDir !== null && !partial) {
    // errorOnExist: an extra file must never silently replace a page or a file from public/.
    clock.time('Extra public files', () =>
      cpSync(extraPublicDir, stagingDir, { recursive: true, force: false, errorOnExist: true, dereference: true }),
    )
    console.log(`✓ ${path.relative(process.cwd(), extraPublicDir)}/ 파일을 함께 내보냈습니다`)
  }
  if (!partial) await step('Legacy redirects', tsxCommand('pipeline/stages/write-legacy-redirects.ts', [stagingDir]))
  console.log(
    `\n✓ Content-Security-Policy: 페이지 ${clock.time('Content-Security-Policy', () => stages.applyContentSecurityPolicy(stagingDir))}개`,
  )
  if (partial) {
    const filled = clock.time('Previous export', () => stages.fillFromPrevious(outDir, stagingDir))
    console.log(`✓ 이전 빌드에서 파일 ${filled}개를 가져왔습니다`)
  }
  console.log('\n▶ 링크 검사')
  // Read again rather than kept from the start: at 5,000 posts their text is a hundred megabytes this
  // process would otherwise hold through Next's export, its time of peak memory.
  const sources = readContentSources()
  const sourceIndex = stages.indexSources(sources.posts, sources.pages)
  const locate: import('./stages').LinkLocator = (broken) => stages.locateBrokenLink(broken, sourceIndex, site.basePath)
  if (
    !clock.time('Link check', () => stages.reportLinks(stagingDir, locate, path.join(renderStoreDir(), LINK_SCAN_FILE)))
  )
    throw new Error('깨진 내부 링크가 있습니다. 위에 나온 파일과 줄의 링크를 고치세요')
}

stopWithParents()
try {
  await main()
} catch (error) {
  // Stopping: stopBuild() ends the children, leaves out/ alone and exits.
  if (stoppedBy !== null) await new Promise(() => undefined)
  // A step that failed may leave others running (Contentlayer beside a failed check): end them all.
  const left = [...running]
  for (const child of left) signalGroup(child, 'SIGTERM')
  await childrenGone(left)
  rmSync(stagingDir, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
  console.error(
    `\n✗ 빌드 실패: ${(error as Error).message}. ${path.relative(process.cwd(), outDir)}/ 를 지웠습니다 (배포할 것이 남지 않도록).`,
  )
  process.exitCode = 1
}

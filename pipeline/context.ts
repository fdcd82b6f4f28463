// The one value every build stage receives: what this build is asked to do, read once from the
// command line and the environment, and what earlier stages hand on to later ones. No stage reads
// `process.env` for these or keeps state of its own between stages.
import path from 'node:path'
import { readBuildClock } from '../lib/content/build-clock'
import type { PublishOptions } from '../lib/content'
import type { DocumentPrint, ExportPlan } from './incremental/partial-export'
import { claimStagingDir } from './incremental/staging'
import { ChildProcesses, type Started } from './processes/children'
import { StageClock } from './processes/stage-clock'

export interface BuildContext {
  /** The project folder (where the build runs). */
  readonly root: string
  /** Where the finished site goes (`OUT_DIR`, default out/). Replaced whole, and only on success. */
  readonly outDir: string
  /** Where this build exports before the swap (pipeline/incremental/staging.ts). */
  readonly stagingDir: string
  /** Posts, pages, authors and series (`CONTENT_DIR`, default content/). */
  readonly contentDir: string
  /** Files served as they are next to public/, e.g. an imported site's assets (`EXTRA_PUBLIC_DIR`). */
  readonly extraPublicDir: string | null
  /** One clock for the whole build (`BUILD_NOW`, else the machine's), also handed to every child. */
  readonly publish: PublishOptions
  /** `FULL_BUILD=1`: render everything even where a partial build would do. */
  readonly forceFull: boolean
  /** `--explain`: say what each stage would do, and do nothing. */
  readonly explainOnly: boolean
  /** Wall and CPU time per stage, for `npm run bench` (`BUILD_TIMINGS` names the file). */
  readonly clock: StageClock
  readonly timingsFile: string | undefined
  /** The child processes; every child gets the build's clock and folder in its environment. */
  readonly children: ChildProcesses
  /** What earlier stages hand on to later ones. */
  readonly state: BuildState
}

/** Hand-offs between stages, each written by one stage (named) and read by later ones. */
export interface BuildState {
  /** Removing the last build's files from .next, in the background (Staging; awaited by Publish). */
  setAside?: Promise<void>
  /** The font subset, running beside the check and Contentlayer (Font subset; awaited by Contentlayer). */
  font?: Started
  /** Contentlayer, when it could start beside the check (Content check; awaited by Contentlayer). */
  contentlayer?: Started
  /** The render store's name for every post and page as they are now (Content check). */
  renderKeys?: string[]
  /** Whether Next renders everything or only some documents (Export plan). */
  plan?: ExportPlan
  siteKey?: string
  /** Each edition's client modules, read from .next/ after its `next build` (Next.js static export; read by Page runtime). */
  clientModules?: Map<string, import('./stages/next-internals').ClientModules>
  documents?: Record<string, DocumentPrint>
}

/** Reads the build's inputs once. */
export function createContext(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BuildContext {
  const root = process.cwd()
  const now = readBuildClock(env.BUILD_NOW)
  const clock = new StageClock()
  const explainOnly = argv.includes('--explain')
  return {
    root,
    outDir: path.resolve(env.OUT_DIR ?? 'out'),
    // Explaining claims nothing: a build may be running beside it.
    stagingDir: explainOnly ? path.join(root, '.out-staging') : claimStagingDir(root).dir,
    contentDir: path.resolve(env.CONTENT_DIR ?? 'content'),
    extraPublicDir: env.EXTRA_PUBLIC_DIR ? path.resolve(env.EXTRA_PUBLIC_DIR) : null,
    publish: { now, includeDrafts: false, includeFuture: env.BUILD_FUTURE === '1' },
    forceFull: env.FULL_BUILD === '1',
    explainOnly,
    clock,
    timingsFile: env.BUILD_TIMINGS,
    // PWD is this build's folder: Contentlayer takes its folder from PWD, which a process started
    // from another folder (a test's throw-away project) inherits unchanged.
    children: new ChildProcesses(clock, { BUILD_NOW: now.toISOString(), PWD: root }),
    state: {},
  }
}
